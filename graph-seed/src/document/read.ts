// Reading a source document from SOURCES_DIR: strict UTF-8, hashed, parsed.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "./parse.ts";
import { DocumentError } from "./types.ts";
import type { ParsedDocument } from "./types.ts";

export interface SourceDocument {
  /** Absolute path of the file read. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  document: ParsedDocument;
}

/** The file name a document id maps to: `<docId>.<language>.txt` (zh unless said otherwise). */
export function sourceFileName(docId: string, language: string = "zh"): string {
  return `${docId}.${language}.txt`;
}

/** Languages a source file may be stored in, tried in this order. */
export const SOURCE_LANGUAGES = ["zh", "en"] as const;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Decodes UTF-8 strictly: a single invalid byte is an error naming the file, never a silent U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array, fileForMessage: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError("DOC_ENCODING", `${fileForMessage} is not valid UTF-8`);
  }
}

export async function readSourceDocument(sourcesDir: string, docId: string): Promise<SourceDocument> {
  let file = path.resolve(sourcesDir, sourceFileName(docId));
  let bytes: Buffer;
  try {
    bytes = await readFirst(sourcesDir, docId);
    file = path.resolve(sourcesDir, sourceFileName(docId, (bytes as Buffer & { language?: string }).language));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new DocumentError(
      "DOC_NOT_FOUND",
      `cannot read source document ${file} (${reason}); put it into SOURCES_DIR`,
    );
  }
  const text = decodeUtf8Strict(bytes, file);
  return { file, sha256: sha256Hex(bytes), document: parseDocument(text, docId) };
}

/** The first of `<docId>.zh.txt`, `<docId>.en.txt` that exists (an imported English paper is stored as .en). */
async function readFirst(sourcesDir: string, docId: string): Promise<Buffer & { language: string }> {
  let firstError: unknown;
  for (const language of SOURCE_LANGUAGES) {
    try {
      return Object.assign(await readFile(path.resolve(sourcesDir, sourceFileName(docId, language))), { language });
    } catch (e) {
      firstError ??= e;
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") break;
    }
  }
  throw firstError;
}
