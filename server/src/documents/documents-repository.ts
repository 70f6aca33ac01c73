// Cypher for the documents the database knows: seed markers and per-document counts.
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { toNumber } from "../neo4j/values.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface RawDocumentRow {
  id: string;
  loaded: boolean;
  version: string | null;
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
            toString(coalesce(m.firstLoadedAt, m.startedAt)) AS firstLoadedAt ORDER BY id`,
    {},
    readQuery(database, timeoutMs),
  );
  return records.map((r) => ({
    id: String(r.get("id")),
    loaded: r.get("loaded") === true,
    version: (r.get("version") as string | null) ?? null,
    nodes: toNumber(r.get("nodes")),
    relationships: toNumber(r.get("rels")),
    drafts: toNumber(r.get("drafts")),
    language: (r.get("language") as string | null) ?? null,
    firstLoadedAt: (r.get("firstLoadedAt") as string | null) ?? null,
  }));
}
