// The reader the import pipeline calls: bytes and a file name in, normalized text (one paragraph per line) and
// its language out. This plain-UTF-8 .txt/.md reader is a stand-in.
// TODO(import-read): replace with `readDocument` from graph-seed/src/read (txt incl. GB18030, md, html, docx, pdf);
// it has the same shape, so only `defaultReader` below changes when the two branches meet.
import path from "node:path";
import { decodeUtf8Strict, DocumentError } from "../document/index.ts";
import { detectLanguage } from "../extract/index.ts";
import { ImportError } from "./errors.ts";

export interface ReadResult {
  text: string;
  language: "zh" | "en";
}
export type DocumentReader = (bytes: Uint8Array, fileName: string) => Promise<ReadResult>;

const PLAIN = new Set([".txt", ".md", ".text"]);

export const plainTextReader: DocumentReader = async (bytes, fileName) => {
  const ext = path.extname(fileName).toLowerCase();
  if (!PLAIN.has(ext))
    throw new ImportError(
      "IMPORT_FORMAT",
      `${fileName}: only .txt and .md are read by this build (got "${ext || "no extension"}")`,
    );
  let text: string;
  try {
    text = decodeUtf8Strict(bytes, fileName);
  } catch (e) {
    throw new ImportError(
      "IMPORT_ENCODING",
      e instanceof DocumentError ? e.message.replace(/^graph-seed\/document: /, "") : String(e),
    );
  }
  // One paragraph per line, no trailing spaces, no runs of blank lines, one final newline.
  text = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t\u3000]+$/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text: text === "" ? "" : `${text}\n`, language: detectLanguage(text) };
};

export const defaultReader: DocumentReader = plainTextReader;
