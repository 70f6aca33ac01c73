// HTTP only for GET /api/documents and GET /api/documents/:id.
import { Router } from "express";
import { DocumentParamsSchema } from "../api/documents.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { documentDetail, listDocuments } from "./documents-service.ts";

export function documentsRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/documents", async (_req, res) => {
    res.json(await listDocuments(deps));
  });
  router.get("/documents/:id", async (req, res) => {
    const { id } = DocumentParamsSchema.parse(req.params);
    res.json(await documentDetail(deps, id));
  });
  return router;
}
