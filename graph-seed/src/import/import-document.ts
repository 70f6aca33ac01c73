// The import pipeline: read → parse → extract → validate → store the text → load. Everything that can refuse
// the input runs before anything is written; a load that fails removes the text file it had just written.
import { createHash } from "node:crypto";
import { access, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { parseDocument, SOURCE_LANGUAGES, sourceFileName } from "../document/index.ts";
import { draftToSeed, extractDraft } from "../extract/index.ts";
import { isSeedCurrent, loadSeed } from "../load/index.ts";
import { SeedValidationError, type ValidatedSeed } from "../model/seed.ts";
import { SEED_MARKER_LABEL } from "../model/types.ts";
import { DOC_ID_RE } from "../seed/schema.ts";
import { ImportError } from "./errors.ts";
import { defaultReader, type DocumentReader } from "./read-text.ts";

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const IMPORT_PHASES = ["read", "parse", "extract", "validate", "load"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface PrepareOptions {
  bytes: Uint8Array;
  fileName: string;
  id?: string | undefined;
  titleEn?: string | undefined;
  sourcesDir: string;
  reader?: DocumentReader;
  progress?: (phase: ImportPhase, detail: string) => void;
}

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
  seed: ValidatedSeed;
  ms: Record<ImportPhase, number>;
  progress: (phase: ImportPhase, detail: string) => void;
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

  if (o.bytes.length === 0) throw new ImportError("IMPORT_EMPTY", `${o.fileName} is empty`);
  if (o.bytes.length > MAX_IMPORT_BYTES)
    throw new ImportError(
      "IMPORT_TOO_LARGE",
      `${o.fileName} has ${o.bytes.length} bytes; the limit is ${MAX_IMPORT_BYTES}`,
    );
  const { text, language } = await (o.reader ?? defaultReader)(o.bytes, o.fileName);
  if (text.trim() === "") throw new ImportError("IMPORT_EMPTY", `${o.fileName} has no text`);
  const id = o.id ?? idFromFileName(o.fileName, text);
  if (!DOC_ID_RE.test(id))
    throw new ImportError("IMPORT_ID_INVALID", `document id "${id}" must be lowercase kebab-case`);
  lap("read");
  progress("read", `${o.fileName}: ${Array.from(text).length} characters, language ${language}, id ${id}`);

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
  return { id, language, text, file, stored: stored !== null, seed, ms, progress };
}

/** Stores the text and loads the draft; a curated document of the same id is refused first. */
export async function commitImport(p: PreparedImport, driver: Driver, database: string): Promise<ImportResult> {
  const { id, language, text, file, stored, seed, ms, progress } = p;
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
  };
  // The same text again answers the document already there (a different --title-en does not re-extract it).
  if (stored && ((await isSeedCurrent(driver, database, seed)) || (await loadedDraft(driver, database, id)))) {
    lap();
    progress("load", "the same text is already imported and loaded: nothing written");
    return { ...result, loaded: false, ms };
  }
  if (!stored) await writeFile(file, storedContent(text), { flag: "wx" });
  try {
    await loadSeed(driver, seed, {
      database,
      onProgress: (p) => {
        if (p.phase === "nodes" || p.phase === "edges") progress("load", `${p.phase} ${p.done}/${p.total}`);
      },
    });
  } catch (e) {
    if (!stored) await unlink(file).catch(() => {});
    throw e;
  }
  lap();
  return { ...result, loaded: true, ms };
}

/** The whole pipeline in one call (what an HTTP route would use). */
export async function importDocument(o: ImportOptions): Promise<ImportResult> {
  return commitImport(await prepareImport(o), o.driver, o.database);
}

/** What the import stores: the normalized text with one final newline, like every text file in SOURCES_DIR. */
// (The stand-in plain-text reader ends its text with a newline, readDocument does not: both store the same file.)
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
