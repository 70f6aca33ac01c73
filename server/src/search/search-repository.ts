// Cypher for search: the full-text index `entity_search` (cjk analyzer) and a substring fallback.
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { SEARCH_INDEX } from "../../../graph-seed/src/load/index.ts";
import { ENTITY_LABEL, type NodeType } from "../../../graph-seed/src/model/types.ts";
import { toJsonValue } from "../neo4j/values.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawHit {
  node: Record<string, unknown>;
  score: number;
}

const FIELDS = "node {.id, .type, .name, .nameEn, .document, .aliasesText, .summaryZh, .summaryEn}";

/** A `node, score` row as the service takes it. */
const toHit = (r: Neo4jRecord): RawHit => ({
  node: toJsonValue(r.get("node")) as Record<string, unknown>,
  score: Number(r.get("score")),
});

export async function fulltextSearch(
  driver: Driver,
  database: string,
  lucene: string,
  types: NodeType[] | null,
  limit: number,
  timeoutMs: number,
  documents: string[] | null = null,
): Promise<RawHit[]> {
  const { records } = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
     WHERE ($types IS NULL OR node.type IN $types) AND ($documents IS NULL OR node.document IN $documents)
     RETURN ${FIELDS} AS node, score ORDER BY score DESC, node.id LIMIT $limit`,
    { index: SEARCH_INDEX, lucene, types, documents, limit: neo4j.int(Math.trunc(limit)) },
    readQuery(database, timeoutMs),
  );
  return records.map(toHit);
}

/** Case-insensitive substring match for what bigrams cannot find (a lone CJK character); names rank first. */
export async function containsSearch(
  driver: Driver,
  database: string,
  needle: string,
  types: NodeType[] | null,
  limit: number,
  timeoutMs: number,
  documents: string[] | null = null,
): Promise<RawHit[]> {
  const { records } = await driver.executeQuery(
    `MATCH (node:${ENTITY_LABEL})
     WHERE ($types IS NULL OR node.type IN $types) AND ($documents IS NULL OR node.document IN $documents)
     WITH node, toLower($needle) AS k
     WITH node, CASE
       WHEN toLower(node.name) CONTAINS k OR toLower(node.nameEn) CONTAINS k THEN 1.0
       WHEN toLower(coalesce(node.aliasesText, '')) CONTAINS k THEN 0.8
       WHEN toLower(coalesce(node.summaryZh, '')) CONTAINS k OR toLower(coalesce(node.summaryEn, '')) CONTAINS k THEN 0.5
       ELSE 0.0 END AS score
     WHERE score > 0
     RETURN ${FIELDS} AS node, score ORDER BY score DESC, size(node.name), node.id LIMIT $limit`,
    { needle, types, documents, limit: neo4j.int(Math.trunc(limit)) },
    readQuery(database, timeoutMs),
  );
  return records.map(toHit);
}

/** Full-text matches per document (the type filter applies, the document filter does not): the search facet. */
export async function fulltextFacet(
  driver: Driver,
  database: string,
  lucene: string,
  types: NodeType[] | null,
  timeoutMs: number,
): Promise<{ document: string | null; hits: number }[]> {
  const { records } = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node
     WHERE $types IS NULL OR node.type IN $types
     RETURN node.document AS document, count(*) AS hits ORDER BY hits DESC, document`,
    { index: SEARCH_INDEX, lucene, types },
    readQuery(database, timeoutMs),
  );
  return records.map((r) => ({ document: (r.get("document") as string | null) ?? null, hits: Number(r.get("hits")) }));
}
