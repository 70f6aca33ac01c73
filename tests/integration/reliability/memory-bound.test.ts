// Guarantee 5, memory: a query that would build a huge value in one transaction is stopped by the database's
// per-transaction memory limit (db.memory.transaction.max, set by the local launcher) and answered TOO_LARGE;
// the database and the API keep serving.
import { request } from "../api/_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, seeded } from "../api/_api.ts";
import { neo4jTarget } from "../_harness.ts";

describe("a query that needs too much memory", () => {
  const { driver, app } = apiFixture({ queryTimeoutMs: 30_000 });
  beforeAll(async () => {
    await seeded(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it(
    "is refused with TOO_LARGE by the transaction memory limit, and everything keeps answering",
    { timeout: 60_000 },
    async () => {
      const res = await request(app)
        .post("/api/cypher")
        .send({ query: "UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n" });
      // The local launcher sets the limit; an external server without one would run into the timeout instead.
      if (neo4jTarget().kind === "local") {
        expect(res.status).toBe(413);
        expect(res.body.error.code).toBe("TOO_LARGE");
      } else {
        expect([408, 413]).toContain(res.status);
      }
      const health = await request(app).get("/api/health").expect(200);
      expect(health.body.neo4j.connected).toBe(true);
      await request(app).get("/api/search?q=%E9%9F%A7%E6%80%A7").expect(200);
    },
  );
});
