// The write API's logic, one function per route: plan in one transaction (see run-write.ts), answer the change
// with the primary item as it now stands. Reads: the audit trail, a document's export, a merged node's redirect.
import type {
  Change,
  ChangesQuery,
  ChangesResponse,
  DeletePreview,
  EdgeCreateBody,
  EdgePatchBody,
  ExportResponse,
  NodeCreateBody,
  NodeMergeBody,
  NodePatchBody,
  ReviewBody,
  Snapshot,
  WriteResponse,
} from "../api/curation.ts";
import { SnapshotSchema } from "../api/curation.ts";
import { exportDocument, ExportError } from "../../../graph-seed/src/export/index.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { ApiError } from "../http/errors.ts";
import { edgesOfNode, listChanges, readRedirect } from "./curation-repository.ts";
import { planCreateEdge, planDeleteEdge, planPatchEdge } from "./edge-writes.ts";
import {
  checkVersion,
  mustReadNode,
  planCreateNode,
  planDeleteNode,
  planMergeNode,
  planPatchNode,
} from "./node-writes.ts";
import { isEdgeId, planReview, planUndo } from "./review-undo.ts";
import { runWrite, type WriteContext } from "./run-write.ts";

function answer(change: Change, after: Snapshot, node: string | null, edge: string | null): WriteResponse {
  return {
    change,
    ...(node !== null ? { node: after.nodes.find((n) => n.id === node) ?? null } : {}),
    ...(edge !== null ? { edge: after.edges.find((e) => e.id === edge) ?? null } : {}),
  };
}

export async function createNode(deps: AppDeps, ctx: WriteContext, b: NodeCreateBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planCreateNode(tx, deps.config.sourcesDir, b));
  return answer(change, after, b.id, null);
}

export async function patchNode(
  deps: AppDeps,
  ctx: WriteContext,
  id: string,
  b: NodePatchBody,
): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planPatchNode(tx, deps.config.sourcesDir, id, b));
  return answer(change, after, id, null);
}

export async function deleteNode(deps: AppDeps, ctx: WriteContext, id: string, expectedVersion: number) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planDeleteNode(tx, id, expectedVersion));
  return { ...answer(change, after, id, null), edgesRemoved: change.before.edges };
}

/** What a delete would take along, read without writing. */
export async function previewDeleteNode(deps: AppDeps, id: string, expectedVersion: number): Promise<DeletePreview> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const node = await mustReadNode(tx, id);
      checkVersion(node, expectedVersion);
      return { dryRun: true as const, node, edgesRemoved: await edgesOfNode(tx, id) };
    });
  } finally {
    await session.close();
  }
}

export async function mergeNode(deps: AppDeps, ctx: WriteContext, id: string, b: NodeMergeBody) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planMergeNode(tx, id, b));
  return answer(change, after, b.into, null);
}

export async function createEdge(deps: AppDeps, ctx: WriteContext, b: EdgeCreateBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planCreateEdge(tx, deps.config.sourcesDir, b));
  return answer(change, after, null, change.targetId);
}

export async function patchEdge(
  deps: AppDeps,
  ctx: WriteContext,
  id: string,
  b: EdgePatchBody,
): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planPatchEdge(tx, deps.config.sourcesDir, id, b));
  return answer(change, after, null, after.edges[0]?.id ?? null);
}

export async function deleteEdge(deps: AppDeps, ctx: WriteContext, id: string, expectedVersion: number) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planDeleteEdge(tx, id, expectedVersion));
  return answer(change, after, null, id);
}

export async function review(deps: AppDeps, ctx: WriteContext, id: string, b: ReviewBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planReview(tx, id, b));
  return isEdgeId(id) ? answer(change, after, null, id) : answer(change, after, id, null);
}

export async function undo(deps: AppDeps, ctx: WriteContext, changeId: string): Promise<WriteResponse> {
  const { change } = await runWrite(deps, ctx, (tx) => planUndo(tx, changeId));
  return { change };
}

function toChange(p: Record<string, unknown>): Change {
  return {
    id: String(p.id),
    at: String(p.at),
    who: String(p.who),
    op: p.op as Change["op"],
    targetId: String(p.targetId),
    documents: (p.documents as string[] | null) ?? [],
    targets: (p.targets as string[] | null) ?? [],
    comment: typeof p.comment === "string" ? p.comment : null,
    before: SnapshotSchema.parse(JSON.parse(String(p.before))),
    after: SnapshotSchema.parse(JSON.parse(String(p.after))),
    undoOf: typeof p.undoOf === "string" ? p.undoOf : null,
  };
}

export async function changes(deps: AppDeps, q: ChangesQuery): Promise<ChangesResponse> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    const { rows, total } = await session.executeRead(
      (tx) =>
        listChanges(tx, { document: q.document ?? null, target: q.target ?? null, limit: q.limit, offset: q.offset }),
      { timeout: deps.config.queryTimeoutMs },
    );
    return { changes: rows.map(toChange), total, limit: q.limit, offset: q.offset };
  } finally {
    await session.close();
  }
}

/** The document as the export CLI writes it: the same objects, the arrays in the files' order. */
export async function exportOne(deps: AppDeps, doc: string): Promise<ExportResponse> {
  try {
    return await exportDocument(deps.driver, deps.database, doc);
  } catch (e) {
    if (e instanceof ExportError)
      throw new ApiError(e.code === "NOT_FOUND" ? "NOT_FOUND" : "NOT_READY", e.message.replace(/^export/, "documents"));
    throw e;
  }
}

/** Where a merged node went (following a chain of merges), or null. */
export async function redirectOf(deps: AppDeps, id: string): Promise<string | null> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      let at = id;
      for (let hop = 0; hop < 10; hop++) {
        const x = await readRedirect(tx, at);
        if (!x) return at === id ? null : at;
        at = x.to;
      }
      return at;
    });
  } finally {
    await session.close();
  }
}
