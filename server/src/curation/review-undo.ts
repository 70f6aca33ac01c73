// Review of drafts (accept: the item loses its draft status; reject: it leaves the graph, its last state kept in
// the audit trail) and undo (the reverse transition of a recorded change, refused when the items moved on).
import type { ManagedTransaction } from "neo4j-driver";
import { SnapshotSchema, type ReviewBody } from "../api/curation.ts";
import { conflict, notFound } from "../http/errors.ts";
import { edgesOfNode, readChange } from "./curation-repository.ts";
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
  const { status: _s, ...properties } = item.properties;
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
