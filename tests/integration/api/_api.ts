// Helpers shared by the API's integration tests: the app over the run's Neo4j with the real seed, a
// fingerprint of the database (to show a request changed nothing), and ids looked up by name.
import type { Driver } from "neo4j-driver";
import type { AppConfig } from "../../../server/src/config.ts";
import { loadRealSeed, neo4jTarget, testApp, testDriver } from "../_harness.ts";

export { fingerprint, type Fingerprint } from "../_db-fingerprint.ts";

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
