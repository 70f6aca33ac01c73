// GET /api/ties and GET /api/matrix: how measures tie to problems, directly (SOLVES) or through chains.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { boolParam, DocumentIdsFilter, NodeIdSchema, NodeRefSchema } from "./common.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const TiesQuerySchema = z
  .object({
    measure: NodeIdSchema.optional(),
    problem: NodeIdSchema.optional(),
    document: DocumentIdsFilter.describe(
      "Comma-separated document ids: only chains whose every node comes from one of them; chains may cross documents when absent",
    ),
    stated: boolParam(false).describe("Only chains whose every edge is stated in a paper (no inferred edge)"),
  })
  .refine((q) => (q.measure === undefined) !== (q.problem === undefined), {
    message: "give exactly one of measure or problem",
  });
export type TiesQuery = z.infer<typeof TiesQuerySchema>;

/**
 * direct: measure -SOLVES-> problem. sub-measure: a PART_OF sub-measure (or programme) of the measure solves
 * it. sub-problem / cause: the measure solves a shortfall that is PART_OF the problem, or a problem that
 * CAUSES it. supports: the measure SUPPORTS a node that solves it. platform: the measure relies on
 * (INVOLVES / TARGETS) a platform, programme or actor that solves it. The first indirection names the kind.
 */
export const TIE_KINDS = ["direct", "sub-measure", "sub-problem", "cause", "supports", "platform"] as const;

export const TieSchema = z.object({
  measure: NodeRefSchema,
  problem: NodeRefSchema,
  kind: z.enum(TIE_KINDS),
  /** Walking order from the measure to the problem. */
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  /** True when every edge of the chain is stated in the paper; false when any is inferred. */
  stated: z.boolean(),
  inferredEdgeIds: z.array(z.string()),
  /** Evidence locators of each edge, in chain order. */
  evidence: z.array(z.object({ edgeId: z.string(), locators: z.array(z.string()) })),
});
export type Tie = z.infer<typeof TieSchema>;

export const TiesResponseSchema = z.object({
  focus: NodeRefSchema,
  ties: z.array(TieSchema),
  graph: GraphPayloadSchema,
});
export type TiesResponse = z.infer<typeof TiesResponseSchema>;

export const MatrixCellSchema = z.object({
  measureId: z.string(),
  problemId: z.string(),
  direct: z.boolean(),
  /** Number of distinct chains (the direct edge counted as one). */
  chains: z.number().int(),
  /** 0..1: 1 for a stated direct SOLVES, less for indirect or inferred chains, capped at 1. */
  strength: z.number(),
  stated: z.boolean(),
  /** What the client needs to show the cell's chains on the graph. */
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
});
export type MatrixCell = z.infer<typeof MatrixCellSchema>;

export const MatrixQuerySchema = z.object({
  document: DocumentIdsFilter.describe(
    "Comma-separated document ids: only their measures, problems and chains (every node of a chain from one of them); all documents when absent",
  ),
  stated: boolParam(false).describe("Only chains whose every edge is stated in a paper (no inferred edge)"),
});
export type MatrixQuery = z.infer<typeof MatrixQuerySchema>;

export const MatrixResponseSchema = z.object({
  /** The most chains the matrix reads; over it the cells count only the chains read. */
  chainCap: z.number().int(),
  /** True when the cap was reached: the counts are a lower bound. */
  chainsCapped: z.boolean(),
  /** Every measure; parentId is the measure it is PART_OF (null for the paper's top-level paths). */
  rows: z.array(
    NodeRefSchema.extend({
      path: z.string().nullable(),
      order: z.number().nullable(),
      parentId: z.string().nullable(),
    }),
  ),
  /** Every problem; parentId is the problem it is PART_OF (null for the paper's main problems). */
  columns: z.array(NodeRefSchema.extend({ order: z.number().nullable(), parentId: z.string().nullable() })),
  /** Only non-empty cells. */
  cells: z.array(MatrixCellSchema),
});
export type MatrixResponse = z.infer<typeof MatrixResponseSchema>;

export const tiesRoute = route({
  method: "get",
  path: "/ties",
  summary: "How a measure ties to problems, or a problem to measures",
  query: TiesQuerySchema,
  response: TiesResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "standard",
  rules: [{ fields: ["measure", "problem"], rule: "give exactly one of measure or problem" }],
});

export const matrixRoute = route({
  method: "get",
  path: "/matrix",
  summary: "The measures × problems matrix, of one document or of all",
  query: MatrixQuerySchema,
  response: MatrixResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  // Every chain from every measure to every problem: the heaviest read of the API.
  cost: "costly",
});
