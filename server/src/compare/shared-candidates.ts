// Deterministic candidates for "the same entity in two documents": normalized names, aliases, English names and
// the overlap of segmented keywords (jieba, as the extractor segments). No model, no randomness: the same two
// documents always give the same pairs and scores, so a reviewer's queue is stable.
import { contentWords } from "../../../graph-seed/src/extract/segmenter.ts";
import type { SHARED_REASONS } from "../api/compare.ts";
import type { CompareEntity } from "./compare-repository.ts";

type Reason = (typeof SHARED_REASONS)[number];

export interface Candidate {
  a: CompareEntity;
  b: CompareEntity;
  score: number;
  reasons: Reason[];
}

// Words every policy paper uses: sharing them says nothing about two entities being the same.
const GENERIC = new Set(["发展", "建设", "推进", "加强", "完善", "提升", "体系", "机制", "工作", "能力", "水平"]);

/** Case, width, spaces and punctuation do not make two names different. */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

function keywords(e: CompareEntity): Set<string> {
  return new Set(contentWords(e.name, GENERIC));
}

const WEIGHT: Record<Reason, number> = { "same-name": 1, alias: 0.9, "same-english-name": 0.8, keywords: 0 };

/**
 * Every pair (one entity of A, one of B) with a reason to be the same. Keyword overlap counts only between
 * entities of one type (two problems, two measures), by Jaccard similarity of their name's words, from 0.5.
 */
export function sharedCandidates(as: CompareEntity[], bs: CompareEntity[]): Candidate[] {
  const byName = new Map<string, CompareEntity[]>();
  const byEn = new Map<string, CompareEntity[]>();
  const byWord = new Map<string, CompareEntity[]>();
  const words = new Map<string, Set<string>>();
  const push = (m: Map<string, CompareEntity[]>, k: string, e: CompareEntity) => {
    if (k) m.set(k, [...(m.get(k) ?? []), e]);
  };
  for (const b of bs) {
    for (const n of [b.name, ...b.aliases]) push(byName, normalizeName(n), b);
    push(byEn, normalizeName(b.nameEn), b);
    const w = keywords(b);
    words.set(b.id, w);
    for (const k of w) push(byWord, k, b);
  }
  const pairs = new Map<string, Candidate>();
  const add = (a: CompareEntity, b: CompareEntity, reason: Reason, score: number) => {
    if (a.id === b.id) return;
    const key = `${a.id}\u0000${b.id}`;
    const c = pairs.get(key) ?? { a, b, score: 0, reasons: [] };
    if (!c.reasons.includes(reason)) c.reasons.push(reason);
    c.score = Math.max(c.score, score);
    pairs.set(key, c);
  };
  for (const a of as) {
    const name = normalizeName(a.name);
    for (const b of byName.get(name) ?? [])
      add(a, b, normalizeName(b.name) === name ? "same-name" : "alias", normalizeName(b.name) === name ? 1 : 0.9);
    for (const alias of a.aliases) for (const b of byName.get(normalizeName(alias)) ?? []) add(a, b, "alias", 0.9);
    // Drafts' English names can be placeholders; an English name counts only when it is a word or more.
    const en = normalizeName(a.nameEn);
    if (/[a-z]{3}/.test(en))
      for (const b of byEn.get(en) ?? []) add(a, b, "same-english-name", WEIGHT["same-english-name"]);
    const wa = keywords(a);
    const seen = new Set<string>();
    for (const k of wa)
      for (const b of byWord.get(k) ?? []) {
        if (seen.has(b.id) || b.type !== a.type) continue;
        seen.add(b.id);
        const wb = words.get(b.id)!;
        const inter = [...wa].filter((w) => wb.has(w)).length;
        const jaccard = inter / (wa.size + wb.size - inter);
        if (jaccard >= 0.5) add(a, b, "keywords", Math.round(0.75 * jaccard * 100) / 100);
      }
  }
  return [...pairs.values()].sort(
    (x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
  );
}
