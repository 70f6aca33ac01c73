// Mounts each capability's router under /api. Capabilities add themselves here, one line each.
// The expensive endpoints are rate limited first, per app instance (each createApp has its own counters).
import type { Router } from "express";
import { curationRoutes } from "../curation/curation-routes.ts";
import { cypherRoutes } from "../cypher/cypher-routes.ts";
import { documentsRoutes } from "../documents/documents-routes.ts";
import { graphRoutes } from "../graph/graph-routes.ts";
import { openApiRoutes } from "../openapi/openapi-routes.ts";
import { pathsRoutes } from "../paths/paths-routes.ts";
import { searchRoutes } from "../search/search-routes.ts";
import { tiesRoutes } from "../ties/ties-routes.ts";
import type { AppDeps } from "./app-deps.ts";
import { rateLimiter } from "./rate-limit.ts";

export function mountApiRoutes(api: Router, deps: AppDeps): void {
  const { windowMs, cypher, paths } = deps.config.rateLimit;
  api.use("/cypher", rateLimiter("cypher", windowMs, cypher));
  api.use("/paths", rateLimiter("paths", windowMs, paths));
  api.use(graphRoutes(deps));
  api.use(searchRoutes(deps));
  api.use(pathsRoutes(deps));
  api.use(tiesRoutes(deps));
  api.use(documentsRoutes(deps));
  api.use(curationRoutes(deps));
  api.use(cypherRoutes(deps));
  api.use(openApiRoutes());
}
