// The handlers of the graph capability's routes (declared in server/src/api/: schema, graph, nodes): HTTP only,
// each calls a service or repository with the input its declaration validated.
import type { Handlers } from "../http/route-handler.ts";
import { graph } from "./graph-service.ts";
import { neighbors, nodeDetail } from "./node-service.ts";
import { schema } from "./schema-service.ts";

export const graphHandlers: Handlers<"schema" | "graph" | "node" | "neighbors"> = {
  schema: (_input, { deps }) => schema(deps),
  graph: ({ query }, { deps }) => graph(deps, query),
  node: ({ params }, { deps }) => nodeDetail(deps, params.id),
  neighbors: ({ params, query }, { deps }) => neighbors(deps, params.id, query),
};
