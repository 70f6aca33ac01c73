// Which reader a file goes to: its extension names the format, its first bytes must agree.
import { ReadError } from "./errors.ts";
import type { ReadFormat } from "./types.ts";

const BY_EXTENSION: Readonly<Record<string, ReadFormat>> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  pdf: "pdf",
};

const HINTS: Readonly<Record<string, string>> = {
  doc: "save it as .docx",
  wps: "save it as .docx",
  rtf: "save it as .docx or .txt",
  odt: "save it as .docx",
  pages: "export it as .docx or .pdf",
};

export const ACCEPTED_EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when "%PDF-" sits in the first KiB (the format lets junk precede the header). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes do not occur in UTF-8 or GB18030 text; every binary format has them early. */
function looksBinary(bytes: Uint8Array): boolean {
  if (isUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function detectFormat(bytes: Uint8Array, fileName: string): ReadFormat {
  const ext = extensionOf(fileName);
  const format = BY_EXTENSION[ext];
  if (!format) {
    const hint = HINTS[ext] ? ` (${HINTS[ext]})` : "";
    throw new ReadError(
      "READ_UNKNOWN_FORMAT",
      `${ext ? `".${ext}"` : "a file without an extension"} is not a format the reader knows${hint}; accepted: ${ACCEPTED_EXTENSIONS.join(" ")}`,
    );
  }
  const mismatch = (what: string) =>
    new ReadError("READ_FORMAT_MISMATCH", `${fileName} is named .${ext} but its bytes are ${what}`);
  if (format === "pdf") {
    if (!hasPdfHeader(bytes)) throw mismatch("not a PDF (no %PDF- header)");
  } else if (format === "docx") {
    if (startsWith(bytes, OLE)) throw mismatch("an old binary Word (.doc) file; save it as .docx");
    if (!startsWith(bytes, ZIP)) throw mismatch("not a .docx (not a zip archive)");
  } else {
    if (hasPdfHeader(bytes) && startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw mismatch("a PDF; name it .pdf");
    if (startsWith(bytes, ZIP)) throw mismatch("a zip archive (a .docx?)");
    if (looksBinary(bytes)) throw mismatch("binary, not text");
  }
  return format;
}
