// GET /api/documents/{a}/compare/{b}: what two documents share, what each holds alone, and where a measure of one
// addresses a problem the other names.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { DocumentIdSchema, NodeRefSchema } from "./common.ts";

export const CompareParamsSchema = z.object({ a: DocumentIdSchema, b: DocumentIdSchema });
export type CompareParams = z.infer<typeof CompareParamsSchema>;

/** Why two entities are proposed as the same: each reason found adds to the score (capped at 1). */
export const SHARED_REASONS = ["same-name", "alias", "same-english-name", "keywords"] as const;

export const SharedPairSchema = z.object({
  a: NodeRefSchema,
  b: NodeRefSchema,
  /** 0..1; 1 for a confirmed pair, otherwise the candidate's deterministic score. */
  score: z.number(),
  reasons: z.array(z.enum(SHARED_REASONS)),
  /** Confirmed: one node carrying evidence from both documents (a merge made it so); candidates await review. */
  confirmed: z.boolean(),
});
export type SharedPair = z.infer<typeof SharedPairSchema>;

export const CrossTieSchema = z.object({
  /** The document the measure comes from, and the one whose problem it meets. */
  from: z.string(),
  to: z.string(),
  measure: NodeRefSchema,
  problem: NodeRefSchema,
  /** The shared entity the tie goes through: a problem of both, or a concept both connect to. */
  via: NodeRefSchema,
  viaKind: z.enum(["shared-problem", "shared-concept"]),
});
export type CrossTie = z.infer<typeof CrossTieSchema>;

export const CompareResponseSchema = z.object({
  a: z.object({ id: z.string(), title: z.string().nullable(), entities: z.number().int() }),
  b: z.object({ id: z.string(), title: z.string().nullable(), entities: z.number().int() }),
  /** Confirmed pairs first, then candidates, highest score first (at most 300). */
  shared: z.array(SharedPairSchema),
  /** Entities of A in no shared pair scoring 0.5 or more (likewise for B). */
  onlyA: z.array(NodeRefSchema),
  onlyB: z.array(NodeRefSchema),
  /** Measures of one document that address a problem of the other, through a shared problem or concept. */
  crossTies: z.array(CrossTieSchema),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;

export const compareRoute = route({
  method: "get",
  path: "/documents/{a}/compare/{b}",
  summary: "Two documents side by side: shared entities (confirmed and candidates), each one's own, cross ties",
  params: CompareParamsSchema,
  response: CompareResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "costly",
  rules: [{ fields: ["a", "b"], rule: "a and b must differ" }],
});
