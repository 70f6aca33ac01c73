// A fingerprint of everything a failed write could disturb: counts, a hash of all node and relationship
// ids with their properties, and the schema. Equal fingerprints mean "nothing changed".
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

export interface DbFingerprint {
  nodes: number;
  relationships: number;
  contentHash: string;
  schema: string[];
}

export async function fingerprint(driver: Driver, database: string): Promise<DbFingerprint> {
  const { records: nodes } = await driver.executeQuery(
    "MATCH (n) RETURN coalesce(n.id, n.document, elementId(n)) AS k, labels(n) AS l, properties(n) AS p ORDER BY k",
    {},
    { database, routing: "READ" },
  );
  const { records: rels } = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN coalesce(r.id, elementId(r)) AS k, type(r) AS t, properties(r) AS p ORDER BY k",
    {},
    { database, routing: "READ" },
  );
  const { records: schema } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, state RETURN name + ':' + type + ':' + state AS s ORDER BY s",
    {},
    { database, routing: "READ" },
  );
  const { records: constraints } = await driver.executeQuery(
    "SHOW CONSTRAINTS YIELD name, type RETURN name + ':' + type AS s ORDER BY s",
    {},
    { database, routing: "READ" },
  );
  const hash = createHash("sha256");
  // Timestamps of the seed marker are part of its content: an unchanged database keeps them too.
  for (const r of nodes) hash.update(JSON.stringify([r.get("k"), [...r.get("l")].sort(), sortKeys(r.get("p"))]));
  for (const r of rels) hash.update(JSON.stringify([r.get("k"), r.get("t"), sortKeys(r.get("p"))]));
  return {
    nodes: nodes.length,
    relationships: rels.length,
    contentHash: hash.digest("hex"),
    schema: [...schema, ...constraints].map((r) => String(r.get("s"))),
  };
}

function sortKeys(o: Record<string, unknown>): [string, string][] {
  return Object.keys(o)
    .sort()
    .map((k) => [k, String(o[k])]);
}
