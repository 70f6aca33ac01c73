// `npm test` never writes to a database it did not create. A second local Neo4j stands for the user's own
// database, with data in it; the tests are then run with NEO4J_URI pointing at it (they must ignore it) and
// with TEST_NEO4J_URI pointing at it (they must refuse: it is not empty and not marked as theirs).
import { spawn } from "node:child_process";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../graph-seed/src/database/driver.ts";
import { REPO_ROOT } from "../../../server/src/config.ts";
import { startThrowawayNeo4j, TEST_MARKER_LABEL, TestDatabaseRefusedError } from "../../_throwaway-neo4j.ts";
import { fingerprint, type Fingerprint } from "../_db-fingerprint.ts";
import { startPrivateDb, type PrivateDb } from "../_local-db.ts";

const DATABASE = "neo4j";

/** The user's data: a few nodes, a relationship, a constraint — what a wipe would destroy. */
async function putUserData(driver: Driver): Promise<void> {
  await driver.executeQuery("CREATE CONSTRAINT user_thing IF NOT EXISTS FOR (t:UserThing) REQUIRE t.id IS UNIQUE");
  await driver.executeQuery(
    `UNWIND range(1, 50) AS i CREATE (:UserThing {id: i, note: 'mine ' + i})
     WITH 1 AS one LIMIT 1 MATCH (a:UserThing {id: 1}), (b:UserThing {id: 2}) CREATE (a)-[:OWNS {since: 2020}]->(b)`,
    {},
    { database: DATABASE },
  );
}

/** Runs one integration test file in a nested vitest, as `npm test` would, with the given extra environment. */
function runVitest(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  // The nested run must not believe it is a worker of this one.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "integration", file],
    { cwd: REPO_ROOT, env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("the user's own database", () => {
  let db: PrivateDb;
  let driver: Driver;
  let before: Fingerprint;

  beforeAll(async () => {
    db = await startPrivateDb();
    driver = createDriver(db.current);
    await putUserData(driver);
    before = await fingerprint(driver, DATABASE);
    expect(before.nodes).toBe(50);
    expect(before.relationships).toBe(1);
  });
  afterAll(async () => {
    await driver?.close();
    await db?.dispose();
  });

  it(
    "is left unchanged by a test run that wipes and loads, with NEO4J_URI pointing at it",
    { timeout: 240_000 },
    async () => {
      const run = await runVitest("tests/integration/foundation/seed-load.test.ts", {
        NEO4J_URI: db.current.uri,
        NEO4J_USERNAME: db.current.username,
        NEO4J_PASSWORD: db.current.password,
      });
      // The nested run passed (it wiped and loaded a database: its own) and said why it ignored NEO4J_URI.
      expect(run.output).toMatch(/NEO4J_URI is set and ignored/);
      expect(run.code, run.output.slice(-3000)).toBe(0);
      expect(await fingerprint(driver, DATABASE)).toEqual(before);
    },
  );

  it("is refused as TEST_NEO4J_URI, with a clear message, and left unchanged", async () => {
    const lines: string[] = [];
    const attempt = startThrowawayNeo4j("rg-unused-", (l) => lines.push(l), {
      TEST_NEO4J_URI: db.current.uri,
      TEST_NEO4J_PASSWORD: db.current.password,
      NEO4J_URI: db.current.uri,
    });
    await expect(attempt).rejects.toBeInstanceOf(TestDatabaseRefusedError);
    await expect(attempt).rejects.toThrow(/holds 50 nodes and 1 constraints and is not marked as a test database/);
    expect(await fingerprint(driver, DATABASE)).toEqual(before);
  });

  it("is accepted as TEST_NEO4J_URI once empty: the tests mark it, and find their mark the next time", async () => {
    // This database is the test's own, so emptying it here is fair; it stands for a fresh database a user gives.
    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: DATABASE });
    await driver.executeQuery("DROP CONSTRAINT user_thing IF EXISTS", {}, { database: DATABASE });
    const lines: string[] = [];
    const first = await startThrowawayNeo4j("rg-unused-", (l) => lines.push(l), {
      TEST_NEO4J_URI: db.current.uri,
      TEST_NEO4J_PASSWORD: db.current.password,
    });
    expect(first.target.uri).toBe(db.current.uri);
    expect(lines.join("\n")).toMatch(/was empty: marked/);
    const marks = await driver.executeQuery(`MATCH (m:${TEST_MARKER_LABEL}) RETURN count(m) AS c`, {}, {});
    expect(Number(marks.records[0]!.get("c"))).toBe(1);

    await startThrowawayNeo4j("rg-unused-", (l) => lines.push(l), {
      TEST_NEO4J_URI: db.current.uri,
      TEST_NEO4J_PASSWORD: db.current.password,
    });
    expect(lines.join("\n")).toMatch(/carries the test mark: using it/);
    expect((await fingerprint(driver, DATABASE)).nodes).toBe(1);
  });
});
