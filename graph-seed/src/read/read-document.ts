// readDocument: a user's file (bytes and its name) → normalized text, language, format, sha256 and warnings.
// Pure apart from reading pdf.js's bundled data: no database, no HTTP, nothing written. The CLI import and the
// upload route both call it; every refusal is a ReadError with a stable code.
import { createHash } from "node:crypto";
import { readDocx } from "./docx.ts";
import { ReadError } from "./errors.ts";
import { detectFormat } from "./format.ts";
import { readHtml } from "./html.ts";
import { detectLanguage } from "./language.ts";
import { readMarkdown } from "./markdown.ts";
import { decodeText } from "./decode-text.ts";
import { normalizeText } from "./normalize.ts";
import { readPdf } from "./pdf.ts";
import { readTxt } from "./txt.ts";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES,
  type ReadFormat,
  type ReadOptions,
  type ReadResult,
} from "./types.ts";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readDocument(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new ReadError("READ_EMPTY", `${fileName} is empty (0 bytes)`);
  if (bytes.length > maxBytes) {
    throw new ReadError(
      "READ_TOO_LARGE",
      `${fileName} has ${bytes.length} bytes; the limit is ${maxBytes} (${(maxBytes / 1024 / 1024).toFixed(0)} MB)`,
    );
  }
  const format = detectFormat(bytes, fileName);
  const sha256 = sha256Hex(bytes);
  const step = (done: number, total: number) => opts.onProgress?.({ format, done, total });
  const { text, encoding, pages, warnings } = await readByFormat(format, bytes, opts, step);
  if (text === "") {
    throw new ReadError(
      "READ_EMPTY",
      `${fileName} holds no text${format === "html" ? " outside markup and scripts" : ""}`,
    );
  }
  const guess = detectLanguage(text);
  if (!guess.confident) {
    warnings.push(`language: too little Chinese or Latin text to tell; taken as ${guess.language}`);
  }
  return { text, language: guess.language, format, sha256, encoding, pages, warnings };
}

interface FormatRead {
  text: string;
  encoding: string | null;
  pages: number | null;
  warnings: string[];
}

async function readByFormat(
  format: ReadFormat,
  bytes: Uint8Array,
  opts: ReadOptions,
  step: (done: number, total: number) => void,
): Promise<FormatRead> {
  switch (format) {
    case "txt": {
      const r = readTxt(bytes);
      step(1, 1);
      const warnings = r.hardWrapped
        ? ["txt: lines joined inside blank-line-separated paragraphs (hard-wrapped text)"]
        : [];
      return { text: r.text, encoding: r.encoding, pages: null, warnings };
    }
    case "md": {
      const { text, encoding } = decodeText(bytes);
      step(1, 1);
      return { text: readMarkdown(text), encoding, pages: null, warnings: [] };
    }
    case "html": {
      const r = readHtml(bytes);
      step(1, 1);
      return { text: r.text, encoding: r.encoding, pages: null, warnings: [] };
    }
    case "docx": {
      const r = await readDocx(bytes, opts.maxDocxUncompressedBytes ?? DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES);
      step(1, 1);
      return { text: r.text, encoding: null, pages: null, warnings: r.warnings };
    }
    case "pdf": {
      const r = await readPdf(bytes, step);
      return { text: normalizeText(r.text), encoding: null, pages: r.pages, warnings: r.warnings };
    }
  }
}
