// Cypher for comparing two documents: their entities (with what may name the same thing elsewhere), the
// entities confirmed as shared, and the measure → problem / concept edges cross ties are built from.
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface CompareEntity {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  aliases: string[];
  document: string;
  /** Documents of this node's evidence and of its relationships other than its home document. */
  alsoIn: string[];
}

export interface DocEdge {
  source: string;
  target: string;
  type: string;
}

/** Both documents' entities; a node merged across documents appears with the other document in alsoIn. */
export async function readEntities(
  driver: Driver,
  database: string,
  docs: string[],
  timeoutMs: number,
): Promise<CompareEntity[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.document IN $docs
     OPTIONAL CALL (n) {
       MATCH (n)-[r]-() WHERE r.document IS NOT NULL AND r.document <> n.document
       RETURN collect(DISTINCT r.document) AS relDocs
     }
     RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.nameEn, '') AS nameEn,
            coalesce(n.aliases, []) AS aliases, n.document AS document,
            [l IN coalesce(n.evidence, []) | split(l, '#')[0]] + coalesce(relDocs, []) AS docs
     ORDER BY n.id`,
    { docs },
    readQuery(database, timeoutMs),
  );
  return records.map((r) => {
    const home = String(r.get("document"));
    return {
      id: String(r.get("id")),
      type: String(r.get("type")),
      name: String(r.get("name")),
      nameEn: String(r.get("nameEn")),
      aliases: (r.get("aliases") as unknown[]).map(String),
      document: home,
      alsoIn: [...new Set((r.get("docs") as unknown[]).map(String))].filter((d) => d !== home),
    };
  });
}

/** Every relationship touching the two documents' nodes (source, target, type), for cross ties. */
export async function readEdges(driver: Driver, database: string, docs: string[], timeoutMs: number) {
  const { records } = await driver.executeQuery(
    `MATCH (s:${ENTITY_LABEL})-[r]->(t:${ENTITY_LABEL}) WHERE s.document IN $docs OR t.document IN $docs
     RETURN s.id AS source, t.id AS target, type(r) AS type`,
    { docs },
    readQuery(database, timeoutMs),
  );
  return records.map((r) => ({
    source: String(r.get("source")),
    target: String(r.get("target")),
    type: String(r.get("type")),
  })) as DocEdge[];
}

/** The documents of the two ids that have a completed load, with their titles. */
export async function readLoaded(driver: Driver, database: string, docs: string[], timeoutMs: number) {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL}) WHERE m.document IN $docs AND m.completed = true
     RETURN DISTINCT m.document AS id, m.titleEn AS title`,
    { docs },
    readQuery(database, timeoutMs),
  );
  return new Map(records.map((r) => [String(r.get("id")), (r.get("title") as string | null) ?? null]));
}
