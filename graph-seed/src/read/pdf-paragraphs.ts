// Lines of a PDF (furniture already dropped) → paragraphs. Inside a page a new paragraph starts where the font
// size changes, the line spacing widens, the line is indented, a numbered heading or item begins after a
// finished sentence, or the previous line stopped although the next line's first word would have fitted. Across
// a page break the last paragraph continues on the next page when it has not finished its sentence, as the seed
// parser's page-break repair does for text files.
import { joinLines } from "./normalize.ts";
import type { PdfLine } from "./pdf-lines.ts";

// "." included: English sentences end with it (a line ending in "No." or "U.S." is rare enough).
const TERMINATORS = "。！？.!?…;；";
const CLOSERS = "”’」』）)》】\"'";
const NUMBERED_RE =
  /^(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(\.\d+)*[.、．)]\s*\S|[①-⑳]|[•·▪●■◆]|[A-Z][.)]\s|[IVX]+\.\s|\([a-z]\)\s)/;

/** True when the text ends a sentence (terminator, possibly followed by closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  let t = text.trimEnd();
  while (t.length > 0 && CLOSERS.includes(t.slice(-1))) t = t.slice(0, -1);
  return t.length > 0 && TERMINATORS.includes(t.slice(-1));
}

const endsClause = (text: string) => endsSentence(text) || /[:：]$/.test(text.trimEnd());

export interface LayoutStats {
  /** The size most characters are set in. */
  bodySize: number;
  /** Baseline distance over font size between lines of one paragraph (median). */
  pitch: number;
  /** Where body lines start and end (the text column). */
  left: number;
  right: number;
  /** True when most paragraphs start with an indented line: then an unindented line never starts one. */
  indentsParagraphs: boolean;
}

export function layoutStats(pages: readonly PdfLine[][]): LayoutStats {
  const lines = pages.flat();
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(l.size, (bySize.get(l.size) ?? 0) + l.text.length);
  const bodySize = [...bySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const ratios: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const a = page[i - 1]!;
      const b = page[i]!;
      if (Math.abs(a.size - bodySize) < 0.5 && Math.abs(b.size - bodySize) < 0.5) {
        const r = (a.y - b.y) / bodySize;
        if (r > 0.8 && r < 4) ratios.push(r);
      }
    }
  }
  // Paragraph gaps are the minority: the lower quartile is the pitch inside a paragraph.
  const pitch = quantile(ratios, 0.25) ?? 1.2;
  const left = mode(body.map((l) => Math.round(l.x))) ?? 0;
  const right =
    quantile(
      body.map((l) => l.right),
      0.95,
    ) ?? Math.max(...lines.map((l) => l.right));
  const stats = { bodySize, pitch, left, right, indentsParagraphs: false };
  // Paragraph starts found without the indent signal: how many of them are indented?
  let starts = 0;
  let indentedStarts = 0;
  for (const page of pages) {
    let started = true;
    for (let i = 1; i < page.length; i++) {
      const [a, b] = [page[i - 1]!, page[i]!];
      started = breaksBetween(a, b, stats, started);
      if (!started || Math.abs(b.size - bodySize) >= 0.5) continue;
      starts++;
      if (indented(b, stats)) indentedStarts++;
    }
  }
  return { ...stats, indentsParagraphs: starts >= 3 && indentedStarts / starts >= 0.6 };
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

function mode(values: number[]): number | undefined {
  const c = new Map<number, number>();
  for (const v of values) c.set(v, (c.get(v) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

const sameSize = (a: PdfLine, b: PdfLine) => Math.abs(a.size - b.size) <= 0.15 * Math.min(a.size, b.size);
const indented = (l: PdfLine, s: LayoutStats) => l.x > s.left + 0.8 * l.size;

/** Width the first word of `next` needs at the end of `prev` (two characters for CJK, where a closing mark may
 * have pushed one down). */
function firstWordWidth(next: PdfLine): number {
  const chars = Array.from(next.text);
  const charWidth = (next.right - next.x) / Math.max(1, chars.length);
  const word = /^[A-Za-z\u00C0-\u024F0-9'’-]+/.exec(next.text)?.[0];
  return (word ? Array.from(word).length + 1 : 2) * charWidth;
}

/**
 * True when `next` starts a new paragraph after `prev` on the same page. `prevStarts`: `prev` is the first line
 * of its paragraph, so its indent is a first-line indent (a one-line paragraph followed by another).
 */
export function breaksBetween(prev: PdfLine, next: PdfLine, s: LayoutStats, prevStarts = false): boolean {
  if (!sameSize(prev, next)) return true;
  const gap = (prev.y - next.y) / next.size;
  if (gap > s.pitch * 1.25 + 0.1 || gap < 0) return true;
  if (indented(next, s) && (!indented(prev, s) || prevStarts) && endsClause(prev.text)) return true;
  if (NUMBERED_RE.test(next.text) && endsClause(prev.text)) return true;
  const room = s.right - prev.right;
  return room > firstWordWidth(next) + 0.5 * next.size;
}

/** True when the last paragraph of a page continues as the first of the next. */
export function continuesAcrossPages(last: PdfLine, first: PdfLine, s: LayoutStats): boolean {
  if (!sameSize(last, first)) return false;
  if (indented(first, s) || NUMBERED_RE.test(first.text)) return false;
  // A short last line is the paragraph's end even without a terminator (a heading, a caption).
  if (s.right - last.right > firstWordWidth(first) + 0.5 * first.size) return false;
  // Where paragraphs start indented, an unindented first line continues the last one even after a full stop
  // (the sentence ended with the page, the paragraph did not); elsewhere only an unfinished sentence continues.
  return s.indentsParagraphs || !endsClause(last.text);
}

export interface ParagraphResult {
  paragraphs: string[];
  pageJoins: number;
}

export function linesToParagraphs(pages: readonly PdfLine[][]): ParagraphResult {
  const stats = layoutStats(pages);
  const keepHyphen = hyphenEvidence(pages);
  const paragraphs: string[] = [];
  let pageJoins = 0;
  let prev: PdfLine | null = null;
  let prevStarts = true;
  for (const page of pages) {
    page.forEach((line, i) => {
      const join =
        prev !== null &&
        (i === 0 ? continuesAcrossPages(prev, line, stats) : !breaksBetween(prev, line, stats, prevStarts));
      prevStarts = !join;
      if (join) {
        if (i === 0) pageJoins++;
        paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1]!, line.text, keepHyphen);
      } else paragraphs.push(line.text);
      prev = line;
    });
  }
  return { paragraphs, pageJoins };
}

/**
 * Whether a line-end hyphen belongs to the word: kept when the document writes the hyphenated form elsewhere
 * ("well-known" inside a line), dropped otherwise (a typesetter's hyphenation of "eco-nomic").
 */
function hyphenEvidence(pages: readonly PdfLine[][]): (before: string, after: string) => boolean {
  const compounds = new Set<string>();
  for (const page of pages) {
    for (const line of page) {
      for (const m of line.text.matchAll(/[A-Za-z\u00C0-\u024F]+-[A-Za-z\u00C0-\u024F]+/g)) {
        compounds.add(m[0].toLowerCase());
      }
    }
  }
  return (before, after) => compounds.has(`${before}-${after}`.toLowerCase());
}
