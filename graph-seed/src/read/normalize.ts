// The normalized text every locator points into: the same bytes always give the same string.
// NFC; CJK radicals mapped to their ideographs; invisible characters dropped; one paragraph per line, trimmed,
// inner whitespace runs collapsed to one space, no empty lines, "\n" between lines and none after the last.
import { unifyRadicals } from "./cjk-radicals.ts";

// Zero-width space/non-joiner, word joiner, BOMs inside the text, soft hyphens: invisible, and they would split
// words a reader searches for. (ZWJ U+200D is kept: it is part of emoji sequences.)
const INVISIBLE_RE = /[\u200B\u200C\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than tab and newlines (form feeds from PDF-to-text tools included).
const CONTROL_RE = /(?![\t\n])\p{Cc}/gu;
const SPACE_RUN_RE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeText(raw: string): string {
  const text = unifyRadicals(raw.normalize("NFC"))
    .replace(INVISIBLE_RE, "")
    .replace(/\r\n|\r|\u2028|\u2029|\u0085/g, "\n")
    .replace(CONTROL_RE, "")
    // Two- and three-em dashes: PDF writers map the one glyph a font draws for "——" back to U+2E3A; Chinese
    // text writes the dash as two U+2014, so every format gives the same string.
    .replace(/\u2E3A/g, "\u2014\u2014")
    .replace(/\u2E3B/g, "\u2014\u2014\u2014");
  return text
    .split("\n")
    .map((line) => line.replace(SPACE_RUN_RE, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

// Han ideographs (with extensions and compatibility forms), CJK punctuation, kana, full-width forms, Hangul.
const CJK_RE =
  /[\u2E80-\u2FDF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

export function isCjk(char: string): boolean {
  return CJK_RE.test(char);
}

/** Last and first code point of a string ("" when empty). */
const lastChar = (s: string): string => Array.from(s.slice(-2)).pop() ?? "";
const firstChar = (s: string): string => String.fromCodePoint(s.codePointAt(0) ?? 32);

/**
 * Joins two pieces of one paragraph that a layout broke apart (a wrapped line, a page break): Chinese joins
 * without a space, other scripts with one; a line ending in a hyphen between letters rejoins the word unless
 * `keepHyphen` says the hyphen belongs to it (a compound such as "well-known").
 */
export function joinLines(
  left: string,
  right: string,
  keepHyphen: (before: string, after: string) => boolean = () => false,
): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (l === "") return r;
  if (r === "") return l;
  const hyphen = /([A-Za-z\u00C0-\u024F]+)-$/.exec(l);
  const next = /^([a-z\u00DF-\u024F]+)/.exec(r);
  if (hyphen && next) return keepHyphen(hyphen[1]!, next[1]!) ? l + r : l.slice(0, -1) + r;
  if (/[-\u2010\u2013\u2014/]$/.test(l)) return l + r;
  if (isCjk(lastChar(l)) || isCjk(firstChar(r))) return l + r;
  return `${l} ${r}`;
}
