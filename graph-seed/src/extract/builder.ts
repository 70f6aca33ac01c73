// The extraction context: node registry (one node per type and name, evidence merged), edges deduplicated,
// ids that never collide across documents (the document id plus a hash of type and name).
import { createHash } from "node:crypto";
import type { ParsedDocument } from "../document/index.ts";
import type { Locator, NodeType } from "../model/types.ts";
import { sectionRoles } from "./roles.ts";
import type { DraftEdge, DraftNode, ExtractContext, NodeInput } from "./types.ts";

const TYPE_CODE: Record<NodeType, string> = {
  Concept: "c",
  Measure: "m",
  Platform: "pf",
  Enterprise: "e",
  Problem: "p",
  Indicator: "i",
  Institution: "in",
  Technology: "t",
  Achievement: "a",
  Industry: "ind",
  Programme: "pg",
};
/** Evidence kept per node: enough to show where it recurs, few enough to read. */
const MAX_EVIDENCE = 5;

export function draftNodeId(docId: string, type: NodeType, name: string): string {
  const h = createHash("sha256").update(`${type}\u0000${name}`).digest("hex").slice(0, 10);
  return `${docId}-${TYPE_CODE[type]}-${h}`;
}

export function overlaps(a: Locator, b: Locator): boolean {
  return a.doc === b.doc && a.sentence === b.sentence && a.start < b.end && b.start < a.end;
}

export function createContext(
  doc: ParsedDocument,
  language: "zh" | "en",
): ExtractContext & { edgeList(): DraftEdge[] } {
  const sectionById = new Map(doc.sections.map((s) => [s.id, s]));
  const sentenceById = new Map(doc.sentences.map((s) => [s.id, s]));
  const roles = sectionRoles(doc);
  const nodes = new Map<string, DraftNode>();
  const edges = new Map<string, DraftEdge>();
  const ctx: ExtractContext & { edgeList(): DraftEdge[] } = {
    doc,
    language,
    sectionById,
    sentenceById,
    roleOf: (id) => (id === null ? null : (roles.get(id) ?? null)),
    nodes,
    claimed: new Set(),
    addNode(n: NodeInput): string {
      const id = draftNodeId(doc.docId, n.type, n.name);
      const known = nodes.get(id);
      if (known) {
        for (const l of n.evidence)
          if (known.evidence.length < MAX_EVIDENCE && !known.evidence.some((k) => overlaps(k, l)))
            known.evidence.push(l);
        known.confidence = Math.max(known.confidence, n.confidence);
        return id;
      }
      nodes.set(id, { id, ...n, props: n.props ?? {}, evidence: [...n.evidence] });
      return id;
    },
    addEdge(e: DraftEdge): void {
      if (e.source === e.target || !nodes.has(e.source) || !nodes.has(e.target)) return;
      const key = `${e.source}--${e.type}--${e.target}`;
      const known = edges.get(key);
      if (!known || known.confidence < e.confidence) edges.set(key, e);
    },
    addPartOf(n: NodeInput, parent: string | null | undefined, confidence: number): string {
      const id = ctx.addNode(n);
      if (parent) {
        const evidence = [...n.evidence];
        ctx.addEdge({ type: "PART_OF", source: id, target: parent, evidence, confidence, method: "part-of-structure" });
      }
      return id;
    },
    edgeList: () => [...edges.values()],
  };
  return ctx;
}

/** Nodes of a type whose evidence overlaps the locator: a weaker rule leaves a span a stronger one took. */
export function taken(ctx: ExtractContext, type: NodeType, loc: Locator): boolean {
  for (const n of ctx.nodes.values()) if (n.type === type && n.evidence.some((e) => overlaps(e, loc))) return true;
  return false;
}

/** The measure standing for a section: its own heading measure, else the nearest ancestor's. */
export function measureOf(ctx: ExtractContext, sectionId: string | null): string | null {
  for (let id = sectionId; id !== null; id = ctx.sectionById.get(id)?.parentId ?? null) {
    const m = sectionMarks.get(ctx)?.get(`measure:${id}`);
    if (m) return m;
  }
  return null;
}

/** Marks tie a section (or paragraph) to the node that stands for it: `measure:s3.1`, `problem:s2.1`. */
const sectionMarks = new WeakMap<ExtractContext, Map<string, string>>();
export function mark(ctx: ExtractContext, key: string, nodeId?: string): string | undefined {
  let m = sectionMarks.get(ctx);
  if (!m) sectionMarks.set(ctx, (m = new Map()));
  if (nodeId !== undefined) m.set(key, nodeId);
  return m.get(key);
}

/** Body and heading sentences of the sections for which `keep` holds. */
export function sentencesWhere(ctx: ExtractContext, keep: (sectionId: string | null) => boolean) {
  return ctx.doc.sentences.filter((s) => (s.role === "body" || s.role === "heading") && keep(s.sectionId));
}
