// GET /api/search: ranked hits over names, English names, aliases and summaries.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { DocumentIdsFilter, intParam, NodeTypesFilter, NodeTypeSchema } from "./common.ts";

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "q is required")
    .max(200)
    .describe("Chinese substring, English words or prefixes; Lucene syntax is escaped"),
  types: NodeTypesFilter,
  document: DocumentIdsFilter,
  limit: intParam(1, 100, 20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SEARCH_FIELDS = ["name", "nameEn", "aliases", "summaryZh", "summaryEn"] as const;

export const SearchHitSchema = z.object({
  id: z.string(),
  type: NodeTypeSchema,
  name: z.string(),
  nameEn: z.string(),
  /** The document the node comes from (its home document; null for a node loaded without one). */
  document: z.string().nullable(),
  score: z.number(),
  /** The field the fragment comes from. */
  field: z.enum(SEARCH_FIELDS),
  /** The matched text with some context; `highlight` is the matched span inside it, in UTF-16 units. */
  fragment: z.string(),
  highlight: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** fulltext: the Lucene index (cjk bigrams, English words/prefixes/fuzzy); contains: substring fallback. */
  how: z.enum(["fulltext", "contains"]),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  q: z.string(),
  hits: z.array(SearchHitSchema),
  /** True when more hits matched than `limit`. */
  truncated: z.boolean(),
  /**
   * How many entities match in each document, whatever the `document` filter (so a reader sees where else the
   * words occur), most first. Counted over the full-text index; over the substring fallback's hits when only it ran.
   */
  documents: z.array(z.object({ document: z.string().nullable(), hits: z.number().int() })),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const searchRoute = route({
  method: "get",
  path: "/search",
  summary: "Ranked hits over names, English names, aliases and summaries",
  query: SearchQuerySchema,
  response: SearchResponseSchema,
  errors: [...DB_ERRORS],
  cost: "standard",
});
