// GET /api/documents and GET /api/documents/:id: the source documents as a reader can show them.
import { z } from "zod";
import { DB_ERRORS, route } from "./route.ts";
import { DocumentIdSchema } from "./common.ts";

export const DocumentParamsSchema = z.object({ id: DocumentIdSchema });
export type DocumentParams = z.infer<typeof DocumentParamsSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  /** The source file name inside SOURCES_DIR. */
  file: z.string(),
  title: z.string().nullable(),
  titleEn: z.string().nullable(),
  /** True when the source file is in SOURCES_DIR, so text can be shown. */
  present: z.boolean(),
  /** True when the database holds a completed load of the document's graph. */
  loaded: z.boolean(),
  version: z.string().nullable(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  /** "draft" while any node awaits review, else "curated" (null when no graph is loaded). */
  status: z.enum(["draft", "curated"]).nullable(),
  language: z.string().nullable(),
  /** When the graph was first loaded (kept through re-loads): the client's default view is the curated one loaded first. */
  firstLoadedAt: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentsResponseSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

export const DocSentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  role: z.string(),
  sectionId: z.string().nullable(),
  paragraphId: z.string().nullable(),
  length: z.number().int(),
});
export const DocParagraphSchema = z.object({ id: z.string(), sectionId: z.string(), sentenceIds: z.array(z.string()) });
export const DocSectionSchema = z.object({
  id: z.string(),
  level: z.string(),
  numbering: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  headingSentenceId: z.string().nullable(),
  parentId: z.string().nullable(),
  childIds: z.array(z.string()),
  paragraphIds: z.array(z.string()),
});

export const DocumentDetailSchema = z.object({
  id: z.string(),
  file: z.string(),
  sha256: z.string(),
  metadata: z.object({
    title: z.string(),
    author: z.string().nullable(),
    affiliation: z.string().nullable(),
    editor: z.string().nullable(),
    keywords: z.array(z.string()),
    /** The date line under the title, as printed (an official document's "（2018年1月2日）"). */
    date: z.string().nullable().optional(),
  }),
  sections: z.array(DocSectionSchema),
  paragraphs: z.array(DocParagraphSchema),
  sentences: z.array(DocSentenceSchema),
  notes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      sentenceIds: z.array(z.string()),
      foundInSectionId: z.string().nullable(),
    }),
  ),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const documentsRoute = route({
  method: "get",
  path: "/documents",
  summary: "Source documents, loaded and/or present",
  response: DocumentsResponseSchema,
  errors: [...DB_ERRORS],
  cost: "standard",
});

export const documentRoute = route({
  method: "get",
  path: "/documents/{id}",
  summary: "A source document's sections, paragraphs and sentences",
  params: DocumentParamsSchema,
  response: DocumentDetailSchema,
  errors: ["NOT_FOUND"],
  cost: "standard",
});
