// GET /api/documents and GET /api/documents/:id: the source documents as a reader can show them, with their
// status; POST /api/documents imports a user's file (multipart), DELETE /api/documents/:id removes a graph.
import { z } from "zod";
import { IMPORT_ERROR_CODES } from "../../../graph-seed/src/import/errors.ts";
import { DEFAULT_MAX_BYTES } from "../../../graph-seed/src/read/types.ts";
import { DB_ERRORS, route } from "./route.ts";
import { DocumentIdSchema } from "./common.ts";

/**
 * Where a document stands: importing (an upload still running), draft (a drafted graph, not all reviewed),
 * curated (hand-curated, or every draft reviewed), failed (an import that failed after it was accepted; the
 * error says why), unloaded (a source text without a graph).
 */
export const DOCUMENT_STATUSES = ["importing", "draft", "curated", "failed", "unloaded"] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const ImportFailureSchema = z.object({ code: z.string(), message: z.string() });

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
  status: DocumentStatusSchema,
  nodes: z.number().int(),
  relationships: z.number().int(),
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
  status: DocumentStatusSchema,
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

/** A document with no text to show yet (importing) or any more (failed): its status, progress or error. */
export const DocumentPendingSchema = z.object({
  id: z.string(),
  status: z.enum(["importing", "failed"]),
  /** While importing: the phase (read, parse, extract, validate, load) and, for pages or batches, how far. */
  progress: z
    .object({
      phase: z.string(),
      detail: z.string(),
      done: z.number().int().nullable(),
      total: z.number().int().nullable(),
    })
    .nullable(),
  error: ImportFailureSchema.nullable(),
});
export type DocumentPending = z.infer<typeof DocumentPendingSchema>;

export const DocumentAnswerSchema = z.union([DocumentDetailSchema, DocumentPendingSchema]);
export type DocumentAnswer = z.infer<typeof DocumentAnswerSchema>;

export const ImportCountsSchema = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  nodesByType: z.record(z.string(), z.number().int()),
  edgesByType: z.record(z.string(), z.number().int()),
});

/** The multipart form's text fields (the file is the field `file`). */
export const ImportDocumentFieldsSchema = z.strictObject({
  id: DocumentIdSchema.max(100)
    .optional()
    .describe("The new document's id; by default the file name in kebab-case (or doc-<hash>)"),
  titleEn: z.string().trim().min(1).max(300).optional().describe("An English title for the document"),
});

export const ImportAnswerSchema = z.object({
  id: z.string(),
  status: z.enum(["importing", "draft", "curated"]),
  /** Draft nodes and edges by type: null while importing (202). */
  counts: ImportCountsSchema.nullable(),
  /** True when these bytes were imported before: the answer names that document (200). */
  duplicate: z.boolean(),
});
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;

export const DeleteDocumentAnswerSchema = z.object({
  id: z.string(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  /** True when the document's text (and its import record) left SOURCES_DIR: only for texts an import wrote. */
  textRemoved: z.boolean(),
});
export type DeleteDocumentAnswer = z.infer<typeof DeleteDocumentAnswerSchema>;

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
  summary: "A source document's status, sections, paragraphs and sentences (while importing or failed: its status)",
  params: DocumentParamsSchema,
  response: DocumentAnswerSchema,
  errors: ["NOT_FOUND"],
  cost: "standard",
});

export const importDocumentRoute = route({
  method: "post",
  path: "/documents",
  summary:
    "Import a document (.txt, .md, .html, .docx, .pdf with a text layer) and draft its graph: 201 when done " +
    "within a few seconds, else 202 (poll GET /documents/{id}); the same bytes again answer 200 with their id",
  body: ImportDocumentFieldsSchema,
  multipart: {
    field: "file",
    maxBytes: DEFAULT_MAX_BYTES,
    tooLargeCode: "READ_TOO_LARGE",
    description: "The document's file; its extension names the format",
  },
  response: ImportAnswerSchema,
  status: 201,
  alsoAnswers: [
    { status: 200, description: "The same bytes were imported before: their document" },
    { status: 202, description: "Accepted, still importing: GET /documents/{id} reports its status" },
  ],
  errors: [...IMPORT_ERROR_CODES, "CONFLICT", ...DB_ERRORS],
  cost: "writes",
  editor: true,
});

export const deleteDocumentRoute = route({
  method: "delete",
  path: "/documents/{id}",
  summary: "Remove a document's graph (its nodes, their edges, its load marker) and the text its import wrote",
  params: DocumentParamsSchema,
  response: DeleteDocumentAnswerSchema,
  errors: ["NOT_FOUND", "CONFLICT", ...DB_ERRORS],
  cost: "writes",
  editor: true,
});
