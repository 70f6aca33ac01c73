// Batch accept and review progress. A batch is one transition (so one transaction, one audited change, and one
// undo takes it all back); progress counts the items whose review decision still stands, so undoing a reject or
// a batch lowers it again (counting recorded decisions did not).
import type { ManagedTransaction } from "neo4j-driver";
import type { EdgeState, NodeState, ReviewBatchBody } from "../api/curation.ts";
import { notFound } from "../http/errors.ts";
import { CHANGE_LABEL, documentLoaded, readDrafts, readEdgeState, readNodeState } from "./curation-repository.ts";
import type { Plan } from "./run-write.ts";
import { snapshot } from "./transition.ts";

// As a single accept (review-undo.ts): the rule's provenance leaves an accepted item (the change keeps it).
const accepted = <T extends NodeState | EdgeState>(item: T): T => {
  const { status: _s, confidence: _c, method: _m, ...properties } = item.properties;
  return { ...item, properties };
};

export async function planBatchAccept(tx: ManagedTransaction, doc: string, b: ReviewBatchBody): Promise<Plan> {
  if (!(await documentLoaded(tx, doc))) throw notFound(`review: no loaded document "${doc}"`);
  const picked = (await readDrafts(tx, doc)).filter(
    (d) =>
      (b.method === undefined || d.method === b.method) &&
      (b.minConfidence === undefined || (typeof d.confidence === "number" && d.confidence >= b.minConfidence)),
  );
  const ids = (kind: string) =>
    picked
      .filter((d) => d.kind === kind)
      .map((d) => String(d.id))
      .sort();
  const nodes: NodeState[] = [];
  const edges: EdgeState[] = [];
  for (const id of ids("node")) {
    const n = await readNodeState(tx, id);
    if (n) nodes.push(n);
  }
  for (const id of ids("edge")) {
    const e = await readEdgeState(tx, id);
    if (e) edges.push(e);
  }
  if (nodes.length + edges.length === 0)
    throw notFound(
      `review: no draft of "${doc}" matches` +
        (b.method !== undefined ? ` rule "${b.method}"` : "") +
        (b.minConfidence !== undefined ? ` at confidence ≥ ${b.minConfidence}` : ""),
    );
  return {
    op: "review.batch",
    targetId: doc,
    from: snapshot({ nodes, edges }),
    to: snapshot({ nodes: nodes.map(accepted), edges: edges.map(accepted) }),
  };
}

/** How many items a review change decided: one, or every item a batch accepted. */
function decided(op: string, after: unknown): number {
  if (op !== "review.batch") return 1;
  const a = JSON.parse(String(after)) as { nodes?: unknown[]; edges?: unknown[] };
  return (a.nodes?.length ?? 0) + (a.edges?.length ?? 0);
}

/**
 * Items of the document whose review decision stands. Changes are walked newest first: an undo that stands
 * cancels the change it undid (an undo of an undo — a redo — cancels that undo, so the decision stands again).
 */
export async function countStandingReviews(tx: ManagedTransaction, doc: string): Promise<number> {
  const r = await tx.run(
    `MATCH (c:${CHANGE_LABEL}) WHERE $doc IN c.documents AND (c.op STARTS WITH 'review.' OR c.op = 'undo')
     RETURN c.id AS id, c.op AS op, c.undoOf AS undoOf, CASE WHEN c.op = 'review.batch' THEN c.after END AS after
     ORDER BY c.seq DESC`,
    { doc },
  );
  const cancelled = new Set<string>();
  let n = 0;
  for (const rec of r.records) {
    const id = String(rec.get("id"));
    if (cancelled.has(id)) continue;
    const op = String(rec.get("op"));
    const undoOf = rec.get("undoOf") as string | null;
    if (undoOf) cancelled.add(undoOf);
    else n += decided(op, rec.get("after"));
  }
  return n;
}
