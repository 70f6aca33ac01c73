// The locator grammar and the span arithmetic, written once for the loader, the extractor, the server and the
// client. A locator points into a source document and never copies its text: `doc#sentence@start-end`, a
// half-open span in Unicode code points inside the sentence. Pure functions of strings (no node imports), so
// the client bundles this file too: its reader already holds the whole document (it renders every sentence),
// so it cuts the cited span itself with these same functions rather than asking the server once per citation.
import { KEBAB_ID } from "./ids.ts";

export interface Locator {
  doc: string;
  sentence: string;
  start: number;
  end: number;
}

/** Locators travel through Neo4j as compact strings: `doc#sentence@start-end`. */
export function formatLocator(l: Locator): string {
  return `${l.doc}#${l.sentence}@${l.start}-${l.end}`;
}

const LOCATOR_RE = /^([A-Za-z0-9._-]+)#([A-Za-z0-9._-]+)@(\d+)-(\d+)$/;

/** A stored (full) locator, or null when the text is not one or its span is empty. */
export function parseLocator(text: string): Locator | null {
  const m = LOCATOR_RE.exec(text);
  if (!m) return null;
  const start = Number(m[3]);
  const end = Number(m[4]);
  if (end <= start) return null;
  return { doc: m[1]!, sentence: m[2]!, start, end };
}

/**
 * Evidence as written in seed files and sent to the write API: "sentence@start-end" inside the folder's own
 * document, or "doc#sentence@start-end" for another loaded document.
 */
export const EVIDENCE_RE = new RegExp(`^(?:(${KEBAB_ID})#)?([A-Za-z0-9._-]+)@(\\d+)-(\\d+)$`);

/** Evidence in either form as a locator (`ownDoc` when it names no document), or null when malformed. */
export function parseEvidence(text: string, ownDoc: string): Locator | null {
  const m = EVIDENCE_RE.exec(text);
  return m ? { doc: m[1] ?? ownDoc, sentence: m[2]!, start: Number(m[3]), end: Number(m[4]) } : null;
}

/** Length in Unicode code points, the unit of locator spans. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Slice by code points (half-open), the unit of locator spans. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

/** Why a span does not fit a sentence of `length` code points, or null when it does. */
export function spanProblem(start: number, end: number, length: number): string | null {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length) return null;
  return `span ${start}-${end} is outside the sentence (length ${length})`;
}

export interface SpanParts {
  before: string;
  span: string;
  after: string;
}

/** A sentence cut around its cited span: what a quote shows with the span highlighted. */
export function splitAtSpan(text: string, start: number, end: number): SpanParts {
  const cps = Array.from(text);
  return {
    before: cps.slice(0, start).join(""),
    span: cps.slice(start, end).join(""),
    after: cps.slice(end).join(""),
  };
}
