import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRealSeed, testApp, testDriver, wipeDatabase } from "./_harness.ts";

describe("health and readiness", () => {
  const driver = testDriver();
  const app = testApp(driver);

  beforeAll(async () => {
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("reports the database as connected, with its version and edition, before any seed", async () => {
    const res = await request(app).get("/api/health").expect(200);
    expect(res.body.status).toBe("up");
    expect(res.body.neo4j.connected).toBe(true);
    expect(res.body.neo4j.version).toMatch(/^5\./);
    expect(res.body.neo4j.edition).toBe("community");
    expect(res.body.seed.loaded).toBe(false);
  });

  it("is not ready until a seed load has completed, and says why", async () => {
    const res = await request(app).get("/api/ready").expect(503);
    expect(res.body.error.code).toBe("NOT_READY");
    expect(res.body.error.message).toMatch(/seed/);
  });

  it("is ready once the seed is loaded, and health reports the counts and seed version", async () => {
    const result = await loadRealSeed(driver, true);
    expect(result.loaded.length).toBeGreaterThan(0);
    const ready = await request(app).get("/api/ready").expect(200);
    expect(ready.body.ready).toBe(true);
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body.seed.loaded).toBe(true);
    expect(health.body.seed.documents[0].version).toBe(result.loaded[0]!.version);
    expect(health.body.neo4j.nodes).toBeGreaterThanOrEqual(result.loaded[0]!.nodes);
  });

  it("answers unknown API routes with a JSON NOT_FOUND and a request id", async () => {
    const res = await request(app).get("/api/no-such-thing").expect(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    expect(res.body.error.requestId).toBeTruthy();
  });
});
