// Text helpers the rules share: clauses with code-point offsets, locators, trimming of spans.
import type { Sentence } from "../document/index.ts";
import type { Locator } from "../model/types.ts";

export interface Span {
  text: string;
  /** Code-point offsets inside the sentence, half-open. */
  start: number;
  end: number;
}

const cpLen = (s: string) => Array.from(s).length;

/** A sub-span of `text` given in UTF-16 indices, as code points. */
export function spanAt(text: string, from: number, to: number): Span {
  const start = cpLen(text.slice(0, from));
  return { text: text.slice(from, to), start, end: start + cpLen(text.slice(from, to)) };
}

/** Splits a sentence into clauses at the given separators, trimming spaces and closing punctuation. */
export function clauses(text: string, separators = /[，,；;。！？!?：:]/gu): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s.]/.test(text[b - 1]!)) b--;
    if (b > a) out.push(spanAt(text, a, b));
  };
  for (const m of text.matchAll(separators)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** Narrows a span to a sub-span found inside it (UTF-16 offsets relative to the span's text). */
export function subSpan(span: Span, from: number, to: number): Span {
  const inner = spanAt(span.text, from, to);
  return { text: inner.text, start: span.start + inner.start, end: span.start + inner.end };
}

export function locator(docId: string, sentence: Sentence | string, span: { start: number; end: number }): Locator {
  return {
    doc: docId,
    sentence: typeof sentence === "string" ? sentence : sentence.id,
    start: span.start,
    end: span.end,
  };
}

/** The whole sentence as a span. */
export function wholeSentence(s: Sentence): Span {
  return { text: s.text, start: 0, end: s.length };
}

/** Caps a span at `max` code points from its start: names stay short and still verbatim. */
export function capSpan(span: Span, max: number): Span {
  const chars = Array.from(span.text);
  if (chars.length <= max) return span;
  return { text: chars.slice(0, max).join(""), start: span.start, end: span.start + max };
}

/** Drops leading characters matched by `re` (anchored at the start) from a span. */
export function trimLead(span: Span, re: RegExp): Span {
  const m = re.exec(span.text);
  if (!m || m.index !== 0 || m[0].length === 0 || m[0].length >= span.text.length) return span;
  return subSpan(span, m[0].length, span.text.length);
}
