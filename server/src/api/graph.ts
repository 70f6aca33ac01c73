// GET /api/graph: the whole graph, or the part of it of some node types.
import { z } from "zod";
import { intParam, NodeTypesFilter } from "./common.ts";
import { GraphColumnsSchema } from "./graph-columns.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const GraphQuerySchema = z.object({
  types: NodeTypesFilter,
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
