// The seed file format: one zod schema per file of graph-seed/documents/<doc-id>/, also emitted as JSON Schema
// (graph-seed/schemas/, via `npx tsx graph-seed/tools/write-json-schema.ts`) so editors validate while authoring.
import { z } from "zod";
import { KEBAB_ID_RE } from "../model/ids.ts";
import { EVIDENCE_RE } from "../model/locator.ts";
import { NODE_TYPES, REL_TYPES } from "../model/types.ts";

/** Node ids: lowercase ascii words joined by '-', e.g. "industrial-chain-resilience". */
export const NODE_ID_RE = KEBAB_ID_RE;
/** Document ids double as file stems: `<id>.zh.txt`. */
export const DOC_ID_RE = KEBAB_ID_RE;
/** Evidence as written in the files (the grammar is the model's, model/locator.ts). */
export { EVIDENCE_RE };

/**
 * A node's own property names: what the loader writes as Neo4j property keys. Neo4j refuses an empty key or
 * one with a NUL (the whole batch fails, leaving a half-loaded graph), and the console reads them as `n.key`:
 * so identifiers only, as every curated seed uses (`order`, `pathNo`, `asOf`).
 */
export const PROP_KEY_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** A lone UTF-16 surrogate (only reachable through a JSON escape such as "\ud800"): not storable as UTF-8. */
const LONE_SURROGATE_RE = /[\ud800-\udfff]/u;
/** Every string the loader writes: well-formed Unicode, so what is stored is exactly what the seed says. */
const str = z
  .string()
  .refine((s) => !LONE_SURROGATE_RE.test(s), "contains a lone UTF-16 surrogate (a broken \\u escape)");
const text = str.trim().min(1);

/**
 * Draft fields: what an extractor rule made carries `status: "draft"`, its `confidence` (0–1) and the rule's name
 * as `method`; absent status means curated, so hand-written seeds need none of them.
 */
export const DRAFT_STATUSES = ["draft", "curated"] as const;
const draftFields = {
  status: z.enum(DRAFT_STATUSES).optional(),
  confidence: z.number().min(0).max(1).optional(),
  method: z.string().regex(KEBAB_ID_RE, "method is the rule's kebab-case name").optional(),
};
function draftNeedsProvenance(
  e: { status?: string | undefined; confidence?: number | undefined; method?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (e.status !== "draft") return;
  for (const k of ["confidence", "method"] as const)
    if (e[k] === undefined) ctx.addIssue({ code: "custom", path: [k], message: `a draft needs ${k}` });
}
const evidence = z
  .array(z.string().regex(EVIDENCE_RE, 'a locator is "sentence-id@start-end" (or "doc#sentence-id@start-end")'))
  .min(1, "needs at least one evidence locator");

export const documentFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(DOC_ID_RE, "document id must be lowercase kebab-case"),
    file: text.describe("Source file name inside SOURCES_DIR, <id>.zh.txt"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex digits"),
    titleEn: text,
    language: text,
    version: text.describe("Bump when the curated graph changes"),
  })
  .strict();

export const nodeSchema = z
  .object({
    id: z.string().regex(NODE_ID_RE, "node id must be lowercase kebab-case ascii"),
    type: z.enum(NODE_TYPES),
    name: text.describe("As the paper says it (Chinese)"),
    nameEn: text,
    summaryZh: text.describe("One line, the curator's own words"),
    summaryEn: text,
    aliases: z.array(text).default([]),
    evidence,
    props: z
      .record(
        z.string().regex(PROP_KEY_RE, "a property name is a letter then up to 63 letters, digits or _"),
        // z.number() refuses NaN and ±Infinity (JSON's 1e999), which Neo4j would store as a float of no use.
        z.union([str, z.number(), z.boolean(), z.null()]),
      )
      .default({}),
    ...draftFields,
  })
  .strict()
  .superRefine(draftNeedsProvenance);

export const edgeSchema = z
  .object({
    type: z.enum(REL_TYPES),
    source: z.string().regex(NODE_ID_RE, "source must be a node id"),
    target: z.string().regex(NODE_ID_RE, "target must be a node id"),
    evidence,
    inferred: z.boolean().default(false),
    whyZh: str.default(""),
    whyEn: str.default(""),
    ...draftFields,
  })
  .strict()
  .superRefine((e, ctx) => {
    draftNeedsProvenance(e, ctx);
    if (!e.inferred) return;
    for (const k of ["whyZh", "whyEn"] as const) {
      if (e[k].trim() === "") ctx.addIssue({ code: "custom", path: [k], message: `an inferred edge needs ${k}` });
    }
  });

export const nodesFileSchema = z.object({ $schema: z.string().optional(), nodes: z.array(nodeSchema) }).strict();
export const edgesFileSchema = z.object({ $schema: z.string().optional(), edges: z.array(edgeSchema) }).strict();

export type DocumentFile = z.infer<typeof documentFileSchema>;
export type NodeEntry = z.infer<typeof nodeSchema>;
export type EdgeEntry = z.infer<typeof edgeSchema>;

/** The files of a document folder and their schemas. */
export const SEED_FILES = {
  "document.json": documentFileSchema,
  "nodes.json": nodesFileSchema,
  "edges.json": edgesFileSchema,
} as const;
export type SeedFileName = keyof typeof SEED_FILES;

export function edgeId(e: { source: string; type: string; target: string }): string {
  return `${e.source}--${e.type}--${e.target}`;
}
