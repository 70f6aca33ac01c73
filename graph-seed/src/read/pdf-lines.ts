// Positioned text pieces of one PDF page → lines in reading order. pdf.js hands out items in content-stream
// order, which is not reading order (Chromium writes the running head after the body, for instance): items are
// grouped by baseline, lines sorted top to bottom, items left to right.
import { isCjk } from "./normalize.ts";

/** A piece of text as pdf.js places it: baseline origin (x, y; y grows upwards), advance width, font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  items: PdfItem[];
}

export interface PdfLine {
  text: string;
  /** Left edge, right edge and baseline of the line, in PDF points. */
  x: number;
  right: number;
  y: number;
  /** Font size of the line (the size of most of its characters). */
  size: number;
  /** 0-based page index. */
  page: number;
}

export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((i) => i.str !== "" && i.size > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const cur = groups[groups.length - 1];
    // Same line when the baselines are closer than 40% of the font size (sub/superscripts stay apart less often
    // than they would with a looser rule, and two lines never merge).
    if (cur && Math.abs(cur[0]!.y - item.y) < 0.4 * Math.min(cur[0]!.size, item.size)) cur.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      if (text !== "" && needsSpace(text, item, end)) text += " ";
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed === "") continue;
    lines.push({
      text: trimmed,
      x: group.find((i) => i.str.trim() !== "")?.x ?? group[0]!.x,
      right: end,
      y: group[0]!.y,
      size: dominantSize(group),
      page: pageIndex,
    });
  }
  return lines;
}

/** A gap wider than a sixth of the font size between two pieces is a space the PDF did not write as a glyph. */
function needsSpace(text: string, item: PdfItem, end: number): boolean {
  if (/\s$/.test(text) || /^\s/.test(item.str)) return false;
  if (item.x - end <= item.size / 6) return false;
  const before = Array.from(text).pop() ?? "";
  const after = String.fromCodePoint(item.str.codePointAt(0) ?? 32);
  return !(isCjk(before) && isCjk(after));
}

function dominantSize(group: readonly PdfItem[]): number {
  const weight = new Map<number, number>();
  for (const i of group) {
    const s = Math.round(i.size * 10) / 10;
    weight.set(s, (weight.get(s) ?? 0) + i.str.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
