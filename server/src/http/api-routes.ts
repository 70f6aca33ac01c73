// Mounts each capability's router under /api. Capabilities add themselves here, one line each.
import type { Router } from "express";
import type { AppDeps } from "./app-deps.ts";
import { graphRoutes } from "../graph/graph-routes.ts";

export function mountApiRoutes(api: Router, deps: AppDeps): void {
  api.use(graphRoutes(deps));
}
