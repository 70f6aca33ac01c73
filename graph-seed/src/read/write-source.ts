// Writing an imported document's text into SOURCES_DIR, and finding an earlier import of the same bytes.
//
// Layout, beside the hand-placed sources:
//   <id>.<lang>.txt     the normalized text (readDocument's `text` and a final newline): the base of every locator
//   <id>.import.json    the import record: sha256 of the ORIGINAL bytes, format, file name, language, time
// The text is written first and the record second, each through a temporary file; the text appears through
// link(2), which fails when the name exists, so two imports racing for one id cannot overwrite each other.
import { randomBytes } from "node:crypto";
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { KEBAB_ID_RE } from "../model/ids.ts";
import { ReadError } from "./errors.ts";
import { sha256Hex } from "./read-document.ts";
import { LANGUAGES, type Language, type ReadResult } from "./types.ts";

export const SOURCE_ID_RE = KEBAB_ID_RE;

export function sourceTextFileName(id: string, language: Language): string {
  return `${id}.${language}.txt`;
}

export const importRecordFileName = (id: string) => `${id}.import.json`;

/** What `<id>.import.json` holds. */
export interface ImportRecord {
  id: string;
  /** sha256 of the uploaded file's bytes: "the same bytes imported twice" is found by it. */
  sha256: string;
  /** sha256 of the text file written (UTF-8, with its final newline). */
  textSha256: string;
  format: ReadResult["format"];
  fileName: string;
  language: Language;
  /** Code points of the text. */
  chars: number;
  importedAt: string;
}

function checkId(id: string, language: string): void {
  if (!SOURCE_ID_RE.test(id) || id.length > 100) {
    throw new ReadError("READ_BAD_ID", `"${id}" is not a document id (kebab-case: a-z, 0-9 and single hyphens)`);
  }
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw new ReadError("READ_BAD_ID", `"${language}" is not a language (zh or en)`);
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
const tempName = (file: string) => `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;

export interface WrittenSource {
  file: string;
  /** False when the same text was already there (an idempotent repeat). */
  created: boolean;
}

/**
 * Writes `SOURCES_DIR/<id>.<lang>.txt` atomically. The same text already there is a no-op; a different text, or
 * the id's text in the other language, is READ_SOURCE_EXISTS (the HTTP route's 409).
 */
export async function writeSourceText(
  sourcesDir: string,
  id: string,
  language: Language,
  text: string,
): Promise<WrittenSource> {
  checkId(id, language);
  await mkdir(sourcesDir, { recursive: true });
  const file = path.join(sourcesDir, sourceTextFileName(id, language));
  const content = `${text}\n`;
  for (const other of LANGUAGES.filter((l) => l !== language)) {
    if (await exists(path.join(sourcesDir, sourceTextFileName(id, other)))) {
      throw new ReadError(
        "READ_SOURCE_EXISTS",
        `document "${id}" already exists (as ${sourceTextFileName(id, other)})`,
      );
    }
  }
  const temp = tempName(file);
  await writeFile(temp, content, { encoding: "utf8", flag: "wx" });
  try {
    await link(temp, file);
    return { file, created: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const existing = await readFile(file, "utf8");
    if (existing !== content) {
      throw new ReadError("READ_SOURCE_EXISTS", `document "${id}" already exists with a different text`);
    }
    return { file, created: false };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  const temp = tempName(file);
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { encoding: "utf8", flag: "wx" });
  await rename(temp, file);
}

/** Writes the text, then its import record. Returns the record. */
export async function saveImport(
  sourcesDir: string,
  id: string,
  read: ReadResult,
  fileName: string,
  now: Date = new Date(),
): Promise<ImportRecord & WrittenSource> {
  const written = await writeSourceText(sourcesDir, id, read.language, read.text);
  const record: ImportRecord = {
    id,
    sha256: read.sha256,
    textSha256: sha256Hex(Buffer.from(`${read.text}\n`, "utf8")),
    format: read.format,
    fileName: path.basename(fileName),
    language: read.language,
    chars: Array.from(read.text).length,
    importedAt: now.toISOString(),
  };
  const recordFile = path.join(sourcesDir, importRecordFileName(id));
  // A repeat of the same text keeps the first record (when it has one): the import happened then.
  if (written.created || !(await exists(recordFile))) await writeJsonAtomically(recordFile, record);
  return { ...record, ...written };
}

/** The import record of a file with these bytes, if one was imported (and its text is still there). */
export async function findBySha256(sourcesDir: string, sha256: string): Promise<ImportRecord | null> {
  let names: string[];
  try {
    names = await readdir(sourcesDir);
  } catch {
    return null;
  }
  for (const name of names.filter((n) => n.endsWith(".import.json")).sort()) {
    let record: ImportRecord;
    try {
      record = JSON.parse(await readFile(path.join(sourcesDir, name), "utf8")) as ImportRecord;
    } catch {
      continue;
    }
    if (record.sha256 !== sha256) continue;
    if (await exists(path.join(sourcesDir, sourceTextFileName(record.id, record.language)))) return record;
  }
  return null;
}
