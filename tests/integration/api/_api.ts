// Helpers shared by the API's integration tests: the app over the run's Neo4j with the real seed, a
// fingerprint of the database (to show a request changed nothing), and ids looked up by name.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { AppConfig } from "../../../server/src/config.ts";
import { loadRealSeed, neo4jTarget, testApp, testDriver } from "../_harness.ts";

export interface ApiFixture {
  driver: Driver;
  app: ReturnType<typeof testApp>;
}

/** Limits high enough that a test is never throttled unless it asks to be. */
export const UNTHROTTLED: Partial<AppConfig> = { rateLimit: { windowMs: 60_000, cypher: 1_000_000, paths: 1_000_000 } };

export function apiFixture(overrides: Partial<AppConfig> = {}): ApiFixture {
  const driver = testDriver();
  return { driver, app: testApp(driver, { ...UNTHROTTLED, ...overrides }) };
}

export async function seeded(driver: Driver): Promise<void> {
  await loadRealSeed(driver);
}

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
export async function fingerprint(driver: Driver): Promise<Fingerprint> {
  const database = neo4jTarget().database;
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

/** The id of the node with this exact name (the seed's ids are not hard-coded in tests). */
export async function idByName(driver: Driver, name: string): Promise<string> {
  const { records } = await driver.executeQuery(
    "MATCH (n:Entity {name: $name}) RETURN n.id AS id ORDER BY id LIMIT 1",
    { name },
    { database: neo4jTarget().database },
  );
  const id = records[0]?.get("id");
  if (typeof id !== "string") throw new Error(`tests/api: no node named ${name} in the seed`);
  return id;
}
