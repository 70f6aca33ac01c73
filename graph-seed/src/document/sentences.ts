// Sentence segmentation for Chinese prose.
// A sentence ends at 。！？ (and ASCII !?, and …), taking any closing quotes or brackets that follow with it.
// ；is NOT a boundary: in this genre it joins parallel clauses of one claim ("在…取得先发优势；在…"), and
// evidence spans can point inside a sentence anyway, so finer cuts would only break claims apart.
import { CLOSERS } from "./blocks.ts";

const TERMINATORS = "。！？!?…";

export function splitSentences(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    cur += c;
    if (!TERMINATORS.includes(c)) continue;
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

/** Length in Unicode code points, the unit of locator spans. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Slice by code points (half-open), the unit of locator spans. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}
