// Cypher for measure–problem chains. One pattern per family of chain, all ending in a SOLVES edge into a
// problem, optionally climbing that problem's PART_OF / CAUSES links to a larger problem.
import neo4j, { type Driver } from "neo4j-driver";
import { SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import type { NodeMap, RelMap } from "../graph/payload-builder.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawChain {
  nodes: NodeMap[];
  rels: RelMap[];
}

const CHAIN_RETURN = `RETURN [x IN nodes(p) | x {.id, .type, .name, .nameEn}] AS nodes,
  [r IN relationships(p) | r {.id, .inferred, .evidence, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels`;
const FILTER = `WHERE ($measure IS NULL OR m.id = $measure) AND ($problem IS NULL OR q.id = $problem)
  AND ($documents IS NULL OR all(x IN nodes(p) WHERE x.document IN $documents))
  AND (NOT $stated OR none(r IN relationships(p) WHERE r.inferred = true))`;

export async function readChains(
  driver: Driver,
  database: string,
  measure: string | null,
  problem: string | null,
  timeoutMs: number,
  documents: string[] | null = null,
  /** Only chains with no inferred edge. */
  stated = false,
): Promise<{ chains: RawChain[]; capped: boolean }> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH p = (m:Measure)<-[:PART_OF]-{0,2}(:Measure|Programme)-[:SOLVES]->(:Problem)-[:PART_OF|CAUSES]->{0,2}(q:Problem)
       ${FILTER} ${CHAIN_RETURN}
       UNION ALL
       MATCH p = (m:Measure)-[:SUPPORTS|INVOLVES|TARGETS]->(x)-[:SOLVES]->(:Problem)-[:PART_OF|CAUSES]->{0,2}(q:Problem)
       ${FILTER} AND NOT x:Measure ${CHAIN_RETURN}
       UNION ALL
       MATCH p = (m:Measure)-[:SUPPORTS|INVOLVES|TARGETS]->(x)-[:SUPPORTS]->(y)-[:SOLVES]->(q:Problem)
       ${FILTER} AND NOT x:Measure ${CHAIN_RETURN}
     }
     RETURN nodes, rels LIMIT $cap`,
    // One past the cap: a 5,001st chain says the answer was cut, and the payload says so.
    { measure, problem, documents, stated, cap: neo4j.int(CHAIN_CAP + 1) },
    readQuery(database, timeoutMs),
  );
  const chains = records
    .slice(0, CHAIN_CAP)
    .map((r) => ({ nodes: r.get("nodes") as NodeMap[], rels: r.get("rels") as RelMap[] }));
  return { chains, capped: records.length > CHAIN_CAP };
}

/** The most measure → problem chains one answer reads (the matrix reports when it was reached). */
export const CHAIN_CAP = 5_000;

export interface RawFocus {
  node: NodeMap | null;
}

export async function readFocus(
  driver: Driver,
  database: string,
  id: string,
  timeoutMs: number,
): Promise<NodeMap | null> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity {id: $id}) RETURN n {.id, .type, .name, .nameEn} AS n`,
    { id },
    readQuery(database, timeoutMs),
  );
  return (records[0]?.get("n") as NodeMap | undefined) ?? null;
}

export interface RawAxis {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  path: string | null;
  order: unknown;
  parentId: string | null;
}

/** Every measure or problem with its place in the paper's outline, for the matrix's rows and columns. */
export async function readAxis(
  driver: Driver,
  database: string,
  label: "Measure" | "Problem",
  timeoutMs: number,
  documents: string[] | null = null,
): Promise<RawAxis[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:${label}) WHERE $documents IS NULL OR n.document IN $documents
     OPTIONAL CALL (n) { MATCH (n)-[:PART_OF]->(parent:${label}) RETURN parent.id AS parentId ORDER BY parentId LIMIT 1 }
     RETURN n.id AS id, n.type AS type, n.name AS name, n.nameEn AS nameEn, n.path AS path, n.order AS order, parentId
     ORDER BY coalesce(n.section, ''), coalesce(n.order, 0), n.id`,
    { documents },
    readQuery(database, timeoutMs),
  );
  return records.map((r) => ({
    id: String(r.get("id")),
    type: String(r.get("type")),
    name: String(r.get("name")),
    nameEn: String(r.get("nameEn")),
    path: (r.get("path") as string | null) ?? null,
    order: r.get("order"),
    parentId: (r.get("parentId") as string | null) ?? null,
  }));
}

/**
 * Whether this document has a completed load (its seed marker), so a misspelt id answers 404, not an empty
 * matrix, and a half-done load is not shown as a whole one.
 */
export async function documentLoaded(
  driver: Driver,
  database: string,
  document: string,
  timeoutMs: number,
): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (m:${SEED_MARKER_LABEL} {document: $document}) WHERE m.completed = true } AS loaded`,
    { document },
    readQuery(database, timeoutMs),
  );
  return records[0]?.get("loaded") === true;
}
