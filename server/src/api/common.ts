// Building blocks shared by the contract's schemas: ids, comma-separated allow-list filters, the error body.
import { z } from "zod";
import { ERROR_CODES } from "../http/errors.ts";
import { KEBAB_ID, KEBAB_ID_RE } from "../../../graph-seed/src/model/ids.ts";
import { NODE_TYPES, REL_TYPES } from "../../../graph-seed/src/model/types.ts";

/** Node ids are kebab-case ascii in the seed; the API accepts any id-like token and answers 404 for unknown ones. */
export const NodeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,200}$/, "an id is 1–200 characters of letters, digits, '.', '_' or '-'")
  .describe("A node's stable id, e.g. industrial-chain-resilience");

/** Document ids double as file stems, so they are kept to the same safe alphabet (no path tricks). */
export const DocumentIdSchema = z
  .string()
  .regex(KEBAB_ID_RE, "a document id is lowercase kebab-case")
  .max(200)
  .describe("A source document's id, e.g. beijing-industrial-chain-resilience");

/**
 * One or several document ids, comma-separated (spaces around them allowed, repeats dropped); an empty string or
 * no parameter means every document. Each id has DocumentIdSchema's alphabet, so the pattern states the rule.
 */
export const DocumentIdsFilter = z
  .string()
  .max(2000)
  .regex(
    new RegExp(`^(?: *${KEBAB_ID} *(?:, *${KEBAB_ID} *)*)?$`),
    "a comma-separated list of lowercase kebab-case document ids",
  )
  .optional()
  .describe("Comma-separated document ids: only these documents' nodes (all documents when absent)")
  .transform((s) => (s ? [...new Set(s.split(",").map((v) => v.trim()))] : null));

/** `^(?:a|b|c)$`-style alternation of literal values, for patterns built from an allow-list. */
const alternation = (values: readonly string[]) =>
  values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/**
 * A comma-separated filter whose values must come from an allow-list: labels and relationship types reach
 * Cypher only from these lists, never from a request string. The pattern is built from the same list, so the
 * OpenAPI document says exactly what is accepted: values separated by commas, spaces around them allowed,
 * repeats dropped; an empty string means no filter.
 */
export function csvOf<T extends string>(values: readonly [T, ...T[]], what: string) {
  const one = ` *(?:${alternation(values)}) *`;
  return z
    .string()
    .max(1000)
    .regex(new RegExp(`^(?:${one}(?:,${one})*)?$`), `a comma-separated list of ${what}: ${values.join(", ")}`)
    .optional()
    .describe(`Comma-separated ${what}: ${values.join(", ")}`)
    .transform((s) => (s ? [...new Set(s.split(",").map((v) => v.trim()))] : null))
    .pipe(z.array(z.enum(values)).nullable());
}

export const NodeTypesFilter = csvOf(NODE_TYPES, "node types");
export const RelTypesFilter = csvOf(REL_TYPES, "relationship types");

/**
 * Query-string integers: "10" → 10, within bounds, with a default. Only plain decimal digits are numbers here
 * (not " 5", "0x10", "1e1" or "", which Number() would take), so the document's `type: integer` is the rule.
 */
export const intParam = (min: number, max: number, fallback: number) =>
  z
    .preprocess(
      (v) => (typeof v === "string" && /^-?\d{1,16}$/.test(v) ? Number(v) : v),
      z.number().int().min(min).max(max),
    )
    .optional()
    .transform((v) => v ?? fallback) as unknown as z.ZodDefault<z.ZodType<number, number | `${number}`>>;

/** Query-string booleans: only "true"/"false"/"1"/"0" are accepted, anything else is a 400. */
export const boolParam = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

export const NodeTypeSchema = z.enum(NODE_TYPES);
export const RelTypeSchema = z.enum(REL_TYPES);

/** Every error leaves as this body, with a stable code and the request id to quote in a report. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    requestId: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** A node as lists and hits show it: enough to label and colour it. */
export const NodeRefSchema = z.object({
  id: z.string(),
  type: NodeTypeSchema,
  name: z.string(),
  nameEn: z.string(),
});
export type NodeRef = z.infer<typeof NodeRefSchema>;
