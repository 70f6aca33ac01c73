// zh or en by script share: Han ideographs against Latin letters. A Chinese policy text quotes "GDP", "5G" or an
// English name now and then; an English one may quote a Chinese title. One ideograph carries about a word, a
// Latin word about five letters, so the text is Chinese when ideographs are at least a fifth of the two counts.
import type { Language } from "./types.ts";

const HAN_RE = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/gu;
const LATIN_RE = /[A-Za-z\u00C0-\u024F]/g;

export interface LanguageGuess {
  language: Language;
  han: number;
  latin: number;
  /** False when neither script is present enough to tell (the caller warns). */
  confident: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const han = text.match(HAN_RE)?.length ?? 0;
  const latin = text.match(LATIN_RE)?.length ?? 0;
  const total = han + latin;
  const language: Language = total > 0 && han / total >= 0.2 ? "zh" : "en";
  // Too few letters of either script, or most of the text in another script (Cyrillic, Arabic…).
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const confident = total >= 20 && total >= letters * 0.8;
  return { language, han, latin, confident };
}
