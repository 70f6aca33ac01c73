// POST /api/cypher: a read-only, bounded Cypher console.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { GraphPayloadSchema } from "./graph-payload.ts";

export const CypherBodySchema = z
  .object({
    query: z.string().trim().min(1, "query is required").max(20_000),
    /** Values enter the query only as $parameters. */
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type CypherBody = z.input<typeof CypherBodySchema>;

export const CypherSummarySchema = z.object({
  /** Neo4j's classification from EXPLAIN; the console only runs 'r'. */
  queryType: z.literal("r"),
  /** Wall time of the run, in milliseconds. */
  ms: z.number(),
  rows: z.number().int(),
  /** True when the row cap stopped the stream. */
  truncated: z.boolean(),
  maxRows: z.number().int(),
});

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** One object per row, keyed by column; Integers as numbers where safe, temporals as ISO strings. */
  rows: z.array(z.record(z.string(), z.unknown())),
  /** Every node, relationship and path in the rows, keyed by `id` when present, else by elementId. */
  graph: GraphPayloadSchema,
  summary: CypherSummarySchema,
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

export const cypherRoute = route({
  method: "post",
  path: "/cypher",
  summary: "Run a read-only Cypher query: classified, read transaction, timeout, row cap",
  body: CypherBodySchema,
  response: CypherResponseSchema,
  errors: ["CYPHER_SYNTAX", "READ_ONLY", "TOO_LARGE", ...DB_ERRORS],
  cost: "cypher",
});
