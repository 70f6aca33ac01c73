// Cypher for the health and readiness probes. Every call has a short timeout: a probe that hangs
// would defeat its purpose.
import type { Driver } from "neo4j-driver";
import { SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { PROBE_TIMEOUT_MS, readQuery, txConfig } from "../neo4j/query-options.ts";
import { toNumber } from "../neo4j/values.ts";

export interface DbInfo {
  version: string;
  edition: string;
  nodes: number;
  relationships: number;
}

export interface SeedMarker {
  document: string;
  /** False while a load of this document is running, or after one died half-way. */
  completed: boolean;
  version: string;
  loadedAt: string;
  nodes: number;
  relationships: number;
}

export async function readDbInfo(driver: Driver, database: string): Promise<DbInfo> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const comp = await session.run(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      txConfig(PROBE_TIMEOUT_MS, { role: "probe" }),
    );
    const counts = await session.run(
      "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
      {},
      txConfig(PROBE_TIMEOUT_MS, { role: "probe" }),
    );
    const c = comp.records[0];
    const k = counts.records[0];
    return {
      version: String(c?.get("version") ?? "unknown"),
      edition: String(c?.get("edition") ?? "unknown"),
      nodes: toNumber(k?.get("nodes")),
      relationships: toNumber(k?.get("rels")),
    };
  } finally {
    await session.close();
  }
}

export async function readSeedMarkers(driver: Driver, database: string): Promise<SeedMarker[]> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL})
     RETURN m.document AS document, m.completed = true AS completed, m.version AS version,
            toString(m.loadedAt) AS loadedAt, m.nodes AS nodes, m.relationships AS relationships ORDER BY document`,
    {},
    readQuery(database, PROBE_TIMEOUT_MS, { role: "probe" }),
  );
  return records.map((r) => ({
    document: String(r.get("document")),
    completed: r.get("completed") === true,
    version: String(r.get("version")),
    loadedAt: String(r.get("loadedAt")),
    nodes: toNumber(r.get("nodes")),
    relationships: toNumber(r.get("relationships")),
  }));
}
