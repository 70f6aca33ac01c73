// Builds the Lucene query for the cjk full-text index from a user's words. Everything the user types is
// escaped (no operator, wildcard, field or range syntax reaches Lucene); the operators are ours.

// Lucene's special characters, per the classic QueryParser syntax.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** CJK runs of the query that the bigram index cannot match (a lone character), needing a substring scan. */
export function singleCjkChars(q: string): string[] {
  return [...q.matchAll(CJK_RUN)].map((m) => m[0]).filter((run) => Array.from(run).length === 1);
}

/**
 * CJK runs become phrase queries of their bigrams (so 韧性 matches inside 产业链韧性 and 产业链韧性 matches only
 * in order); other words match exactly, as a prefix and, from four letters, with one typo (numbers: none).
 * Lower-cased so AND/OR/NOT stay words, not operators.
 */
export function buildLuceneQuery(q: string): string | null {
  const clauses: string[] = [];
  for (const m of q.matchAll(CJK_RUN)) {
    if (Array.from(m[0]).length < 2) continue;
    const phrase = `"${escapeLucene(m[0])}"`;
    // Field boosts rank a name match above a mention in a summary (index fields are the property names).
    clauses.push(`name:${phrase}^4`, `aliasesText:${phrase}^3`, `${phrase}^2`);
  }
  const latin = q.replace(CJK_RUN, " ");
  for (const m of latin.matchAll(LATIN_WORD)) {
    const w = escapeLucene(m[0].toLowerCase());
    clauses.push(`nameEn:${w}^6`, `${w}^3`);
    // A one-letter prefix matches nearly everything: prefixes start at two letters.
    if (Array.from(m[0]).length >= 2) clauses.push(`nameEn:${w}*^4`, `aliasesText:${w}*^2`, `${w}*`);
    // One typo, for words only: a number one edit away is another number (2020~1 finds 2021 and 2010), and
    // each fuzzy clause costs an automaton walk over the whole term dictionary.
    if (Array.from(m[0]).length >= 4 && /\p{L}/u.test(m[0])) clauses.push(`${w}~1`);
  }
  if (clauses.length === 0) return null;
  return clauses.slice(0, 60).join(" ");
}
