// HTTP only for the write API: rate limit first (so token guessing is throttled too), then the editor token,
// then the contract's schemas; everything else is in curation-service.ts.
import { Router, type Request, type Response } from "express";
import {
  ChangeIdParamsSchema,
  ChangesQuerySchema,
  EdgeCreateBodySchema,
  EdgeDeleteBodySchema,
  EdgeIdParamsSchema,
  EdgePatchBodySchema,
  ExportParamsSchema,
  ItemIdParamsSchema,
  NodeCreateBodySchema,
  NodeDeleteBodySchema,
  NodeDeleteQuerySchema,
  NodeIdParamsSchema,
  NodeMergeBodySchema,
  NodePatchBodySchema,
  ReviewBodySchema,
  ReviewQueueQuerySchema,
  UndoBodySchema,
} from "../api/curation.ts";
import { requireEditor } from "../auth/editor-token.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { rateLimiter } from "../http/rate-limit.ts";
import * as svc from "./curation-service.ts";
import type { WriteContext } from "./run-write.ts";

const ctxOf = (res: Response, body: { comment?: string | undefined }): WriteContext => ({
  who: String(res.locals.editor),
  comment: body.comment,
});
/** A DELETE may come without a body; the schema then says what is missing. */
const bodyOf = (req: Request): unknown => req.body ?? {};

export function curationRoutes(deps: AppDeps): Router {
  const router = Router();
  const { windowMs, writes } = deps.config.rateLimit;
  const limit = rateLimiter("writes", windowMs, writes ?? 300);
  const editor = requireEditor(deps.config.editor?.token ?? null, deps.config.editor?.label ?? "editor");

  router.post("/nodes", limit, editor, async (req, res) => {
    const b = NodeCreateBodySchema.parse(bodyOf(req));
    res.status(201).json(await svc.createNode(deps, ctxOf(res, b), b));
  });
  router.patch("/nodes/:id", limit, editor, async (req, res) => {
    const { id } = NodeIdParamsSchema.parse(req.params);
    const b = NodePatchBodySchema.parse(bodyOf(req));
    res.json(await svc.patchNode(deps, ctxOf(res, b), id, b));
  });
  router.delete("/nodes/:id", limit, editor, async (req, res) => {
    const { id } = NodeIdParamsSchema.parse(req.params);
    const { dryRun } = NodeDeleteQuerySchema.parse(req.query);
    const b = NodeDeleteBodySchema.parse(bodyOf(req));
    res.json(
      dryRun
        ? await svc.previewDeleteNode(deps, id, b.expectedVersion)
        : await svc.deleteNode(deps, ctxOf(res, b), id, b.expectedVersion),
    );
  });
  router.post("/nodes/:id/merge", limit, editor, async (req, res) => {
    const { id } = NodeIdParamsSchema.parse(req.params);
    const b = NodeMergeBodySchema.parse(bodyOf(req));
    res.json(await svc.mergeNode(deps, ctxOf(res, b), id, b));
  });
  router.post("/edges", limit, editor, async (req, res) => {
    const b = EdgeCreateBodySchema.parse(bodyOf(req));
    res.status(201).json(await svc.createEdge(deps, ctxOf(res, b), b));
  });
  router.patch("/edges/:id", limit, editor, async (req, res) => {
    const { id } = EdgeIdParamsSchema.parse(req.params);
    const b = EdgePatchBodySchema.parse(bodyOf(req));
    res.json(await svc.patchEdge(deps, ctxOf(res, b), id, b));
  });
  router.delete("/edges/:id", limit, editor, async (req, res) => {
    const { id } = EdgeIdParamsSchema.parse(req.params);
    const b = EdgeDeleteBodySchema.parse(bodyOf(req));
    res.json(await svc.deleteEdge(deps, ctxOf(res, b), id, b.expectedVersion));
  });
  router.post("/review/:id", limit, editor, async (req, res) => {
    const { id } = ItemIdParamsSchema.parse(req.params);
    const b = ReviewBodySchema.parse(bodyOf(req));
    res.json(await svc.review(deps, ctxOf(res, b), id, b));
  });
  router.post("/changes/:id/undo", limit, editor, async (req, res) => {
    const { id } = ChangeIdParamsSchema.parse(req.params);
    const b = UndoBodySchema.parse(bodyOf(req));
    res.json(await svc.undo(deps, ctxOf(res, b), id));
  });

  // Reads: open like the rest of the explorer.
  router.get("/review", async (req, res) => {
    res.json(await svc.reviewQueue(deps, ReviewQueueQuerySchema.parse(req.query).document));
  });
  router.get("/changes", async (req, res) => {
    res.json(await svc.changes(deps, ChangesQuerySchema.parse(req.query)));
  });
  router.get("/documents/:id/export", async (req, res) => {
    const { id } = ExportParamsSchema.parse(req.params);
    res.json(await svc.exportOne(deps, id));
  });
  return router;
}
