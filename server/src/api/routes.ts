// Every route of the API, by name. The declarations sit beside their schemas (one file per capability in this
// folder); this table is what the router, the OpenAPI document and the client are derived from. A route added to a
// capability's file reaches all three once it is listed here, and the server does not compile until it has a
// handler (http/api-routes.ts) and the client's route table names it (client/src/api/routes.ts).
import { z } from "zod";
import {
  changesRoute,
  createEdgeRoute,
  createNodeRoute,
  deleteEdgeRoute,
  deleteNodeRoute,
  edgeRoute,
  exportRoute,
  mergeNodeRoute,
  patchEdgeRoute,
  patchNodeRoute,
  reviewQueueRoute,
  reviewBatchRoute,
  reviewRoute,
  splitNodeRoute,
  undoRoute,
} from "./curation.ts";
import { compareRoute } from "./compare.ts";
import { cypherRoute } from "./cypher.ts";
import { deleteDocumentRoute, documentRoute, documentsRoute, importDocumentRoute } from "./documents.ts";
import { graphRoute } from "./graph.ts";
import { neighborsRoute, nodeRoute } from "./nodes.ts";
import { pathsRoute } from "./paths.ts";
import { route, type CallInput, type ResponseOf, type ValidInput } from "./route.ts";
import { schemaRoute } from "./schema.ts";
import { searchRoute } from "./search.ts";
import { matrixRoute, tiesRoute } from "./ties.ts";

export const openApiRoute = route({
  method: "get",
  path: "/openapi.json",
  summary: "This document: every route's request and response schemas",
  response: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
  errors: [],
  cost: "standard",
});

export const API_ROUTES = {
  schema: schemaRoute,
  graph: graphRoute,
  node: nodeRoute,
  neighbors: neighborsRoute,
  search: searchRoute,
  paths: pathsRoute,
  ties: tiesRoute,
  matrix: matrixRoute,
  documents: documentsRoute,
  document: documentRoute,
  importDocument: importDocumentRoute,
  deleteDocument: deleteDocumentRoute,
  compareDocuments: compareRoute,
  cypher: cypherRoute,
  createNode: createNodeRoute,
  patchNode: patchNodeRoute,
  deleteNode: deleteNodeRoute,
  mergeNode: mergeNodeRoute,
  splitNode: splitNodeRoute,
  createEdge: createEdgeRoute,
  patchEdge: patchEdgeRoute,
  deleteEdge: deleteEdgeRoute,
  edge: edgeRoute,
  review: reviewRoute,
  reviewBatch: reviewBatchRoute,
  undo: undoRoute,
  reviewQueue: reviewQueueRoute,
  changes: changesRoute,
  exportDocument: exportRoute,
  openapi: openApiRoute,
} as const;

export type ApiRoutes = typeof API_ROUTES;
export type RouteName = keyof ApiRoutes;
export type RouteMethod<N extends RouteName> = ApiRoutes[N]["method"];
export type RoutePath<N extends RouteName> = ApiRoutes[N]["path"];
/** What the client sends to route N (before coercion and defaults). */
export type RouteCall<N extends RouteName> = CallInput<ApiRoutes[N]>;
/** What route N's handler receives, validated. */
export type RouteInput<N extends RouteName> = ValidInput<ApiRoutes[N]>;
/** What route N answers with 200. */
export type RouteResponse<N extends RouteName> = ResponseOf<ApiRoutes[N]>;
