// HTTP only for GET /api/ties and GET /api/matrix.
import { Router } from "express";
import { MatrixQuerySchema, TiesQuerySchema } from "../api/ties.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { matrix, ties } from "./ties-service.ts";

export function tiesRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/ties", async (req, res) => {
    res.json(await ties(deps, TiesQuerySchema.parse(req.query)));
  });
  router.get("/matrix", async (req, res) => {
    res.json(await matrix(deps, MatrixQuerySchema.parse(req.query)));
  });
  return router;
}
