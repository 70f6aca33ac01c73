import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPES, REL_TYPES } from "../../../graph-seed/src/model/types.ts";
import { apiFixture, seeded } from "./_api.ts";

describe("OpenAPI document and rate limits", () => {
  const { driver, app } = apiFixture();
  beforeAll(() => seeded(driver));
  afterAll(() => driver.close());

  it("describes every endpoint from the same schemas that validate requests", async () => {
    const res = await request(app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    const paths = Object.keys(res.body.paths);
    for (const p of [
      "/api/schema",
      "/api/graph",
      "/api/nodes/{id}",
      "/api/nodes/{id}/neighbors",
      "/api/search",
      "/api/paths",
      "/api/ties",
      "/api/matrix",
      "/api/documents",
      "/api/documents/{id}",
      "/api/cypher",
    ])
      expect(paths).toContain(p);
    const neighbors = res.body.paths["/api/nodes/{id}/neighbors"].get.parameters;
    const depth = neighbors.find((p: { name: string }) => p.name === "depth");
    expect(depth.schema).toMatchObject({ minimum: 1, maximum: 3 });
    const mode = res.body.paths["/api/paths"].get.parameters.find((p: { name: string }) => p.name === "mode");
    expect(mode.schema.enum).toEqual(["shortest", "all", "k"]);
    const cypher = res.body.paths["/api/cypher"].post;
    expect(cypher.requestBody.content["application/json"].schema.required).toEqual(["query"]);
    expect(cypher.responses["403"]).toBeTruthy();
    const graphNode = JSON.stringify(res.body.paths["/api/graph"].get.responses["200"]);
    for (const t of NODE_TYPES) expect(graphNode).toContain(t);
    for (const t of REL_TYPES) expect(graphNode).toContain(t);
  });

  it("agrees with validation: what the document bounds, the API refuses", async () => {
    const doc = (await request(app).get("/api/openapi.json")).body;
    const depth = doc.paths["/api/nodes/{id}/neighbors"].get.parameters.find(
      (p: { name: string }) => p.name === "depth",
    ).schema;
    await request(app).get(`/api/nodes/sci-tech-innovation/neighbors?depth=${depth.maximum}`).expect(200);
    await request(app)
      .get(`/api/nodes/sci-tech-innovation/neighbors?depth=${depth.maximum + 1}`)
      .expect(400);
    const limit = doc.paths["/api/search"].get.parameters.find((p: { name: string }) => p.name === "limit").schema;
    await request(app).get(`/api/search?q=x&limit=${limit.maximum}`).expect(200);
    await request(app)
      .get(`/api/search?q=x&limit=${limit.maximum + 1}`)
      .expect(400);
  });

  it("answers 429 RATE_LIMITED as JSON once a client passes the limit on /api/cypher and /api/paths", async () => {
    const limited = apiFixture({
      rateLimit: { windowMs: 60_000, standard: 1000, costly: 1000, cypher: 2, paths: 1, writes: 1000 },
    });
    try {
      for (let i = 0; i < 2; i++)
        await request(limited.app).post("/api/cypher").send({ query: "RETURN 1 AS x" }).expect(200);
      const res = await request(limited.app).post("/api/cypher").send({ query: "RETURN 1 AS x" }).expect(429);
      expect(res.body.error.code).toBe("RATE_LIMITED");
      expect(res.body.error.requestId).toBeTruthy();
      expect(res.headers["ratelimit-policy"] ?? res.headers["ratelimit"]).toBeTruthy();
      await request(limited.app).get("/api/paths?from=sci-tech-innovation&to=industrial-chain-resilience").expect(200);
      expect(
        (
          await request(limited.app)
            .get("/api/paths?from=sci-tech-innovation&to=industrial-chain-resilience")
            .expect(429)
        ).body.error.code,
      ).toBe("RATE_LIMITED");
      // Other endpoints are not limited.
      for (let i = 0; i < 5; i++) await request(limited.app).get("/api/schema").expect(200);
    } finally {
      await limited.driver.close();
    }
  });

  it("sends helmet's headers and refuses other origins' CORS", async () => {
    const res = await request(app).get("/api/schema").set("Origin", "https://evil.example").expect(200);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
