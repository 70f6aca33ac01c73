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
  ReviewQueueResponse,
  Snapshot,
  WriteResponse,
} from "../api/curation.ts";
import { SnapshotSchema } from "../api/curation.ts";
import { exportDocument, ExportError } from "../../../graph-seed/src/export/index.ts";
import type { DbDeps, SourceDeps } from "../http/app-deps.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { txConfig } from "../neo4j/query-options.ts";
import {
  countReviews,
  documentLoaded,
  edgesOfNode,
  listChanges,
  readDrafts,
  readRedirect,
} from "./curation-repository.ts";
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

export async function createNode(deps: SourceDeps, ctx: WriteContext, b: NodeCreateBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planCreateNode(tx, deps.config.sourcesDir, b));
  return answer(change, after, b.id, null);
}

export async function patchNode(
  deps: SourceDeps,
  ctx: WriteContext,
  id: string,
  b: NodePatchBody,
): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planPatchNode(tx, deps.config.sourcesDir, id, b));
  return answer(change, after, id, null);
}

export async function deleteNode(deps: DbDeps, ctx: WriteContext, id: string, expectedVersion: number) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planDeleteNode(tx, id, expectedVersion));
  return { ...answer(change, after, id, null), edgesRemoved: change.before.edges };
}

/** What a delete would take along, read without writing. */
export async function previewDeleteNode(deps: DbDeps, id: string, expectedVersion: number): Promise<DeletePreview> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const node = await mustReadNode(tx, id);
      checkVersion(node, expectedVersion);
      return { dryRun: true as const, node, edgesRemoved: await edgesOfNode(tx, id) };
    }, txConfig(deps.config.queryTimeoutMs));
  } finally {
    await session.close();
  }
}

export async function mergeNode(deps: DbDeps, ctx: WriteContext, id: string, b: NodeMergeBody) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planMergeNode(tx, id, b));
  return answer(change, after, b.into, null);
}

export async function createEdge(deps: SourceDeps, ctx: WriteContext, b: EdgeCreateBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planCreateEdge(tx, deps.config.sourcesDir, b));
  return answer(change, after, null, change.targetId);
}

export async function patchEdge(
  deps: SourceDeps,
  ctx: WriteContext,
  id: string,
  b: EdgePatchBody,
): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planPatchEdge(tx, deps.config.sourcesDir, id, b));
  return answer(change, after, null, after.edges[0]?.id ?? null);
}

export async function deleteEdge(deps: DbDeps, ctx: WriteContext, id: string, expectedVersion: number) {
  const { change, after } = await runWrite(deps, ctx, (tx) => planDeleteEdge(tx, id, expectedVersion));
  return answer(change, after, null, id);
}

export async function review(deps: DbDeps, ctx: WriteContext, id: string, b: ReviewBody): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planReview(tx, id, b));
  return isEdgeId(id) ? answer(change, after, null, id) : answer(change, after, id, null);
}

export async function undo(deps: DbDeps, ctx: WriteContext, changeId: string): Promise<WriteResponse> {
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

export async function changes(deps: DbDeps, q: ChangesQuery): Promise<ChangesResponse> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    const { rows, total } = await session.executeRead(
      (tx) =>
        listChanges(tx, { document: q.document ?? null, target: q.target ?? null, limit: q.limit, offset: q.offset }),
      txConfig(deps.config.queryTimeoutMs),
    );
    return { changes: rows.map(toChange), total, limit: q.limit, offset: q.offset };
  } finally {
    await session.close();
  }
}

/** The document as the export CLI writes it: the same objects, the arrays in the files' order. */
export async function exportOne(deps: DbDeps, doc: string): Promise<ExportResponse> {
  try {
    return await exportDocument(deps.driver, deps.database, doc);
  } catch (e) {
    if (e instanceof ExportError)
      throw new ApiError(e.code === "NOT_FOUND" ? "NOT_FOUND" : "NOT_READY", e.message.replace(/^export/, "documents"));
    throw e;
  }
}

/** Where a merged node went (following a chain of merges), or null. */
export async function redirectOf(deps: DbDeps, id: string): Promise<string | null> {
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
    }, txConfig(deps.config.queryTimeoutMs));
  } finally {
    await session.close();
  }
}

/** The review queue of a document: its drafts, most confident first, and how many decisions were made. */
export async function reviewQueue(deps: DbDeps, doc: string): Promise<ReviewQueueResponse> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      if (!(await documentLoaded(tx, doc))) throw notFound(`review: no loaded document "${doc}"`);
      const drafts = (await readDrafts(tx, doc)).map((d) => ({
        kind: d.kind as "node" | "edge",
        id: String(d.id),
        type: String(d.type),
        label: String(d.label ?? ""),
        confidence: typeof d.confidence === "number" ? d.confidence : null,
        method: typeof d.method === "string" ? d.method : null,
        evidence: Array.isArray(d.evidence) ? d.evidence.map(String) : [],
        version: Number(d.version),
      }));
      drafts.sort((a, b) => (b.confidence ?? -1) - (a.confidence ?? -1) || (a.id < b.id ? -1 : 1));
      const reviewed = await countReviews(tx, doc);
      return { document: doc, status: drafts.length > 0 ? "draft" : "curated", drafts, reviewed };
    }, txConfig(deps.config.queryTimeoutMs));
  } finally {
    await session.close();
  }
}
