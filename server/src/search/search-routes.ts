// HTTP only for GET /api/search.
import { Router } from "express";
import { SearchQuerySchema } from "../api/search.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { search } from "./search-service.ts";

export function searchRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    res.json(await search(deps, SearchQuerySchema.parse(req.query)));
  });
  return router;
}
