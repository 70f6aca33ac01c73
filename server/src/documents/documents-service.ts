// Source documents: those the database holds a graph of, and those present in SOURCES_DIR.
// The text itself is read from SOURCES_DIR at run time, never stored in the project or the database.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sourceFileName } from "../../../graph-seed/src/document/index.ts";
import { readImportFailure } from "../../../graph-seed/src/import/index.ts";
import type {
  DocumentAnswer,
  DocumentDetail,
  DocumentStatus,
  DocumentSummary,
  DocumentsResponse,
} from "../api/documents.ts";
import type { AppConfig } from "../config.ts";
import type { SourceDeps } from "../http/app-deps.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { readDocumentRows } from "./documents-repository.ts";
import { importJobsOf } from "./import-jobs.ts";
import { loadSource } from "./source-documents.ts";

const SOURCE_SUFFIX = ".zh.txt";

/** The list also reads each seed's English title from the repository. */
type DocumentsDeps = SourceDeps & { config: Pick<AppConfig, "repoRoot"> };

export async function listDocuments(deps: DocumentsDeps): Promise<DocumentsResponse> {
  const rows = await readDocumentRows(deps.driver, deps.database, deps.config.queryTimeoutMs);
  const files = (await readdir(deps.config.sourcesDir).catch(() => [] as string[])).filter((f) =>
    f.endsWith(SOURCE_SUFFIX),
  );
  const failed = await failedIds(deps.config.sourcesDir);
  const ids = [
    ...new Set([...rows.map((r) => r.id), ...files.map((f) => f.slice(0, -SOURCE_SUFFIX.length)), ...failed]),
  ].sort();
  const jobs = importJobsOf(deps);
  const documents: DocumentSummary[] = [];
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    const src = await loadSource(deps.config.sourcesDir, id);
    const status: DocumentStatus = jobs.get(id)
      ? "importing"
      : failed.includes(id) && !row?.loaded
        ? "failed"
        : (row?.status ?? "unloaded");
    documents.push({
      id,
      file: sourceFileName(id),
      title: src?.document.metadata.title ?? null,
      titleEn: await seedTitleEn(deps.config.repoRoot, id),
      present: src !== null,
      loaded: row?.loaded ?? false,
      version: row?.version ?? null,
      status,
      nodes: row?.nodes ?? 0,
      relationships: row?.relationships ?? 0,
      language: row?.language ?? null,
      firstLoadedAt: row?.firstLoadedAt ?? null,
    });
  }
  return { documents };
}

/** Ids with an import failure record in SOURCES_DIR. */
async function failedIds(sourcesDir: string): Promise<string[]> {
  const suffix = ".import-failed.json";
  const names = await readdir(sourcesDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(suffix)).map((n) => n.slice(0, -suffix.length));
}

/** GET /documents/{id}: a running import's phase, a failed one's error, else the document with its status. */
export async function documentAnswer(deps: SourceDeps, id: string): Promise<DocumentAnswer> {
  const job = importJobsOf(deps).get(id);
  if (job) return { id, status: "importing", progress: job.progress, error: null };
  const rows = await readDocumentRows(deps.driver, deps.database, deps.config.queryTimeoutMs);
  const row = rows.find((r) => r.id === id);
  if (!row?.loaded) {
    const failure = await readImportFailure(deps.config.sourcesDir, id);
    if (failure)
      return { id, status: "failed", progress: null, error: { code: failure.code, message: failure.message } };
  }
  return { ...(await documentDetail(deps, id, row !== undefined)), status: row?.status ?? "unloaded" };
}

async function documentDetail(deps: SourceDeps, id: string, known: boolean): Promise<Omit<DocumentDetail, "status">> {
  const src = await loadSource(deps.config.sourcesDir, id);
  if (!src) {
    if (!known) throw notFound(`documents: no document "${id}"`);
    // Known from its graph, but the text is not here: the client shows locators and summaries instead.
    throw new ApiError(
      "NOT_FOUND",
      `documents: the source file of "${id}" is not in SOURCES_DIR; put ${sourceFileName(id)} there to read it`,
      {
        reason: "SOURCE_ABSENT",
        document: id,
      },
    );
  }
  const d = src.document;
  return {
    id,
    file: path.basename(src.file),
    sha256: src.sha256,
    metadata: d.metadata,
    sections: d.sections,
    paragraphs: d.paragraphs,
    sentences: d.sentences,
    notes: d.notes,
  };
}

/** The curated English title from the seed's document.json, when the seed folder is present. */
async function seedTitleEn(repoRoot: string, id: string): Promise<string | null> {
  try {
    const raw = JSON.parse(
      await readFile(path.join(repoRoot, "graph-seed", "documents", id, "document.json"), "utf8"),
    ) as { titleEn?: unknown };
    return typeof raw.titleEn === "string" ? raw.titleEn : null;
  } catch {
    return null;
  }
}
