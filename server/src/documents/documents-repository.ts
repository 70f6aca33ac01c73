// Cypher for the documents the database knows: seed markers and per-document counts.
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { toNumber } from "../neo4j/values.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawDocumentRow {
  id: string;
  loaded: boolean;
  version: string | null;
  /** draft or curated once loaded (the marker's status, else its version); failed for a load that never completed. */
  status: "draft" | "curated" | "failed" | "unloaded";
  nodes: number;
  relationships: number;
  /** Nodes still drafts (status 'draft'): a document with none is curated. */
  drafts: number;
  language: string | null;
  /** When the document was first loaded (kept through re-loads), ISO 8601. */
  firstLoadedAt: string | null;
}

export async function readDocumentRows(driver: Driver, database: string, timeoutMs: number): Promise<RawDocumentRow[]> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (m:${SEED_MARKER_LABEL}) RETURN m.document AS id
       UNION
       MATCH (n:${ENTITY_LABEL}) RETURN DISTINCT n.document AS id
     }
     WITH id WHERE id IS NOT NULL
     OPTIONAL MATCH (m:${SEED_MARKER_LABEL} {document: id})
     CALL (id) { MATCH (n:${ENTITY_LABEL} {document: id}) RETURN count(n) AS nodes, count(n.status = 'draft' OR NULL) AS drafts }
     CALL (id) { MATCH ()-[r]->() WHERE r.document = id RETURN count(r) AS rels }
     RETURN id, coalesce(m.completed, false) AS loaded, m.version AS version, nodes, rels, drafts, m.language AS language,
       toString(coalesce(m.firstLoadedAt, m.startedAt)) AS firstLoadedAt,
       CASE WHEN m IS NULL THEN CASE WHEN nodes > 0 THEN 'curated' ELSE 'unloaded' END
            WHEN NOT coalesce(m.completed, false) THEN 'failed'
            WHEN drafts > 0 THEN 'draft'
            ELSE coalesce(m.status, CASE WHEN m.version STARTS WITH 'draft' THEN 'draft' ELSE 'curated' END) END AS status
     ORDER BY id`,
    {},
    readQuery(database, timeoutMs),
  );
  return records.map((r) => ({
    id: String(r.get("id")),
    loaded: r.get("loaded") === true,
    version: (r.get("version") as string | null) ?? null,
    status: r.get("status") as RawDocumentRow["status"],
    nodes: toNumber(r.get("nodes")),
    relationships: toNumber(r.get("rels")),
    drafts: toNumber(r.get("drafts")),
    language: (r.get("language") as string | null) ?? null,
    firstLoadedAt: (r.get("firstLoadedAt") as string | null) ?? null,
  }));
}

/** A document's nodes and relationships by type (an upload's summary). */
export async function readDocumentCounts(driver: Driver, database: string, id: string, timeoutMs: number) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:${ENTITY_LABEL} {document: $id}) RETURN n.type AS type, count(*) AS c, 'node' AS kind
               UNION ALL
               MATCH (:${ENTITY_LABEL} {document: $id})-[r]->() RETURN type(r) AS type, count(*) AS c, 'edge' AS kind }
     RETURN kind, type, c ORDER BY kind, type`,
    { id },
    readQuery(database, timeoutMs),
  );
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  for (const r of records)
    (r.get("kind") === "node" ? nodesByType : edgesByType)[String(r.get("type"))] = toNumber(r.get("c"));
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(nodesByType), edges: sum(edgesByType), nodesByType, edgesByType };
}
