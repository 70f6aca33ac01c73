// Chinese segmentation and TF-IDF keywords (@node-rs/jieba, prebuilt), loaded once per process, with a user
// dictionary of the genre's terms so "产业链韧性" or "三城一区" stay one word. jieba returns no offsets: callers
// find words in the text themselves (findAll).
import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";
import { DOMAIN_TERMS } from "./domain-terms.ts";

let jieba: Jieba | null = null;
let tfidf: TfIdf | null = null;

export function segmenter(): { jieba: Jieba; tfidf: TfIdf } {
  if (!jieba || !tfidf) {
    jieba = Jieba.withDict(dict);
    // A high frequency makes the user's term win over its parts.
    jieba.loadDict(Buffer.from(DOMAIN_TERMS.map((t) => `${t} 100000 n`).join("\n")));
    tfidf = TfIdf.withDict(idf);
  }
  return { jieba, tfidf };
}

/** Content words of a text: two characters or more, not stop words. */
export function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  return segmenter()
    .jieba.cut(text, true)
    .filter((w) => Array.from(w).length >= 2 && !stop.has(w) && /[\u4e00-\u9fffA-Za-z]/.test(w));
}

/** UTF-16 indices of every occurrence of `word` in `text`. */
export function findAll(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) out.push(i);
  return out;
}
