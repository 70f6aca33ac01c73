// Page furniture: running heads, running footers and page numbers. They are the lines at the top or bottom of a
// page that repeat at the same height on many pages (digits aside: "Page 3 of 9"), and bare page numbers there.
import type { PdfLine } from "./pdf-lines.ts";

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 2;

const PAGE_NUMBER_RES = [
  /^[-–—‒\s]*\d{1,4}[-–—‒\s]*$/,
  /^[-–—‒\s]*[ivxlcdm]{1,7}[-–—‒\s]*$/i,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(\/|of)\s*\d{1,4}$/i,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_RES.some((re) => re.test(text.trim()));
}

const keyOf = (line: PdfLine) => `${line.text.replace(/\d+/g, "#").replace(/\s+/g, "")}@${Math.round(line.y / 3)}`;

function edges(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= EDGE_LINES * 2) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

export interface FurnitureResult {
  pages: PdfLine[][];
  runningLines: number;
  pageNumbers: number;
}

/** Drops furniture from each page's lines (top to bottom). */
export function dropFurniture(pages: readonly PdfLine[][]): FurnitureResult {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Repeating on at least half the pages, and on two at least; a one-page document has no running lines.
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  let runningLines = 0;
  let pageNumbers = 0;
  const kept = pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      if (isPageNumber(line.text)) {
        pageNumbers++;
        return false;
      }
      if ((counts.get(keyOf(line)) ?? 0) >= threshold) {
        runningLines++;
        return false;
      }
      return true;
    });
  });
  return { pages: kept, runningLines, pageNumbers };
}
