// Sentence segmentation for Chinese and English prose.
// A sentence ends at 。！？ (and ASCII !?, and …), taking any closing quotes or brackets that follow with it;
// in English, at a period followed by a space and a capital (not after an abbreviation or an initial).
// ；is NOT a boundary: in this genre it joins parallel clauses of one claim ("在…取得先发优势；在…"), and
// evidence spans can point inside a sentence anyway, so finer cuts would only break claims apart.
import { CLOSERS } from "./blocks.ts";

const TERMINATORS = "。！？!?…";
// Words a period follows without ending the sentence.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st no nos vs etc e.g i.e fig figs art arts para eq approx inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.u".split(
    " ",
  ),
);

/** True when the period at `i` ends an English sentence. */
function periodEnds(chars: string[], i: number): boolean {
  const next = chars[i + 1];
  if (next !== undefined && next !== " " && !CLOSERS.includes(next)) return false;
  let j = i + 1;
  while (j < chars.length && (chars[j] === " " || CLOSERS.includes(chars[j]!))) j++;
  if (j < chars.length && !/[A-Z0-9“"‘(]/.test(chars[j]!)) return false;
  let k = i - 1;
  while (k >= 0 && /[A-Za-z.]/.test(chars[k]!)) k--;
  const word = chars.slice(k + 1, i).join("");
  if (word === "") return !/[0-9]/.test(chars[i - 1] ?? "") || j >= chars.length || next === " ";
  if (/^[A-Z]$/.test(word)) return false; // an initial: "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    cur += c;
    if (!TERMINATORS.includes(c) && !(c === "." && periodEnds(chars, i))) continue;
    // Absorb repeated terminators (？！, ……) and closing quotes: 。” belongs to the sentence before it.
    while (i + 1 < chars.length && (TERMINATORS.includes(chars[i + 1]!) || CLOSERS.includes(chars[i + 1]!))) {
      cur += chars[++i]!;
    }
    pushTrimmed(out, cur);
    cur = "";
  }
  pushTrimmed(out, cur);
  return out;
}

function pushTrimmed(out: string[], s: string): void {
  const t = s.trim();
  if (t !== "") out.push(t);
}

// Code-point arithmetic is the locator's (model/locator.ts); re-exported for the parser's modules.
export { codePointLength, sliceCodePoints } from "../model/locator.ts";
