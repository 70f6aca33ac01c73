// Paths between two nodes, each read as a cited argument, plus one payload holding all of them.
import type { PathItem, PathsQuery, PathsResponse } from "../api/paths.ts";
import type { RelType } from "../../../graph-seed/src/model/types.ts";
import { firstQuote } from "../documents/source-documents.ts";
import { PayloadBuilder } from "../graph/payload-builder.ts";
import type { SourceDeps } from "../http/app-deps.ts";
import { badRequest, notFound } from "../http/errors.ts";
import { toJsonValue } from "../neo4j/values.ts";
import { narrate, type NarrativeStep } from "./narrative.ts";
import { readPaths, type RawPath } from "./paths-repository.ts";

export async function findPaths(deps: SourceDeps, q: PathsQuery): Promise<PathsResponse> {
  const raw = await readPaths(deps.driver, deps.database, q, deps.config.queryTimeoutMs);
  if (!raw.found.from) throw notFound(`paths: no node with id "${q.from}"`);
  if (!raw.found.to) throw notFound(`paths: no node with id "${q.to}"`);
  if (q.document !== undefined)
    for (const [end, doc] of [
      [q.from, raw.documents.from],
      [q.to, raw.documents.to],
    ] as const)
      if (doc !== q.document) throw badRequest(`paths: "${end}" is from document "${doc}", not "${q.document}"`);
  const b = new PayloadBuilder();
  const paths: PathItem[] = [];
  for (const p of raw.paths) {
    for (const n of p.nodes) b.addNode(n);
    for (const r of p.rels) b.addEdge(r);
    paths.push(await toItem(deps, p));
  }
  return { from: q.from, to: q.to, mode: q.mode, directed: q.directed, stated: q.stated, paths, graph: b.build() };
}

async function toItem(deps: SourceDeps, p: RawPath): Promise<PathItem> {
  const nodes = p.nodes.map((n) => toJsonValue(n) as Record<string, unknown>);
  const rels = p.rels.map((r) => toJsonValue(r) as Record<string, unknown>);
  const steps: PathItem["steps"] = [];
  const story: NarrativeStep[] = [];
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i]!;
    const at = nodes[i]!;
    const next = nodes[i + 1]!;
    const evidence = Array.isArray(r.evidence) ? r.evidence.map(String) : [];
    const quote = await firstQuote(deps.config.sourcesDir, evidence);
    const forward = r.source === at.id;
    const step = {
      edgeId: String(r.id),
      type: r.type as RelType,
      source: String(r.source),
      target: String(r.target),
      forward,
      inferred: r.inferred === true,
      evidence,
      quote,
      document: hopDocument(r, evidence),
    };
    steps.push(step);
    story.push({
      type: step.type,
      fromZh: String(at.name),
      toZh: String(next.name),
      fromEn: String(at.nameEn),
      toEn: String(next.nameEn),
      forward,
      inferred: step.inferred,
      quote,
      document: step.document,
    });
  }
  const { zh, en } = narrate(story);
  return {
    nodeIds: nodes.map((n) => String(n.id)),
    edgeIds: steps.map((s) => s.edgeId),
    length: steps.length,
    steps,
    narrativeZh: zh,
    narrativeEn: en,
    citations: steps.map((s, i) => ({ n: i + 1, edgeId: s.edgeId, locators: s.evidence, quote: s.quote })),
  };
}

/** A hop's document: the relationship's own, else the document its first evidence locator cites. */
function hopDocument(r: Record<string, unknown>, evidence: string[]): string | null {
  if (typeof r.document === "string") return r.document;
  const loc = evidence[0];
  return loc && loc.includes("#") ? loc.slice(0, loc.indexOf("#")) : null;
}
