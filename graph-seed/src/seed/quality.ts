// Data-quality rules over a validated seed, beyond the schema: the analyst's promises that every measure
// leads to a problem, every problem has an answer, nothing floats alone, and every node's evidence names it.
import { resolveLocator } from "../document/index.ts";
import type { ParsedDocument } from "../document/index.ts";
import type { SeedEdge, SeedNode, ValidatedSeed } from "../model/seed.ts";

export interface QualityIssue {
  item: string;
  problem: string;
}

/** Nodes whose PART_OF chain ends at `rootId` (its sub-measures, sub-problems…), the root included. */
export function withParts(rootId: string, edges: SeedEdge[]): Set<string> {
  const out = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (e.type === "PART_OF" && out.has(e.target) && !out.has(e.source)) {
        out.add(e.source);
        grew = true;
      }
    }
  }
  return out;
}

/** A node and its PART_OF ancestors. */
export function withParents(id: string, edges: SeedEdge[]): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (e.type === "PART_OF" && out.has(e.source) && !out.has(e.target)) {
        out.add(e.target);
        grew = true;
      }
    }
  }
  return out;
}

export function checkSeedQuality(seeds: ValidatedSeed[], documents: Map<string, ParsedDocument>): QualityIssue[] {
  const nodes: SeedNode[] = seeds.flatMap((s) => s.nodes);
  const edges: SeedEdge[] = seeds.flatMap((s) => s.edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const issues: QualityIssue[] = [];
  const solves = edges.filter((e) => e.type === "SOLVES");

  for (const n of nodes.filter((x) => x.type === "Measure")) {
    const family = withParts(n.id, edges);
    const reaches = solves.some((e) => family.has(e.source) && byId.get(e.target)?.type === "Problem");
    if (!reaches)
      issues.push({
        item: n.id,
        problem: "Measure reaches no Problem by SOLVES (directly or through its sub-measures)",
      });
  }
  for (const n of nodes.filter((x) => x.type === "Problem")) {
    const lineage = withParents(n.id, edges);
    const solved = solves.some((e) => lineage.has(e.target) && byId.get(e.source)?.type === "Measure");
    if (!solved)
      issues.push({ item: n.id, problem: "Problem is solved by no Measure (directly or through its parent)" });
  }
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  for (const n of nodes) if (!touched.has(n.id)) issues.push({ item: n.id, problem: "orphan node: no relationship" });

  for (const n of nodes) {
    const names = [n.name, ...n.aliases];
    n.evidence.forEach((l, i) => {
      const doc = documents.get(l.doc);
      if (!doc) {
        issues.push({ item: n.id, problem: `evidence[${i}]: document "${l.doc}" not loaded` });
        return;
      }
      const span = resolveLocator(doc, l).spanText;
      if (!names.some((name) => span.includes(name))) {
        issues.push({ item: n.id, problem: `evidence[${i}] span does not contain the name or an alias` });
      }
    });
  }
  return issues;
}
