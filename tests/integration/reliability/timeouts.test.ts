// Timeouts are the server's, not only the client's: every console transaction carries its timeout to Neo4j,
// a transaction opened without one gets the local database's global db.transaction.timeout, a timed-out
// console query answers 504 QUERY_TIMEOUT (never 408, which browsers re-send), and after it no transaction of
// it is left running (SHOW TRANSACTIONS).
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, seeded } from "../api/_api.ts";
import { neo4jTarget } from "../_harness.ts";

const TIMEOUT_MS = 1_500;
const RUNAWAY = "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS c";

/** Milliseconds of a Neo4j Duration (SHOW TRANSACTIONS' timeout column). */
const durationMs = (d: { seconds: { toNumber(): number }; nanoseconds: { toNumber(): number } }) =>
  d.seconds.toNumber() * 1000 + d.nanoseconds.toNumber() / 1e6;

describe("server-side timeouts", () => {
  const { driver, app } = apiFixture({ queryTimeoutMs: TIMEOUT_MS });
  const database = neo4jTarget().database;
  const consoleTransactions = async () =>
    (
      await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, timeout, currentQuery WHERE metaData.console IS NOT NULL RETURN timeout, currentQuery",
        {},
        { database },
      )
    ).records;
  beforeAll(async () => {
    await seeded(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("sends the console's timeout to Neo4j, answers 504 QUERY_TIMEOUT, and leaves no transaction behind", async () => {
    const t0 = Date.now();
    const answer = request(app).post("/api/cypher").send({ query: RUNAWAY });
    const pending = answer.then((r) => r); // starts the request
    let seen: number | null = null;
    while (seen === null && Date.now() - t0 < TIMEOUT_MS) {
      const running = await consoleTransactions();
      if (running.length > 0) seen = durationMs(running[0]!.get("timeout"));
      else await new Promise((r) => setTimeout(r, 50));
    }
    const res = await pending;
    const ms = Date.now() - t0;
    expect(seen).not.toBeNull();
    expect(seen!).toBeGreaterThan(0);
    expect(seen!).toBeLessThanOrEqual(TIMEOUT_MS);
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe("QUERY_TIMEOUT");
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    // Neo4j ends it (its own timeout, and the API's TERMINATE): gone within moments.
    const t1 = Date.now();
    while ((await consoleTransactions()).length > 0) {
      expect(Date.now() - t1).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    console.info(
      `console timeout ${TIMEOUT_MS} ms: Neo4j saw timeout ${seen} ms, 504 after ${ms} ms, no transaction left ${Date.now() - t1} ms later`,
    );
  });

  it("gives a transaction opened without a timeout the local database's global timeout", async () => {
    const session = driver.session({ database });
    const tx = await session.beginTransaction({ metadata: { probe: "global-timeout" } });
    try {
      await tx.run("RETURN 1");
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, timeout WHERE metaData.probe = 'global-timeout' RETURN timeout",
        {},
        { database },
      );
      expect(records).toHaveLength(1);
      const ms = durationMs(records[0]!.get("timeout"));
      console.info(`global db.transaction.timeout seen by a transaction without its own: ${ms} ms`);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(120_000);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
