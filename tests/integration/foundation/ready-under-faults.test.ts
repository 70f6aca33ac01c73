import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import { createApp } from "../../../server/src/http/create-app.ts";
import { createDriver } from "../../../graph-seed/src/database/driver.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";
import { startPrivateDb, type PrivateDb } from "../_local-db.ts";
import { testConfig } from "../_harness.ts";

/** Polls until `check` passes or the budget runs out; returns the time it took. */
async function within(budgetMs: number, check: () => Promise<boolean>): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < budgetMs) {
    if (await check()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${budgetMs} ms`);
}

describe("readiness while the database goes away and comes back", () => {
  let db: PrivateDb;
  let app: ReturnType<typeof createApp>;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    db = await startPrivateDb();
    driver = createDriver(db.current);
    await loadSeed(driver, fixtureSeed(), { database: "neo4j" });
    app = createApp({
      config: testConfig(),
      driver,
      database: "neo4j",
      providerKind: "local",
      log: pino({ level: "silent" }),
    });
  });
  afterAll(async () => {
    await driver?.close();
    await db?.dispose();
  });

  it("is ready with the database up", async () => {
    await request(app).get("/api/ready").expect(200);
  });

  it("answers 503 DB_UNAVAILABLE within seconds after the database is killed, and health stays up", async () => {
    db.current.kill();
    await db.current.exited;
    const took = await within(10_000, async () => (await request(app).get("/api/ready")).status === 503);
    expect(took).toBeLessThan(10_000);
    const ready = await request(app).get("/api/ready");
    expect(ready.body.error.code).toBe("DB_UNAVAILABLE");
    expect(JSON.stringify(ready.body)).not.toMatch(/bolt:\/\//);
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body.neo4j.connected).toBe(false);
  });

  it("answers a graph request with a JSON 503 rather than hanging while the database is down", async () => {
    const t0 = Date.now();
    const res = await request(app).get("/api/graph");
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe("DB_UNAVAILABLE");
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it("is ready again after the database restarts, without restarting the API", async () => {
    await db.restart();
    await within(30_000, async () => (await request(app).get("/api/ready")).status === 200);
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body.neo4j.connected).toBe(true);
  });
});
