// GET /api/nodes/:id and GET /api/nodes/:id/neighbors.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import {
  boolParam,
  DocumentIdsFilter,
  intParam,
  NodeIdSchema,
  NodeTypesFilter,
  NodeTypeSchema,
  RelTypesFilter,
  RelTypeSchema,
} from "./common.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const NodeParamsSchema = z.object({ id: NodeIdSchema });
export type NodeParams = z.infer<typeof NodeParamsSchema>;

/**
 * One evidence locator ("doc#sentence@start-end"), resolved to text when the source document is present:
 * `before` + `span` + `after` is the sentence, `span` being the highlighted part.
 */
export const EvidenceSchema = z.object({
  locator: z.string(),
  doc: z.string().nullable(),
  sentenceId: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** False when the source file is absent or the locator does not match it; the locator alone is then given. */
  resolved: z.boolean(),
  sentence: z.string().optional(),
  before: z.string().optional(),
  span: z.string().optional(),
  after: z.string().optional(),
  sectionId: z.string().nullable().optional(),
  paragraphId: z.string().nullable().optional(),
  /** Why it could not be resolved, when it could not. */
  reason: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DegreeSchema = z.object({
  total: z.number().int(),
  /** Per relationship type: outgoing and incoming counts. */
  byType: z.array(z.object({ type: RelTypeSchema, out: z.number().int(), in: z.number().int() })),
});
export type Degree = z.infer<typeof DegreeSchema>;

export const NodeDetailSchema = z.object({
  id: z.string(),
  type: NodeTypeSchema,
  labels: z.array(z.string()),
  /** Every stored property, JSON-safe (id, type, name, nameEn, summaries, aliases, evidence, type-specific ones). */
  properties: z.record(z.string(), z.unknown()),
  degree: DegreeSchema,
  evidence: z.array(EvidenceSchema),
  /** True when the node's source document was found in SOURCES_DIR and evidence carries text. */
  sourcePresent: z.boolean(),
  /** Set when the id asked for was merged into this node (POST /api/nodes/:id/merge). */
  redirectedFrom: z.string().optional(),
});
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

export const NEIGHBOR_DIRECTIONS = ["both", "out", "in"] as const;

export const NeighborsQuerySchema = z.object({
  depth: intParam(1, 3, 1).describe("Hops from the node, 1 to 3"),
  rel: RelTypesFilter,
  types: NodeTypesFilter,
  direction: z.enum(NEIGHBOR_DIRECTIONS).default("both"),
  limit: intParam(1, 1000, 150).describe("Most neighbours to return (nearest first); the rest are counted in omitted"),
  inferred: boolParam(true).describe("Include inferred relationships (default true)"),
  document: DocumentIdsFilter,
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

/**
 * The neighbourhood as a graph payload (the centre node included). attributes: center, depth, total
 * (neighbours that matched), truncated/omitted/omittedByType/omittedEdges for what the cap left out.
 */
export const NeighborsResponseSchema = GraphPayloadSchema.extend({
  attributes: GraphPayloadSchema.shape.attributes.extend({
    center: z.string(),
    depth: z.number().int(),
    total: z.number().int(),
    omittedByType: z.record(z.string(), z.number().int()),
    omittedEdges: z.number().int(),
  }),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;

export const nodeRoute = route({
  method: "get",
  path: "/nodes/{id}",
  summary: "One node: properties, degree by type, evidence resolved to text",
  params: NodeParamsSchema,
  response: NodeDetailSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "standard",
});

export const neighborsRoute = route({
  method: "get",
  path: "/nodes/{id}/neighbors",
  summary: "A node's neighbourhood (depth 1–3), capped, saying what was left out",
  params: NodeParamsSchema,
  query: NeighborsQuerySchema,
  response: NeighborsResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "standard",
});
