// The import pipeline: read → parse → extract → validate → store the text → load. Everything that can refuse
// the input runs before anything is written; a load that fails removes the files it had just written.
// Reading is graph-seed/src/read's readDocument (txt incl. GB18030, md, html, docx, pdf); its language detector
// is the only one.
import { createHash } from "node:crypto";
import { access, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { parseDocument, SOURCE_LANGUAGES, sourceFileName } from "../document/index.ts";
import { draftToSeed, extractDraft } from "../extract/index.ts";
import { isSeedCurrent, loadSeed } from "../load/index.ts";
import { SeedValidationError, type ValidatedSeed } from "../model/seed.ts";
import { SEED_MARKER_LABEL } from "../model/types.ts";
import {
  DEFAULT_MAX_BYTES,
  findBySha256,
  importRecordFileName,
  readDocument,
  saveImport,
  type ReadResult,
} from "../read/index.ts";
import { DOC_ID_RE } from "../seed/schema.ts";
import { ImportError, toImportError } from "./errors.ts";

export const MAX_IMPORT_BYTES = DEFAULT_MAX_BYTES;
export const IMPORT_PHASES = ["read", "parse", "extract", "validate", "load"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface PrepareOptions {
  bytes: Uint8Array;
  fileName: string;
  id?: string | undefined;
  titleEn?: string | undefined;
  sourcesDir: string;
  /** A line per phase; `step` counts the pages of a PDF while it is read (and the batches of the load). */
  progress?: ImportProgress;
}

export type ImportProgress = (phase: ImportPhase, detail: string, step?: { done: number; total: number }) => void;

export interface ImportOptions extends PrepareOptions {
  driver: Driver;
  database: string;
}

/** A document read, parsed, drafted and validated, not yet written anywhere. */
export interface PreparedImport {
  id: string;
  language: "zh" | "en";
  text: string;
  file: string;
  /** The same text is already stored under this id. */
  stored: boolean;
  /** The same bytes were imported before (their import record names the id, which this import takes). */
  duplicate: boolean;
  read: ReadResult;
  fileName: string;
  seed: ValidatedSeed;
  ms: Record<ImportPhase, number>;
  progress: ImportProgress;
}

export interface ImportResult {
  id: string;
  language: "zh" | "en";
  file: string;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** False when the same text was already imported and loaded: nothing was written. */
  loaded: boolean;
  /** The same bytes were imported before, as this id. */
  duplicate: boolean;
  ms: Record<ImportPhase, number>;
}

/** A document id from a file name: its ascii words in kebab-case, else "doc-" and a hash of the text. */
export function idFromFileName(fileName: string, text: string): string {
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, "")
    .replace(/\.(zh|en)$/, "");
  const kebab = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return kebab.length >= 3 ? kebab : `doc-${createHash("sha256").update(text).digest("hex").slice(0, 10)}`;
}

const count = (xs: { type: string }[]) =>
  xs.reduce<Record<string, number>>((a, x) => ((a[x.type] = (a[x.type] ?? 0) + 1), a), {});

/** Read → parse → extract → validate, with no database and no write: every refusal of the input happens here. */
export async function prepareImport(o: PrepareOptions): Promise<PreparedImport> {
  const progress = o.progress ?? (() => {});
  const ms = {} as Record<ImportPhase, number>;
  let t = performance.now();
  const lap = (p: ImportPhase) => {
    const now = performance.now();
    ms[p] = Math.round(now - t);
    t = now;
  };

  let read: ReadResult;
  try {
    read = await readDocument(o.bytes, o.fileName, {
      maxBytes: MAX_IMPORT_BYTES,
      onProgress: (p) => {
        if (p.total > 1) progress("read", `page ${p.done}/${p.total}`, p);
      },
    });
  } catch (e) {
    throw toImportError(e);
  }
  const { language } = read;
  // The text as it is stored: every locator counts into this string.
  const text = `${read.text}\n`;
  const earlier = await findBySha256(o.sourcesDir, read.sha256);
  const id = earlier?.id ?? o.id ?? idFromFileName(o.fileName, text);
  if (!DOC_ID_RE.test(id))
    throw new ImportError("IMPORT_ID_INVALID", `document id "${id}" must be lowercase kebab-case`);
  lap("read");
  const warnings = read.warnings.length ? `; ${read.warnings.join("; ")}` : "";
  progress(
    "read",
    `${o.fileName}: ${read.format}, ${Array.from(read.text).length} characters, language ${language}, id ${id}` +
      `${earlier ? ` (the same bytes were imported before as "${id}")` : ""}${warnings}`,
  );

  const file = path.join(o.sourcesDir, sourceFileName(id, language));
  const stored = await existingText(o.sourcesDir, id);
  // The stored file is the normalized text and one final newline (as writeSourceText writes it), so a source
  // placed in SOURCES_DIR by hand, like the repository's own papers, is the same document when it reads the same.
  if (stored && (storedContent(stored.text) !== storedContent(text) || stored.file !== file))
    throw new ImportError(
      "IMPORT_ID_EXISTS",
      `a different document is stored as "${id}" (${stored.file}); choose another --id`,
    );

  const doc = parseDocument(text, id);
  lap("parse");
  progress(
    "parse",
    `${doc.sections.length} sections, ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences`,
  );

  const graph = extractDraft(doc, language);
  lap("extract");
  progress("extract", `${graph.nodes.length} draft nodes, ${graph.edges.length} draft edges`);

  // The seed records the sha256 of the file every locator points into, as the loader will hash it: the stored
  // bytes when the file is already there, else the bytes about to be written (text and its final newline).
  const sha256 = createHash("sha256")
    .update(stored ? stored.bytes : Buffer.from(storedContent(text), "utf8"))
    .digest("hex");
  let seed;
  try {
    seed = draftToSeed(graph, {
      doc,
      file: path.basename(file),
      sha256,
      titleEn: o.titleEn ?? doc.metadata.title,
      language,
    });
  } catch (e) {
    if (e instanceof SeedValidationError) throw new ImportError("IMPORT_INVALID_DRAFT", e.message);
    throw e;
  }
  lap("validate");
  progress("validate", "draft passes the seed schemas; every locator resolves");
  return {
    id,
    language,
    text,
    file,
    stored: stored !== null,
    duplicate: earlier !== null,
    read,
    fileName: o.fileName,
    seed,
    ms,
    progress,
  };
}

/** Stores the text and loads the draft; a curated document of the same id is refused first. */
export async function commitImport(p: PreparedImport, driver: Driver, database: string): Promise<ImportResult> {
  const { id, language, file, stored, seed, ms, progress } = p;
  const t = performance.now();
  const lap = () => (ms.load = Math.round(performance.now() - t));
  await refuseCurated(driver, database, id);
  const result = {
    id,
    language,
    file,
    nodes: seed.nodes.length,
    edges: seed.edges.length,
    nodesByType: count(seed.nodes),
    edgesByType: count(seed.edges),
    duplicate: p.duplicate,
  };
  // The same text again answers the document already there (a different --title-en does not re-extract it).
  if (stored && ((await isSeedCurrent(driver, database, seed)) || (await loadedDraft(driver, database, id)))) {
    lap();
    progress("load", "the same text is already imported and loaded: nothing written");
    return { ...result, loaded: false, ms };
  }
  let created = false;
  try {
    // Text, then its import record (sha256 of the original bytes: how the same bytes are recognised later).
    // A text already there (placed by hand, or an earlier import) is left as it is.
    if (!stored) created = (await saveImport(path.dirname(file), id, p.read, p.fileName)).created;
    await loadSeed(driver, seed, {
      database,
      onProgress: (s) => {
        if (s.phase === "nodes" || s.phase === "edges")
          progress("load", `${s.phase} ${s.done}/${s.total}`, { done: s.done, total: s.total });
      },
    });
  } catch (e) {
    if (created) await removeImportFiles(file, id);
    throw toImportError(e);
  }
  lap();
  return { ...result, loaded: true, ms };
}

/** The whole pipeline in one call (what an HTTP route would use). */
export async function importDocument(o: ImportOptions): Promise<ImportResult> {
  return commitImport(await prepareImport(o), o.driver, o.database);
}

/** Removes the text and the import record an import wrote (a failed load, or DELETE of an imported document). */
export async function removeImportFiles(textFile: string, id: string): Promise<void> {
  await unlink(textFile).catch(() => {});
  await unlink(path.join(path.dirname(textFile), importRecordFileName(id))).catch(() => {});
}

/** What the import stores: the normalized text with one final newline, like every text file in SOURCES_DIR. */
const storedContent = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

async function existingText(
  sourcesDir: string,
  id: string,
): Promise<{ file: string; text: string; bytes: Buffer } | null> {
  for (const lang of SOURCE_LANGUAGES) {
    const file = path.join(sourcesDir, sourceFileName(id, lang));
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    ) {
      const bytes = await readFile(file);
      return { file, text: bytes.toString("utf8"), bytes };
    }
  }
  return null;
}

/** True when the database holds a completed draft load of the document. */
async function loadedDraft(driver: Driver, database: string, id: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $id}) RETURN m.completed = true AND m.version STARTS WITH 'draft' AS done`,
    { id },
    { database, routing: "READ" },
  );
  return records[0]?.get("done") === true;
}

/** A curated document is never overwritten by a draft: its seed marker's version does not start with "draft". */
async function refuseCurated(driver: Driver, database: string, id: string): Promise<void> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $id}) RETURN m.version AS version`,
    { id },
    { database, routing: "READ" },
  );
  const version = records[0]?.get("version") as string | null | undefined;
  if (records.length > 0 && !(typeof version === "string" && version.startsWith("draft")))
    throw new ImportError("IMPORT_ID_EXISTS", `"${id}" is a curated document in the database; choose another --id`);
}
