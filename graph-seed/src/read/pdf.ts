// PDF → text with pdf.js (the legacy build, for Node): positioned text items per page → lines in reading order
// (pdf-lines.ts) → page furniture dropped (pdf-furniture.ts) → paragraphs, joined across page breaks
// (pdf-paragraphs.ts). Pages are read one at a time and reported through onProgress.
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ReadError } from "./errors.ts";
import { dropFurniture } from "./pdf-furniture.ts";
import { pageLines, type PdfItem, type PdfLine } from "./pdf-lines.ts";
import { linesToParagraphs } from "./pdf-paragraphs.ts";

// pdf.js needs its bundled CMaps to map the predefined Chinese encodings (UniGB-UCS2-H, GBK-EUC-H…) of PDFs whose
// fonts are not embedded, and its standard fonts for the 14 base fonts. pdf.js 5.6 reads them in Node with
// fs.readFile(base + name): a directory path ending in a separator works, a "file://" URL string does not (it is
// taken as a relative path, and the Chinese text silently vanishes), so these are paths.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const CMAP_DIR = path.join(PDFJS_ROOT, "cmaps") + path.sep;
const STANDARD_FONTS_DIR = path.join(PDFJS_ROOT, "standard_fonts") + path.sep;

export interface PdfRead {
  text: string;
  pages: number;
  warnings: string[];
}

export async function readPdf(bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfRead> {
  // Loaded on first use: pdf.js is large and sets up Node polyfills; a server that never reads a PDF skips it.
  const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_DIR,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    if (name === "PasswordException") {
      throw new ReadError(
        "READ_PDF_ENCRYPTED",
        "the PDF is protected by a password; remove the protection and try again",
      );
    }
    throw new ReadError("READ_PDF_DAMAGED", `pdf.js cannot open the PDF (${(e as Error).message})`);
  }
  try {
    const warnings: string[] = [];
    const pages: PdfLine[][] = [];
    let rotated = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!("str" in it) || it.str === "") continue;
        const [a, b, c, d, x, y] = it.transform as number[];
        // Rotated text (stamps, watermarks, vertical margins) is not part of the running text.
        if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) {
          rotated++;
          continue;
        }
        items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.abs(d!) || it.height });
      }
      pages.push(pageLines({ items }, n - 1));
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    // Checked after the furniture is gone: a scanner may stamp page numbers or a header as text on an image.
    const furniture = dropFurniture(pages);
    const withText = furniture.pages.filter((p) => p.length > 0).length;
    if (withText === 0) throw new ReadError("READ_PDF_NO_TEXT", "scanned PDF: no text to read; OCR is not supported");
    const { paragraphs, pageJoins } = linesToParagraphs(furniture.pages);
    const undecodable = undecodableShare(paragraphs);
    if (undecodable >= 0.5) {
      throw new ReadError(
        "READ_PDF_NO_TEXT",
        "the PDF's text layer cannot be decoded (its fonts carry no Unicode map); no text to read",
      );
    }
    if (undecodable >= 0.02) {
      warnings.push(`pdf: ${(undecodable * 100).toFixed(0)}% of the characters could not be decoded`);
    }
    if (withText < doc.numPages / 2) {
      warnings.push(`pdf: only ${withText} of ${doc.numPages} pages have text; the others may be scanned images`);
    }
    if (rotated > 0) warnings.push(`pdf: ignored ${rotated} rotated text pieces (stamps, watermarks)`);
    if (furniture.runningLines > 0) warnings.push(`pdf: dropped ${furniture.runningLines} running head/footer lines`);
    if (furniture.pageNumbers > 0) warnings.push(`pdf: dropped ${furniture.pageNumbers} page numbers`);
    if (pageJoins > 0) warnings.push(`pdf: joined ${pageJoins} paragraphs split by page breaks`);
    return { text: paragraphs.join("\n"), pages: doc.numPages, warnings };
  } finally {
    await doc.destroy();
  }
}

/**
 * Share of characters a font without a Unicode map leaves undecodable: private-use code points, U+FFFD and
 * controls. A PDF made of them has a text layer nobody can read.
 */
export function undecodableShare(paragraphs: readonly string[]): number {
  let total = 0;
  let bad = 0;
  for (const p of paragraphs) {
    for (const c of p) {
      if (c === " ") continue;
      total++;
      if (/[\uE000-\uF8FF\uFFFD\u{F0000}-\u{10FFFD}]|\p{Cc}/u.test(c)) bad++;
    }
  }
  return total === 0 ? 0 : bad / total;
}
