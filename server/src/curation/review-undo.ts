// Review of drafts (accept: the item loses its draft status; reject: it leaves the graph, its last state kept in
// the audit trail) and undo (the reverse transition of a recorded change, refused when the items moved on).
import type { ManagedTransaction } from "neo4j-driver";
import { SnapshotSchema, type EdgeState, type NodeState, type ReviewBody } from "../api/curation.ts";
import type { SeedEdge } from "../../../graph-seed/src/model/seed.ts";
import { edgeId, NODE_ID_RE } from "../../../graph-seed/src/seed/schema.ts";
import { badRequest, conflict, notFound } from "../http/errors.ts";
import { edgesOfNode, readChange, readNodeState, readRedirect, redirectsTo } from "./curation-repository.ts";
import { mustReadEdge } from "./edge-writes.ts";
import { checkVersion, mustReadNode } from "./node-writes.ts";
import type { Plan } from "./run-write.ts";
import { snapshot, stillHolds } from "./transition.ts";

export const isEdgeId = (id: string) => id.includes("--");

export async function planReview(tx: ManagedTransaction, id: string, b: ReviewBody): Promise<Plan> {
  const edge = isEdgeId(id) ? await mustReadEdge(tx, id) : null;
  const node = edge ? null : await mustReadNode(tx, id);
  const item = (edge ?? node)!;
  checkVersion(item, b.expectedVersion);
  if (item.properties.status !== "draft")
    throw conflict(`curation: "${id}" is not a draft (status ${String(item.properties.status ?? "none")})`, {
      current: item,
    });
  // An accepted item is curated: the rule's provenance leaves it (the change's before-snapshot keeps it).
  const { status: _s, confidence: _c, method: _m, ...properties } = item.properties;
  if (b.rename !== undefined) {
    if (b.action !== "accept" || edge) throw badRequest("curation: rename goes with accepting a draft node");
    if (b.rename !== id) return planAcceptRenamed(tx, node!, properties, b.rename);
  }
  if (b.action === "accept") {
    return {
      op: "review.accept",
      targetId: id,
      from: edge ? snapshot({ edges: [edge] }) : snapshot({ nodes: [node!] }),
      to: edge ? snapshot({ edges: [{ ...edge, properties }] }) : snapshot({ nodes: [{ ...node!, properties }] }),
    };
  }
  const from = edge ? snapshot({ edges: [edge] }) : snapshot({ nodes: [node!], edges: await edgesOfNode(tx, id) });
  return { op: "review.reject", targetId: id, from, to: snapshot({}) };
}

/**
 * Accept a draft node under a readable id: the node is written anew under `to` (its edges re-pointed and
 * re-identified, as a merge moves them), and `from` redirects to it, as do the ids that redirected to `from`.
 */
async function planAcceptRenamed(
  tx: ManagedTransaction,
  node: NodeState,
  properties: Record<string, unknown>,
  to: string,
): Promise<Plan> {
  const from = node.id;
  if (!NODE_ID_RE.test(to)) throw badRequest(`curation: "${to}" is not a node id (lowercase kebab-case ascii)`);
  const taken = await readNodeState(tx, to);
  if (taken) throw conflict(`curation: a node with id "${to}" exists`, { current: taken });
  if (await readRedirect(tx, to)) throw conflict(`curation: id "${to}" redirects to a merged node; pick another`);
  const edges = await edgesOfNode(tx, from);
  const moved: EdgeState[] = edges.map((e) => {
    const source = e.source === from ? to : e.source;
    const target = e.target === from ? to : e.target;
    const newId = edgeId({ source, type: e.type as SeedEdge["type"], target });
    return { id: newId, type: e.type, source, target, properties: { ...e.properties, id: newId } };
  });
  const repointed = await redirectsTo(tx, from);
  return {
    op: "review.accept",
    targetId: from,
    from: snapshot({ nodes: [node], edges, redirects: repointed }),
    to: snapshot({
      nodes: [{ id: to, properties: { ...properties, id: to } }],
      edges: moved,
      redirects: [{ from, to }, ...repointed.map((x) => ({ from: x.from, to }))],
    }),
  };
}

export async function planUndo(tx: ManagedTransaction, changeId: string): Promise<Plan> {
  const row = await readChange(tx, changeId);
  if (!row) throw notFound(`curation: no change with id "${changeId}"`);
  const before = SnapshotSchema.parse(JSON.parse(String(row.before)));
  const after = SnapshotSchema.parse(JSON.parse(String(row.after)));
  const current = await stillHolds(tx, after, before);
  if (current)
    throw conflict(`curation: change ${changeId} cannot be undone: what it wrote has changed since`, {
      expected: after,
      current,
    });
  return { op: "undo", targetId: String(row.targetId), from: after, to: before, undoOf: changeId };
}
