// A fingerprint of everything a failed write could disturb: counts, labels, schema and a checksum over
// every property of every node and relationship. Equal fingerprints mean "nothing changed".
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { neo4jTarget } from "./_harness.ts";

export interface Fingerprint {
  nodes: number;
  relationships: number;
  labels: string[];
  propertyKeys: number;
  constraints: string[];
  indexes: string[];
  checksum: string;
}

/** Counts, schema and a checksum over every property: any write would change one of them. */
export async function fingerprint(driver: Driver, database = neo4jTarget().database): Promise<Fingerprint> {
  const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records;
  const [counts] = await q(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, collect(DISTINCT labels(n)) AS ls }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN nodes, rels, ls`,
  );
  // Every node's and relationship's properties, in a stable order, hashed here rather than in Cypher.
  const props = await q(
    `CALL () { MATCH (n) RETURN elementId(n) AS k, labels(n) AS l, properties(n) AS p
               UNION ALL MATCH ()-[r]->() RETURN elementId(r) AS k, [type(r)] AS l, properties(r) AS p }
     RETURN k, l, p ORDER BY k`,
  );
  const hash = createHash("sha256");
  for (const r of props)
    hash.update(
      JSON.stringify([r.get("k"), r.get("l"), r.get("p")], (_k, v) => (typeof v === "bigint" ? String(v) : v)),
    );
  const cs = await q("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
  const is = await q("SHOW INDEXES YIELD name RETURN name ORDER BY name");
  const keys = await q("CALL db.propertyKeys() YIELD propertyKey RETURN count(*) AS c");
  return {
    nodes: Number(counts!.get("nodes")),
    relationships: Number(counts!.get("rels")),
    labels: (counts!.get("ls") as string[][]).map((l) => [...l].sort().join(":")).sort(),
    propertyKeys: Number(keys[0]!.get("c")),
    constraints: cs.map((r) => String(r.get("name"))),
    indexes: is.map((r) => String(r.get("name"))),
    checksum: hash.digest("hex"),
  };
}
