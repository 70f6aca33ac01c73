// GET /api/schema: what the database holds and how the client should draw it.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { NodeTypeSchema, RelTypeSchema } from "./common.ts";

export const SchemaResponseSchema = z.object({
  /** Every label in the database with its node count (Entity, the node types, the seed marker). */
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  /** Every relationship type in the database with its count. */
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  /** Property keys in use, sorted. */
  propertyKeys: z.array(z.string()),
  /** The model's node types (all of them, also those with no node yet), their colours and counts. */
  nodeTypes: z.array(z.object({ type: NodeTypeSchema, color: z.string(), count: z.number().int() })),
  /** The model's relationship types with counts (0 when none yet). */
  relTypes: z.array(z.object({ type: RelTypeSchema, count: z.number().int() })),
  totals: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  /** Relationship counts per (node type, relationship type, node type): the schema drawn as a graph. */
  patterns: z.array(z.object({ from: z.string(), type: z.string(), to: z.string(), count: z.number().int() })),
  /** Labels the product keeps for itself (seed marker, audit trail, redirects): never knowledge nodes. */
  internalLabels: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof SchemaResponseSchema>;

export const schemaRoute = route({
  method: "get",
  path: "/schema",
  summary: "Labels, relationship types, property keys, node types and their colours",
  response: SchemaResponseSchema,
  errors: [...DB_ERRORS],
  cost: "standard",
});
