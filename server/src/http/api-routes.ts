// Binds every declared route (server/src/api/routes.ts) to its handler. Each capability exports its handlers;
// this table must name one for every route, or the server does not compile.
import type { Router } from "express";
import { API_ROUTES, type RouteName } from "../api/routes.ts";
import { compareHandlers } from "../compare/compare-routes.ts";
import { curationHandlers } from "../curation/curation-routes.ts";
import { cypherHandlers } from "../cypher/cypher-routes.ts";
import { documentsHandlers } from "../documents/documents-routes.ts";
import { graphHandlers } from "../graph/graph-routes.ts";
import { openApiHandlers } from "../openapi/openapi-routes.ts";
import { pathsHandlers } from "../paths/paths-routes.ts";
import { searchHandlers } from "../search/search-routes.ts";
import { tiesHandlers } from "../ties/ties-routes.ts";
import type { AppDeps } from "./app-deps.ts";
import { bindRoutes } from "./bind-routes.ts";
import type { Handlers } from "./route-handler.ts";

const HANDLERS: Handlers<RouteName> = {
  ...graphHandlers,
  ...searchHandlers,
  ...pathsHandlers,
  ...tiesHandlers,
  ...documentsHandlers,
  ...compareHandlers,
  ...cypherHandlers,
  ...curationHandlers,
  ...openApiHandlers,
};

export function mountApiRoutes(api: Router, deps: AppDeps): void {
  bindRoutes(api, API_ROUTES, HANDLERS as never, deps);
}
