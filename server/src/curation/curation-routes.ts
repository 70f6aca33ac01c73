// The handlers of the write API and its reads (declared in server/src/api/curation.ts). The route binding has
// already run the `writes` rate limiter, the editor-token check and the schemas; everything else is in
// curation-service.ts. The audit trail records the token's label as "who".
import type { HandlerContext, Handlers } from "../http/route-handler.ts";
import * as svc from "./curation-service.ts";
import { readEdge } from "./edge-read.ts";
import { splitNode } from "./split-node.ts";
import type { WriteContext } from "./run-write.ts";

const ctxOf = ({ deps }: HandlerContext, body: { comment?: string | undefined }): WriteContext => ({
  who: deps.config.editor.label,
  comment: body.comment,
});

export const curationHandlers: Handlers<
  | "createNode"
  | "patchNode"
  | "deleteNode"
  | "mergeNode"
  | "splitNode"
  | "createEdge"
  | "patchEdge"
  | "deleteEdge"
  | "review"
  | "reviewBatch"
  | "undo"
  | "reviewQueue"
  | "edge"
  | "changes"
  | "exportDocument"
> = {
  createNode: ({ body }, c) => svc.createNode(c.deps, ctxOf(c, body), body),
  patchNode: ({ params, body }, c) => svc.patchNode(c.deps, ctxOf(c, body), params.id, body),
  deleteNode: ({ params, query, body }, c) =>
    query.dryRun
      ? svc.previewDeleteNode(c.deps, params.id, body.expectedVersion)
      : svc.deleteNode(c.deps, ctxOf(c, body), params.id, body.expectedVersion),
  mergeNode: ({ params, body }, c) => svc.mergeNode(c.deps, ctxOf(c, body), params.id, body),
  splitNode: ({ params, body }, c) => splitNode(c.deps, ctxOf(c, body), params.id, body),
  createEdge: ({ body }, c) => svc.createEdge(c.deps, ctxOf(c, body), body),
  patchEdge: ({ params, body }, c) => svc.patchEdge(c.deps, ctxOf(c, body), params.id, body),
  deleteEdge: ({ params, body }, c) => svc.deleteEdge(c.deps, ctxOf(c, body), params.id, body.expectedVersion),
  review: ({ params, body }, c) => svc.review(c.deps, ctxOf(c, body), params.id, body),
  reviewBatch: ({ params, body }, c) => svc.reviewBatch(c.deps, ctxOf(c, body), params.id, body),
  undo: ({ params, body }, c) => svc.undo(c.deps, ctxOf(c, body), params.id),
  edge: ({ params }, { deps }) => readEdge(deps, params.id),
  reviewQueue: ({ query }, { deps }) => svc.reviewQueue(deps, query.document),
  changes: ({ query }, { deps }) => svc.changes(deps, query),
  exportDocument: ({ params }, { deps }) => svc.exportOne(deps, params.id),
};
