// Cypher for the whole-graph view, in two linear steps inside one read transaction with the query timeout:
// the kept nodes (over the cap, the best connected: degree desc, then id), then the relationships among
// them. "Among them" is tested in O(1) per relationship — a node is kept when its (degree, id) sorts at or
// before the last kept one — where the former `b IN kept` list test cost O(kept) per relationship and ran
// for minutes at 100k. The transaction is explicit (no retry loop), so a timeout is answered once, on time.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from "neo4j-driver";
import { ENTITY_LABEL } from "../../../graph-seed/src/model/types.ts";
import type { NodeType } from "../../../graph-seed/src/model/types.ts";
import { queryTimeout } from "../http/errors.ts";
import { fromNeo4jError } from "../neo4j/errors.ts";
import { txConfig, withDeadline } from "../neo4j/query-options.ts";
import { toJsonValue, toNumber } from "../neo4j/values.ts";

export interface OverviewNode {
  id: string;
  /** Every property when `full`, else id, type, name, nameEn, x, y only. */
  props: Record<string, unknown>;
}
export interface OverviewEdge {
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}
export interface OverviewRows {
  total: number;
  nodes: OverviewNode[];
  edges: OverviewEdge[];
}

export interface OverviewArgs {
  types: NodeType[] | null;
  /** Only nodes of these documents (home or cited), and relationships of them; null: every document. */
  documents?: string[] | null;
  limit: number;
  /**
   * Every property of nodes and relationships (the graphology format), or only the few drawn; a number:
   * every property when at most that many nodes are kept (small overviews carry what the layered view needs).
   */
  full: boolean | number;
  timeoutMs: number;
}

// A node is in a document when that is its home or its evidence cites it (a node merged across documents).
const NODE_OK = (v: string) =>
  `($types IS NULL OR ${v}.type IN $types) AND ($documents IS NULL OR ${v}.document IN $documents
   OR any(l IN coalesce(${v}.evidence, []) WHERE split(l, '#')[0] IN $documents))`;
const REL_OK = `($documents IS NULL OR r.document IS NULL OR r.document IN $documents)`;
/** The documents a node's evidence cites (its home is `document`): what the client marks a node with. */
const CITED = `[l IN coalesce(n.evidence, []) | split(l, '#')[0]]`;

export async function readOverview(driver: Driver, database: string, a: OverviewArgs): Promise<OverviewRows> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let tx: Transaction | null = null;
  try {
    tx = session.beginTransaction(txConfig(a.timeoutMs, { role: "overview" }));
    // Neo4j checks its timeout between steps of a query; the deadline bounds the wait for the answer as well.
    const rows = await withDeadline(run(tx, a), a.timeoutMs + 1_000, queryTimeout);
    await tx.commit();
    return rows;
  } catch (err) {
    if (tx?.isOpen()) await tx.rollback().catch(() => {});
    throw fromNeo4jError(err) ?? err;
  } finally {
    void session.close().catch(() => {});
  }
}

async function run(tx: Transaction | ManagedTransaction, a: OverviewArgs): Promise<OverviewRows> {
  const types = a.types;
  const documents = a.documents ?? null;
  const countRes = await tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE ${NODE_OK("n")} RETURN count(n) AS total`, {
    types,
    documents,
  });
  const total = toNumber(countRes.records[0]?.get("total"));
  const capped = total > a.limit;
  const full = typeof a.full === "number" ? Math.min(total, a.limit) <= a.full : a.full;
  const nodeMap = full
    ? `n {.*, cited: ${CITED}}`
    : `n {.id, .type, .name, .nameEn, .x, .y, .document, cited: ${CITED}}`;
  const nodeRes = await tx.run(
    capped
      ? `MATCH (n:${ENTITY_LABEL}) WHERE ${NODE_OK("n")}
         WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.id LIMIT $limit
         RETURN ${nodeMap} AS n, degree`
      : `MATCH (n:${ENTITY_LABEL}) WHERE ${NODE_OK("n")} RETURN ${nodeMap} AS n, 0 AS degree`,
    { types, documents, limit: neo4j.int(Math.trunc(a.limit)) },
  );
  const nodes: OverviewNode[] = [];
  let lastDegree = 0;
  for (const r of nodeRes.records) {
    const props = toJsonValue(r.get("n")) as Record<string, unknown>;
    nodes.push({ id: String(props.id), props });
    lastDegree = toNumber(r.get("degree"));
  }
  const relMap = full ? "r {.*}" : "r {.inferred, .id}";
  const relRes = capped
    ? await tx.run(
        `UNWIND $ids AS id MATCH (a:${ENTITY_LABEL} {id: id})-[r]->(b:${ENTITY_LABEL})
         WHERE ${NODE_OK("b")} AND ${REL_OK}
         WITH a, r, b, COUNT { (b)--() } AS db
         WHERE db > $lastDegree OR (db = $lastDegree AND b.id <= $lastId)
         RETURN a.id AS s, b.id AS t, type(r) AS type, ${relMap} AS r`,
        {
          types,
          documents,
          ids: nodes.map((n) => n.id),
          lastDegree: neo4j.int(lastDegree),
          lastId: nodes[nodes.length - 1]?.id ?? "",
        },
      )
    : await tx.run(
        `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE ${NODE_OK("a")} AND ${NODE_OK("b")} AND ${REL_OK}
         RETURN a.id AS s, b.id AS t, type(r) AS type, ${relMap} AS r`,
        { types, documents },
      );
  const edges: OverviewEdge[] = relRes.records.map((r) => ({
    source: String(r.get("s")),
    target: String(r.get("t")),
    type: String(r.get("type")),
    props: toJsonValue(r.get("r")) as Record<string, unknown>,
  }));
  return { total, nodes, edges };
}
