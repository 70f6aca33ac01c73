// GET /api/graph: the whole graph, or the part of it of some node types.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { DocumentIdsFilter, intParam, NodeTypesFilter } from "./common.ts";
import { GraphColumnsSchema } from "./graph-columns.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const GraphQuerySchema = z.object({
  types: NodeTypesFilter,
  /** A node belongs to a document when it is its home or its evidence cites it (a node merged across papers). */
  document: DocumentIdsFilter,
  limit: intParam(1, 100_000, 5_000).describe(
    "Most nodes to return: over the cap the best connected are kept (then ordered by id); relationships among them follow",
  ),
  format: z
    .enum(["graphology", "columns"])
    .default("graphology")
    .describe("graphology: a SerializedGraph with every property; columns: the compact overview the client draws"),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphResponseSchema = z.union([GraphPayloadSchema, GraphColumnsSchema]);
export type GraphResponse = z.infer<typeof GraphResponseSchema>;

export const graphRoute = route({
  method: "get",
  path: "/graph",
  summary: "The graph, or the part of it of some node types or documents",
  query: GraphQuerySchema,
  response: GraphResponseSchema,
  errors: [...DB_ERRORS],
  // The whole graph at up to 100,000 nodes: one of the two heaviest reads.
  cost: "costly",
});
