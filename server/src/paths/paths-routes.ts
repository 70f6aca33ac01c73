// HTTP only for GET /api/paths.
import { Router } from "express";
import { PathsQuerySchema } from "../api/paths.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { findPaths } from "./paths-service.ts";

export function pathsRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/paths", async (req, res) => {
    res.json(await findPaths(deps, PathsQuerySchema.parse(req.query)));
  });
  return router;
}
