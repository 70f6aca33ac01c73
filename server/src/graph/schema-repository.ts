// Cypher for GET /api/schema: labels, relationship types and property keys with counts.
import type { Driver } from "neo4j-driver";
import { toNumber } from "../neo4j/values.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawSchema {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
  totals: { nodes: number; relationships: number };
  patterns: { from: string; type: string; to: string; count: number }[];
}

/** `nodeTypes`: the labels that name a knowledge node's type; patterns are counted between those only. */
export async function readSchema(
  driver: Driver,
  database: string,
  timeoutMs: number,
  nodeTypes: readonly string[],
): Promise<RawSchema> {
  const opts = readQuery(database, timeoutMs);
  // db.labels()/db.relationshipTypes() list only tokens in use; counts come from the count store via
  // the per-label MATCH the planner answers with NodeCountFromCountStore.
  const [labels, rels, keys, totals, patterns] = await Promise.all([
    driver.executeQuery(`MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label`, {}, opts),
    driver.executeQuery(`MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`, {}, opts),
    driver.executeQuery(`CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey`, {}, opts),
    driver.executeQuery(
      `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels`,
      {},
      opts,
    ),
    // Which type links which: the schema view's edges (as Neo4j's schema visualisation draws them).
    driver.executeQuery(
      `MATCH (a)-[r]->(b)
       WITH [l IN labels(a) WHERE l IN $types][0] AS from, type(r) AS type, [l IN labels(b) WHERE l IN $types][0] AS to
       WHERE from IS NOT NULL AND to IS NOT NULL
       RETURN from, type, to, count(*) AS count ORDER BY from, type, to`,
      { types: [...nodeTypes] },
      opts,
    ),
  ]);
  const t = totals.records[0];
  return {
    labels: labels.records.map((r) => ({ label: String(r.get("label")), count: toNumber(r.get("count")) })),
    relationshipTypes: rels.records.map((r) => ({ type: String(r.get("type")), count: toNumber(r.get("count")) })),
    propertyKeys: keys.records.map((r) => String(r.get("propertyKey"))),
    totals: { nodes: toNumber(t?.get("nodes")), relationships: toNumber(t?.get("rels")) },
    patterns: patterns.records.map((r) => ({
      from: String(r.get("from")),
      type: String(r.get("type")),
      to: String(r.get("to")),
      count: toNumber(r.get("count")),
    })),
  };
}
