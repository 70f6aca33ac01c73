// GET /api/paths: the shortest, all shortest or k shortest paths between two nodes, read as arguments.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { boolParam, DocumentIdSchema, intParam, NodeIdSchema, RelTypesFilter, RelTypeSchema } from "./common.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const PATH_MODES = ["shortest", "all", "k"] as const;

/**
 * Bounds of a path request. The client cannot import values from here, only types: it restates these under the
 * type `PathsLimits`, whose literal types make any drift a type error (client/src/api/limits.ts).
 */
export const PATHS_LIMITS = { kMax: 10, maxHopsMax: 6 } as const;
export type PathsLimits = typeof PATHS_LIMITS;

export const PathsQuerySchema = z
  .object({
    from: NodeIdSchema,
    to: NodeIdSchema,
    mode: z.enum(PATH_MODES).default("shortest").describe("shortest: one; all: ALL SHORTEST; k: SHORTEST k"),
    k: intParam(1, PATHS_LIMITS.kMax, 3).describe("How many paths in mode k"),
    maxHops: intParam(1, PATHS_LIMITS.maxHopsMax, 4),
    rel: RelTypesFilter,
    directed: boolParam(false).describe("Follow relationships only in their direction (default: either way)"),
    stated: boolParam(false).describe("Walk only edges stated in a paper, never an inferred one"),
    document: DocumentIdSchema.optional().describe(
      "Only through this document's nodes (both ends must be in it); without it paths may cross documents through shared entities",
    ),
  })
  .refine((q) => q.from !== q.to, { message: "from and to must differ", path: ["to"] });
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

/** One hop of a path, in walking order; `forward` is false when the walk goes against the relationship. */
export const PathStepSchema = z.object({
  edgeId: z.string(),
  type: RelTypeSchema,
  source: z.string(),
  target: z.string(),
  forward: z.boolean(),
  inferred: z.boolean(),
  evidence: z.array(z.string()),
  /** The first evidence sentence's highlighted span, when the source document is present. */
  quote: z.string().nullable(),
  /** The document this hop comes from: the relationship's document, else its first evidence locator's. */
  document: z.string().nullable(),
});
export type PathStep = z.infer<typeof PathStepSchema>;

export const PathItemSchema = z.object({
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  length: z.number().int(),
  steps: z.array(PathStepSchema),
  /** The path read as an argument, citing each edge's evidence as [n] → citations[n-1]. */
  narrativeZh: z.string(),
  narrativeEn: z.string(),
  citations: z.array(
    z.object({ n: z.number().int(), edgeId: z.string(), locators: z.array(z.string()), quote: z.string().nullable() }),
  ),
});
export type PathItem = z.infer<typeof PathItemSchema>;

export const PathsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  mode: z.enum(PATH_MODES),
  directed: z.boolean(),
  stated: z.boolean(),
  paths: z.array(PathItemSchema),
  /** Every node and edge of every path, once. */
  graph: GraphPayloadSchema,
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

export const pathsRoute = route({
  method: "get",
  path: "/paths",
  summary: "Shortest, all shortest or k shortest paths, read as cited arguments",
  query: PathsQuerySchema,
  response: PathsResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "paths",
  rules: [{ fields: ["from", "to"], rule: "from and to must differ" }],
});
