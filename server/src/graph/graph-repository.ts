// Cypher for reading the knowledge graph. Labels come from NODE_TYPES (an allow-list), values from $parameters.
import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_LABEL } from "../../../graph-seed/src/model/types.ts";
import type { NodeType } from "../../../graph-seed/src/model/types.ts";
import { emptyPayload, type GraphPayload } from "../api/graph-payload.ts";
import { toJsonValue, toNumber } from "../neo4j/values.ts";
import { readQuery } from "../neo4j/query-options.ts";

export async function readGraph(
  driver: Driver,
  database: string,
  types: NodeType[] | null,
  limit: number,
  timeoutMs = 5000,
): Promise<GraphPayload> {
  // Over the cap, the best connected nodes are kept: the overview of a large graph shows its hubs and the
  // edges among them (at 100k/300k, the 5,000 best connected nodes carry 13,217 edges among themselves; the
  // first 5,000 by id carried 2,687). Returned in id order, so a graph under the cap reads as before. With a
  // `types` filter the degree still counts edges to nodes of other types (one count per node, no filter walk).
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:${ENTITY_LABEL}) WHERE $types IS NULL OR n.type IN $types RETURN count(n) AS total }
     CALL () {
       MATCH (n:${ENTITY_LABEL}) WHERE $types IS NULL OR n.type IN $types
       WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.id LIMIT $limit
       WITH n ORDER BY n.id
       RETURN collect(n) AS kept
     }
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r]->(b:${ENTITY_LABEL}) WHERE b IN kept
       RETURN collect(r {.*, type: type(r), source: a.id, target: b.id}) AS rels
     }
     RETURN [n IN kept | n {.*}] AS nodes, rels, total`,
    { types, limit: neo4j.int(Math.trunc(limit)) },
    readQuery(database, timeoutMs),
  );
  const rec = records[0];
  const payload = emptyPayload();
  if (!rec) return payload;
  const nodes = toJsonValue(rec.get("nodes")) as Record<string, unknown>[];
  const rels = toJsonValue(rec.get("rels")) as Record<string, unknown>[];
  const total = toNumber(rec.get("total"));
  payload.nodes = nodes.map(({ id, ...attrs }) => ({
    key: String(id),
    attributes: attrs as GraphPayload["nodes"][number]["attributes"],
  }));
  payload.edges = rels.map(({ id, source, target, ...attrs }) => ({
    key: String(id),
    source: String(source),
    target: String(target),
    attributes: attrs as GraphPayload["edges"][number]["attributes"],
  }));
  payload.attributes = { truncated: total > nodes.length, omitted: total - nodes.length };
  return payload;
}
