// Timeouts are the server's, not only the client's: every console transaction carries its timeout to Neo4j,
// a transaction opened without one gets the local database's global db.transaction.timeout, a timed-out
// console query answers 504 QUERY_TIMEOUT (never 408, which browsers re-send), and after it no transaction of
// it is left running (SHOW TRANSACTIONS).
import { Neo4jError } from "neo4j-driver";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamRead } from "../../../server/src/cypher/console-repository.ts";
import { apiFixture, seeded } from "../api/_api.ts";
import { neo4jTarget } from "../_harness.ts";

const TIMEOUT_MS = 1_500;
const RUNAWAY = "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS c";

describe("server-side timeouts", () => {
  const { driver, app } = apiFixture({ queryTimeoutMs: TIMEOUT_MS });
  const database = neo4jTarget().database;
  const consoleTransactions = async () =>
    (
      await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.console IS NOT NULL RETURN currentQuery",
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

  it("has Neo4j itself stop a console transaction at its timeout: the timeout travels with the transaction", async () => {
    // The repository alone, without the service's client-side deadline or TERMINATE: only Neo4j can end it.
    const t0 = Date.now();
    const err = await streamRead(
      driver,
      database,
      RUNAWAY,
      {},
      { timeoutMs: 800, maxRows: 10, tag: "timeout-probe" },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    const ms = Date.now() - t0;
    console.info(
      `server-side timeout 800 ms: Neo4j ended the transaction after ${ms} ms (${(err as Neo4jError).code})`,
    );
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toMatch(/TransactionTimedOut|Terminated/);
    expect(ms).toBeLessThan(800 + 3_000);
  });

  it("answers a timed-out console query 504 QUERY_TIMEOUT, and leaves no transaction of it running", async () => {
    const t0 = Date.now();
    const pending = request(app)
      .post("/api/cypher")
      .send({ query: RUNAWAY })
      .then((r) => r);
    let seen = false;
    while (!seen && Date.now() - t0 < TIMEOUT_MS) {
      seen = (await consoleTransactions()).length > 0;
      if (!seen) await new Promise((r) => setTimeout(r, 50));
    }
    const res = await pending;
    const ms = Date.now() - t0;
    expect(seen).toBe(true);
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe("QUERY_TIMEOUT");
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    const t1 = Date.now();
    while ((await consoleTransactions()).length > 0) {
      expect(Date.now() - t1).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    console.info(
      `console timeout ${TIMEOUT_MS} ms: 504 after ${ms} ms, SHOW TRANSACTIONS empty ${Date.now() - t1} ms later`,
    );
  });

  it("runs the local database with a global db.transaction.timeout for transactions without their own", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.listConfig('db.transaction.timeout') YIELD name, value RETURN name, value",
      {},
      { database },
    );
    const value = String(records.find((r) => r.get("name") === "db.transaction.timeout")?.get("value"));
    console.info(`db.transaction.timeout = ${value}`);
    expect(value).not.toMatch(/^0s?$|^PT0S$/);
    expect(value).toMatch(/^(120s|2m|PT2M)$/);
  });
});
