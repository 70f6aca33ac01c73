// Cypher for one node and its neighbourhood. Labels and relationship types come from the model's
// allow-lists (validated by the contract), values from $parameters; depth is a validated integer.
import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_LABEL, type NodeType, type RelType } from "../../../graph-seed/src/model/types.ts";
import { toJsonValue, toNumber } from "../neo4j/values.ts";
import type { NodeMap, RelMap } from "./payload-builder.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawNode {
  labels: string[];
  props: Record<string, unknown>;
  degree: { type: string; out: number; in: number }[];
}

export async function readNode(
  driver: Driver,
  database: string,
  id: string,
  timeoutMs: number,
): Promise<RawNode | null> {
  const { records } = await driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     CALL (n) {
       MATCH (n)-[r]-()
       WITH type(r) AS type, startNode(r) = n AS isOut, count(*) AS c
       RETURN collect({type: type, out: CASE WHEN isOut THEN c ELSE 0 END, in: CASE WHEN isOut THEN 0 ELSE c END}) AS parts
     }
     RETURN labels(n) AS labels, properties(n) AS props, parts`,
    { id },
    readQuery(database, timeoutMs),
  );
  const rec = records[0];
  if (!rec) return null;
  const merged = new Map<string, { type: string; out: number; in: number }>();
  for (const p of rec.get("parts") as { type: string; out: unknown; in: unknown }[]) {
    const d = merged.get(p.type) ?? { type: p.type, out: 0, in: 0 };
    d.out += toNumber(p.out);
    d.in += toNumber(p.in);
    merged.set(p.type, d);
  }
  return {
    labels: rec.get("labels") as string[],
    props: toJsonValue(rec.get("props")) as Record<string, unknown>,
    degree: [...merged.values()].sort((a, b) => a.type.localeCompare(b.type)),
  };
}

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  rel: RelType[] | null;
  types: NodeType[] | null;
  direction: "both" | "out" | "in";
  limit: number;
  inferred: boolean;
  /** Only neighbours (and nodes on the way to them) from these documents; null: every document. */
  document: string[] | null;
}

export interface RawNeighborhood {
  center: NodeMap;
  kept: NodeMap[];
  rels: RelMap[];
  total: number;
  omittedByType: Record<string, number>;
  omittedEdges: number;
}

export async function readNeighborhood(
  driver: Driver,
  database: string,
  a: NeighborhoodArgs,
  timeoutMs: number,
): Promise<RawNeighborhood | null> {
  const relPattern = a.rel && a.rel.length > 0 ? `:${a.rel.join("|")}` : "";
  const depth = Math.trunc(a.depth);
  const [left, right] = a.direction === "out" ? ["-", "->"] : a.direction === "in" ? ["<-", "-"] : ["-", "-"];
  // Every node on a path (not only its end) must pass the type filter, so the payload stays connected.
  // Nearest first, then the best connected: what a reader wants to see first when a cap cuts the rest.
  const { records } = await driver.executeQuery(
    `MATCH (c:${ENTITY_LABEL} {id: $id})
     CALL (c) {
       MATCH p = (c)${left}[rs${relPattern}*1..${depth}]${right}(m:${ENTITY_LABEL})
       WHERE m <> c
         AND ($types IS NULL OR all(x IN nodes(p)[1..] WHERE x.type IN $types))
         AND ($documents IS NULL OR all(x IN nodes(p)[1..] WHERE x.document IN $documents))
         AND ($inferred OR none(r IN rs WHERE coalesce(r.inferred, false)))
       WITH m, min(length(p)) AS dist
       WITH m, dist, COUNT { (m)--() } AS deg
       ORDER BY dist, deg DESC, m.id
       RETURN collect(m) AS found
     }
     WITH c, found[..$limit] AS kept, found[$limit..] AS rest, size(found) AS total
     CALL (c, kept) {
       WITH [c] + kept AS ns
       UNWIND ns AS x
       MATCH (x)-[r${relPattern}]->(y) WHERE y IN ns AND ($inferred OR NOT coalesce(r.inferred, false))
       RETURN collect(DISTINCT r {.*, type: type(r), source: x.id, target: y.id}) AS rels
     }
     CALL (kept, rest) {
       UNWIND rest AS o
       MATCH (o)-[r${relPattern}]-(k) WHERE k IN kept
       RETURN count(DISTINCT r) AS omittedEdges
     }
     RETURN c {.*} AS center, [k IN kept | k {.*}] AS kept, rels, total, omittedEdges,
            [o IN rest | o.type] AS restTypes`,
    { id: a.id, types: a.types, documents: a.document, inferred: a.inferred, limit: neo4j.int(Math.trunc(a.limit)) },
    readQuery(database, timeoutMs),
  );
  const rec = records[0];
  if (!rec) return null;
  const omittedByType: Record<string, number> = {};
  for (const t of rec.get("restTypes") as string[]) omittedByType[t] = (omittedByType[t] ?? 0) + 1;
  return {
    center: rec.get("center") as NodeMap,
    kept: rec.get("kept") as NodeMap[],
    rels: rec.get("rels") as RelMap[],
    total: toNumber(rec.get("total")),
    omittedByType,
    omittedEdges: toNumber(rec.get("omittedEdges")),
  };
}
