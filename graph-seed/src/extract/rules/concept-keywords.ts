// concept-keywords: key concepts from the keywords line, the title (its content words, segmented with the
// user dictionary) and TF-IDF over the body; evidence is where each first occurs.
import { codePointLength } from "../../document/index.ts";
import type { Sentence } from "../../document/index.ts";
import { DOMAIN_TERMS } from "../domain-terms.ts";
import { contentWords, findAll, segmenter } from "../segmenter.ts";
import { locator } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "concept-keywords";
/** Words of titles and keyword lists that name the genre, not a concept. */
export const STOP = new Set(
  "研究 意见 关于 通知 方案 报告 规划 决定 实施方案 实施意见 指导意见 工作方案 行动方案 行动计划 管理办法 若干意见 指导思想 基本原则 主要目标 战略 问题 工作 建设 发展 实施 提升 支撑 推进 加强 中共中央 国务院 中央 若干 指导 有关 进一步 全面 我国 我们 国家 体系 能力 水平 机制 政策 主要 重要 重大 重点 加快 推动 完善 坚持 统筹 积极 不断 持续 提高 形成 实现 作用 方面 领域".split(
    " ",
  ),
);
// Common nouns and terms; places (ns), people (nr) and verbal nouns (vn: 培育, 协同) are not concepts.
const POS = ["n", "nz", "nt", "l"];
const NOT_CONCEPT_TAGS = /^(?:ns|nr|t|m|q|v|vn|d|a|ad|p|c|u|r)$/;
const DOMAIN = new Set(DOMAIN_TERMS);
/** A ranked keyword names a concept when it is a known term or long enough not to be a bare noun (企业, 技术). */
const specific = (w: string) => DOMAIN.has(w) || Array.from(w).length >= 3;
const KEYWORDS = 12;

function firstOccurrences(sentences: Sentence[], word: string, max: number) {
  const out = [];
  for (const s of sentences) {
    const i = findAll(s.text, word)[0];
    if (i === undefined) continue;
    const start = codePointLength(s.text.slice(0, i));
    out.push({ s, start, end: start + codePointLength(word) });
    if (out.length >= max) break;
  }
  return out;
}

export const conceptKeywords: Rule = (ctx) => {
  const docId = ctx.doc.docId;
  const body = ctx.doc.sentences.filter((s) => s.role === "body" || s.role === "heading");
  const add = (word: string, front: Sentence | null, confidence: number, kind: string) => {
    const at = [...(front ? firstOccurrences([front], word, 1) : []), ...firstOccurrences(body, word, front ? 1 : 2)];
    if (at.length === 0) return;
    ctx.addNode({
      type: "Concept",
      name: word,
      evidence: at.map((o) => locator(docId, o.s, o)),
      confidence,
      method: METHOD,
      props: { kind },
    });
  };
  const keywordsSentence = ctx.doc.sentences.find((s) => s.role === "keywords") ?? null;
  for (const k of ctx.doc.metadata.keywords) if (Array.from(k).length >= 2) add(k, keywordsSentence, 0.8, "keyword");
  const title = ctx.doc.sentences.find((s) => s.role === "title")!;
  if (ctx.language === "zh") {
    const titleWords = segmenter()
      .jieba.tag(title.text, true)
      .filter((t) => !NOT_CONCEPT_TAGS.test(t.tag))
      .map((t) => t.word);
    for (const w of new Set(titleWords.filter((w) => contentWords(w, STOP).length > 0))) add(w, title, 0.7, "title");
    const text = body.map((s) => s.text).join("\n");
    const ranked = segmenter()
      .tfidf.extractKeywords(segmenter().jieba, text, KEYWORDS * 2, POS)
      .filter((k) => specific(k.keyword) && !STOP.has(k.keyword))
      .slice(0, KEYWORDS);
    ranked.forEach((k, rank) =>
      add(k.keyword, null, Math.round((0.6 - (0.25 * rank) / KEYWORDS) * 100) / 100, "keyword-rank"),
    );
  } else {
    const words = title.text.split(/[^A-Za-z-]+/).filter((w) => w.length >= 5);
    for (const w of new Set(words.map((w) => w.toLowerCase()))) {
      const original = words.find((x) => x.toLowerCase() === w)!;
      add(original, title, 0.5, "title");
    }
  }
};
