// The client's copy of each route's method and path. The client may import only types from the server, so the
// values are restated here, typed by the declarations' literal types (server/src/api/routes.ts): a changed path,
// a changed method, a missing or an extra route is a type error, not a silent 404.
import type { RouteMethod, RouteName, RoutePath } from "../../../server/src/api/index.ts";

export type RouteTable = { [N in RouteName]: { method: RouteMethod<N>; path: RoutePath<N> } };

export const ROUTES: RouteTable = {
  schema: { method: "get", path: "/schema" },
  graph: { method: "get", path: "/graph" },
  node: { method: "get", path: "/nodes/{id}" },
  neighbors: { method: "get", path: "/nodes/{id}/neighbors" },
  search: { method: "get", path: "/search" },
  paths: { method: "get", path: "/paths" },
  ties: { method: "get", path: "/ties" },
  matrix: { method: "get", path: "/matrix" },
  documents: { method: "get", path: "/documents" },
  document: { method: "get", path: "/documents/{id}" },
  importDocument: { method: "post", path: "/documents" },
  deleteDocument: { method: "delete", path: "/documents/{id}" },
  compareDocuments: { method: "get", path: "/documents/{a}/compare/{b}" },
  cypher: { method: "post", path: "/cypher" },
  createNode: { method: "post", path: "/nodes" },
  patchNode: { method: "patch", path: "/nodes/{id}" },
  deleteNode: { method: "delete", path: "/nodes/{id}" },
  mergeNode: { method: "post", path: "/nodes/{id}/merge" },
  splitNode: { method: "post", path: "/nodes/{id}/split" },
  createEdge: { method: "post", path: "/edges" },
  patchEdge: { method: "patch", path: "/edges/{id}" },
  deleteEdge: { method: "delete", path: "/edges/{id}" },
  edge: { method: "get", path: "/edges/{id}" },
  review: { method: "post", path: "/review/{id}" },
  reviewBatch: { method: "post", path: "/documents/{id}/review" },
  undo: { method: "post", path: "/changes/{id}/undo" },
  reviewQueue: { method: "get", path: "/review" },
  changes: { method: "get", path: "/changes" },
  exportDocument: { method: "get", path: "/documents/{id}/export" },
  openapi: { method: "get", path: "/openapi.json" },
};
