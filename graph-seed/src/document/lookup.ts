// Looking things up in a parsed document: sentences by id, locators to text, phrases to spans.
import { codePointLength, spanProblem, splitAtSpan, type Locator, type SpanParts } from "../model/locator.ts";
import { DocumentError } from "./types.ts";
import type { ParsedDocument, Sentence } from "./types.ts";

export interface SentenceLookup {
  get(id: string): Sentence | undefined;
  text(id: string): string | undefined;
  has(id: string): boolean;
  readonly size: number;
}

// Cached per document object: documents are immutable once parsed.
const lookups = new WeakMap<ParsedDocument, Map<string, Sentence>>();

function index(doc: ParsedDocument): Map<string, Sentence> {
  let m = lookups.get(doc);
  if (!m) {
    m = new Map(doc.sentences.map((s) => [s.id, s]));
    lookups.set(doc, m);
  }
  return m;
}

export function sentenceLookup(doc: ParsedDocument): SentenceLookup {
  const m = index(doc);
  return {
    get: (id) => m.get(id),
    text: (id) => m.get(id)?.text,
    has: (id) => m.has(id),
    size: m.size,
  };
}

export interface ResolvedLocator extends SpanParts {
  sentence: Sentence;
  sentenceText: string;
  spanText: string;
}

/** Resolves a locator against its document, or throws a DocumentError saying what does not match. */
export function resolveLocator(doc: ParsedDocument, locator: Locator): ResolvedLocator {
  if (locator.doc !== doc.docId) {
    throw new DocumentError("LOCATOR_UNKNOWN_DOC", `locator points into "${locator.doc}", not "${doc.docId}"`);
  }
  const sentence = index(doc).get(locator.sentence);
  if (!sentence) {
    throw new DocumentError("LOCATOR_UNKNOWN_SENTENCE", `no sentence "${locator.sentence}" in "${doc.docId}"`);
  }
  const { start, end } = locator;
  if (spanProblem(start, end, sentence.length)) {
    throw new DocumentError(
      "LOCATOR_OUT_OF_RANGE",
      `span ${start}-${end} is outside sentence "${sentence.id}" of "${doc.docId}" (length ${sentence.length})`,
    );
  }
  const parts = splitAtSpan(sentence.text, start, end);
  return { sentence, sentenceText: sentence.text, spanText: parts.span, ...parts };
}

export interface PhraseMatch {
  sentenceId: string;
  start: number;
  end: number;
}

/** Every occurrence of a phrase, as code-point spans: what an author needs to write a locator. */
export function findPhrase(doc: ParsedDocument, phrase: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (phrase === "") return out;
  const len = codePointLength(phrase);
  for (const s of doc.sentences) {
    for (let from = s.text.indexOf(phrase); from >= 0; from = s.text.indexOf(phrase, from + 1)) {
      const start = codePointLength(s.text.slice(0, from));
      out.push({ sentenceId: s.id, start, end: start + len });
    }
  }
  return out;
}
