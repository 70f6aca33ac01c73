// Search: full-text first; the substring fallback covers lone CJK characters and queries Lucene
// cannot answer. Each hit says which field matched and carries a fragment with the match highlighted.
import { Neo4jError } from "neo4j-driver";
import type { SearchHit, SearchQuery, SearchResponse } from "../api/search.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { buildLuceneQuery, singleCjkChars } from "./lucene-query.ts";
import { containsSearch, fulltextFacet, fulltextSearch, type RawHit } from "./search-repository.ts";

const FIELD_ORDER = [
  ["name", "name"],
  ["nameEn", "nameEn"],
  ["aliases", "aliasesText"],
  ["summaryZh", "summaryZh"],
  ["summaryEn", "summaryEn"],
] as const;
const CONTEXT = 24;

export async function search(deps: DbDeps, q: SearchQuery): Promise<SearchResponse> {
  const { driver, database } = deps;
  const timeout = deps.config.queryTimeoutMs;
  const byId = new Map<string, SearchHit>();
  const add = (hits: RawHit[], how: SearchHit["how"]) => {
    for (const h of hits) {
      const id = String(h.node.id);
      if (!byId.has(id)) byId.set(id, toHit(h, q.q, how));
    }
  };
  const lucene = buildLuceneQuery(q.q);
  let facet: SearchResponse["documents"] | null = null;
  if (lucene) {
    try {
      const [hits, perDocument] = await Promise.all([
        fulltextSearch(driver, database, lucene, q.types, q.limit + 1, timeout, q.document),
        fulltextFacet(driver, database, lucene, q.types, timeout),
      ]);
      add(hits, "fulltext");
      facet = perDocument;
    } catch (e) {
      // A query the analyzer turns into nothing (or Lucene refuses) is a miss, not a server error.
      if (!(e instanceof Neo4jError && e.code.startsWith("Neo.ClientError.Procedure"))) throw e;
    }
  }
  const singles = singleCjkChars(q.q);
  if (byId.size <= q.limit && (singles.length > 0 || byId.size === 0)) {
    add(
      await containsSearch(
        driver,
        database,
        singles.length > 0 && byId.size > 0 ? singles[0]! : q.q,
        q.types,
        q.limit + 1,
        timeout,
        q.document,
      ),
      "contains",
    );
  }
  const hits = rankExactFirst([...byId.values()], q.q);
  return {
    q: q.q,
    hits: hits.slice(0, q.limit),
    truncated: hits.length > q.limit,
    documents: facet && facet.length > 0 ? facet : countByDocument(hits),
  };
}

/** The facet when only the substring fallback found anything: the hits read, counted per document. */
function countByDocument(hits: SearchHit[]): SearchResponse["documents"] {
  const counts = new Map<string | null, number>();
  for (const h of hits) counts.set(h.document, (counts.get(h.document) ?? 0) + 1);
  return [...counts]
    .map(([document, n]) => ({ document, hits: n }))
    .sort((a, b) => b.hits - a.hits || String(a.document).localeCompare(String(b.document)));
}

/**
 * An entity named exactly what was typed comes first: Lucene sums a node's matches over its fields (name,
 * aliases, summaries), so 国际科技创新中心, whose alias 科技创新中心 matches too, outscored the node named 科技创新.
 * The sort is stable: the rest keep the index's order. Only the hits fetched (limit + 1) are re-ranked.
 */
export function rankExactFirst(hits: SearchHit[], query: string): SearchHit[] {
  const k = query.trim().toLowerCase();
  const exact = (h: SearchHit) => h.name.toLowerCase() === k || h.nameEn.toLowerCase() === k;
  return [...hits].sort((a, b) => Number(exact(b)) - Number(exact(a)));
}

/** The first field holding the query (or one of its words) literally, with context around the match. */
export function toHit(h: RawHit, query: string, how: SearchHit["how"]): SearchHit {
  const n = h.node;
  const needles = [query, ...query.split(/\s+/)].map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const [field, prop] of FIELD_ORDER) {
    const text = typeof n[prop] === "string" ? (n[prop] as string) : "";
    const lower = text.toLowerCase();
    for (const needle of needles) {
      const at = lower.indexOf(needle);
      if (at < 0) continue;
      const from = Math.max(0, at - CONTEXT);
      const to = Math.min(text.length, at + needle.length + CONTEXT);
      return {
        ...ref(n),
        score: h.score,
        field,
        fragment: text.slice(from, to),
        highlight: { start: at - from, end: at - from + needle.length },
        how,
      };
    }
  }
  // A fuzzy or stemmed match has no literal occurrence: show the name, nothing highlighted.
  return { ...ref(n), score: h.score, field: "name", fragment: String(n.name ?? ""), highlight: null, how };
}

function ref(n: Record<string, unknown>) {
  return {
    id: String(n.id),
    type: n.type as SearchHit["type"],
    name: String(n.name ?? ""),
    nameEn: String(n.nameEn ?? ""),
    document: typeof n.document === "string" ? n.document : null,
  };
}
