// Memory bombs: each answers a JSON 422 MEMORY_LIMIT within the query timeout, and the database stays up.
// Two layers are shown separately: the console's memory guard refuses the known families before they run
// (on the shared database, through HTTP), and behind it the database's own bounds hold with the guards off
// (a private Neo4j with a 512m heap: db.memory.transaction.max for what Neo4j tracks, and an
// OutOfMemoryError that fails the query instead of the JVM for what it does not track).
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../graph-seed/src/database/driver.ts";
import { runConsole } from "../../../server/src/cypher/console-service.ts";
import { ApiError } from "../../../server/src/http/errors.ts";
import { apiFixture, seeded } from "../api/_api.ts";
import { testConfig } from "../_harness.ts";
import { startPrivateDb, type PrivateDb } from "../_local-db.ts";

const TIMEOUT_MS = 5_000;

// The exact queries of the report, and the same families written differently.
const BOMBS: Record<string, string> = {
  "string doubled 29 times": 'RETURN size(reduce(s = "a", i IN range(1, 29) | s + s))',
  "string tripled, lower case": "return size(reduce(acc = 'ab', x in range(1, 40) | acc + acc + acc)) as n",
  "list doubled, then made a string": "RETURN size(toString(reduce(l = [1], i IN range(1, 30) | l + l)))",
  "range() returned as one huge list": "RETURN range(1, 100000000) AS r",
  "range() made a string": "RETURN size(toString(range(0, 2000000000, 2)))",
  "collect() over a huge range": "UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs)",
  "collect() over a cartesian product of ranges":
    "UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b WITH collect([a, b]) AS c RETURN size(c)",
  "collect() over a cartesian product of nodes":
    "MATCH (a), (b), (c), (d) WITH collect([a, b, c, d]) AS x RETURN size(x)",
  "sort of a cartesian product": "MATCH (a), (b), (c), (d) RETURN a.id, b.id ORDER BY a.id, b.id, c.id, d.id",
};

describe("memory bombs through the console", () => {
  const { driver, app } = apiFixture({ queryTimeoutMs: TIMEOUT_MS });
  beforeAll(async () => {
    await seeded(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  for (const [name, query] of Object.entries(BOMBS)) {
    it(`refuses ${name} with 422 MEMORY_LIMIT within the timeout`, async () => {
      const t0 = Date.now();
      const res = await request(app).post("/api/cypher").send({ query });
      const ms = Date.now() - t0;
      console.info(`memory bomb "${name}": ${res.status} ${res.body.error?.code} in ${ms} ms`);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("MEMORY_LIMIT");
      expect(ms).toBeLessThan(TIMEOUT_MS);
    });
  }

  it("still answers harmless queries of the same shapes, and everything keeps serving", async () => {
    for (const query of [
      'RETURN reduce(s = "", i IN range(1, 5) | s + toString(i)) AS s',
      "UNWIND range(1, 100000000) AS x RETURN x LIMIT 3",
      "UNWIND range(1, 1000) AS x RETURN collect(x)[0..2] AS xs",
      "MATCH (a:Entity) RETURN a.id ORDER BY a.id LIMIT 2",
    ]) {
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.status, `${query}: ${JSON.stringify(res.body.error)}`).toBe(200);
    }
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body.neo4j.connected).toBe(true);
  });
});

describe("memory bombs with the console's guards switched off: the database's own bounds", () => {
  let db: PrivateDb;
  let driver: ReturnType<typeof createDriver>;
  beforeAll(async () => {
    db = await startPrivateDb();
    driver = createDriver(db.current);
  });
  afterAll(async () => {
    await driver?.close();
    await db?.dispose();
  });

  it(
    "fails the untracked string doubling and the tracked collect with MEMORY_LIMIT, and the JVM lives on",
    { timeout: 240_000 },
    async () => {
      const deps = {
        config: testConfig({ queryTimeoutMs: 180_000 }),
        driver,
        database: "neo4j",
        providerKind: "local" as const,
        log: pino({ level: "silent" }),
      };
      const run = async (query: string) => {
        const t0 = Date.now();
        const outcome = await runConsole(deps, {
          body: { query, params: {} },
          guards: { lexical: false, classifier: false },
        }).then(
          () => "ok",
          (e: unknown) => (e instanceof ApiError ? e.code : String(e)),
        );
        return { outcome, ms: Date.now() - t0 };
      };
      // Both at once: the total limit and the heap are shared, as they would be between users.
      const [doubling, collect] = await Promise.all([
        run(BOMBS["string doubled 29 times"]!),
        run(BOMBS["collect() over a huge range"]!),
      ]);
      console.info(
        `guards off, 512m heap: string doubling → ${doubling.outcome} in ${doubling.ms} ms; ` +
          `30M collect → ${collect.outcome} in ${collect.ms} ms`,
      );
      expect(doubling.outcome).toBe("MEMORY_LIMIT");
      expect(collect.outcome).toBe("MEMORY_LIMIT");
      // The same JVM still answers: no exit, no restart.
      let exited = false;
      void db.current.exited.then(() => (exited = true));
      const { records } = await driver.executeQuery("RETURN 40 + 2 AS answer");
      expect(records[0]!.get("answer").toNumber()).toBe(42);
      expect(exited).toBe(false);
    },
  );
});
