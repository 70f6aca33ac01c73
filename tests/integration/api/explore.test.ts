import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPES } from "../../../graph-seed/src/model/types.ts";
import { neo4jTarget } from "../_harness.ts";
import { apiFixture, idByName, seeded } from "./_api.ts";

describe("schema, graph, nodes and neighbours", () => {
  const { driver, app } = apiFixture();
  let sci = "";
  let resilience = "";

  beforeAll(async () => {
    await seeded(driver);
    sci = await idByName(driver, "科技创新");
    resilience = await idByName(driver, "产业链韧性");
  });
  afterAll(async () => {
    await driver.close();
  });

  it("describes labels, relationship types, property keys and every node type with its colour", async () => {
    const res = await request(app).get("/api/schema").expect(200);
    expect(res.body.nodeTypes.map((t: { type: string }) => t.type)).toEqual([...NODE_TYPES]);
    expect(res.body.nodeTypes.every((t: { color: string }) => /^#[0-9a-f]{6}$/i.test(t.color))).toBe(true);
    const entity = res.body.labels.find((l: { label: string }) => l.label === "Entity");
    expect(entity.count).toBe(res.body.nodeTypes.reduce((s: number, t: { count: number }) => s + t.count, 0));
    expect(res.body.relTypes.find((r: { type: string }) => r.type === "SOLVES").count).toBeGreaterThan(0);
    expect(res.body.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "nameEn", "evidence"]));
    expect(res.body.totals.nodes).toBeGreaterThan(0);
  });

  it("serves the graph filtered by node types, and caps it with truncated + omitted", async () => {
    const res = await request(app).get("/api/graph?types=Measure,Problem").expect(200);
    expect(res.body.nodes.length).toBeGreaterThan(0);
    expect(new Set(res.body.nodes.map((n: { attributes: { type: string } }) => n.attributes.type))).toEqual(
      new Set(["Measure", "Problem"]),
    );
    const keys = new Set(res.body.nodes.map((n: { key: string }) => n.key));
    for (const e of res.body.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    const capped = await request(app).get("/api/graph?limit=5").expect(200);
    expect(capped.body.nodes).toHaveLength(5);
    expect(capped.body.attributes.truncated).toBe(true);
    expect(capped.body.attributes.omitted).toBeGreaterThan(0);
  });

  it("keeps the best connected nodes when it caps the graph, so a capped overview shows the hubs", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.id LIMIT 8",
      {},
      { database: neo4jTarget().database },
    );
    const hubs = records.map((r) => r.get("id") as string);
    const capped = await request(app).get("/api/graph?limit=8").expect(200);
    const keys = capped.body.nodes.map((n: { key: string }) => n.key);
    expect(new Set(keys)).toEqual(new Set(hubs));
    // Returned in id order, whatever the degrees.
    expect(keys).toEqual([...keys].sort());
    // Hubs are linked to each other: a capped overview is a connected picture, not a scatter of isolated nodes.
    expect(capped.body.edges.length).toBeGreaterThan(0);
  });

  it("refuses unknown node types and bad limits with BAD_REQUEST", async () => {
    expect((await request(app).get("/api/graph?types=Person").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/graph?limit=0").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/graph?limit=abc").expect(400)).body.error.code).toBe("BAD_REQUEST");
  });

  it("shows one node with its properties, degree by type and evidence resolved to highlighted text", async () => {
    const res = await request(app).get(`/api/nodes/${resilience}`).expect(200);
    expect(res.body.properties.name).toBe("产业链韧性");
    expect(res.body.degree.total).toBeGreaterThan(0);
    expect(res.body.degree.total).toBe(
      res.body.degree.byType.reduce((s: number, d: { in: number; out: number }) => s + d.in + d.out, 0),
    );
    expect(res.body.sourcePresent).toBe(true);
    const ev = res.body.evidence[0];
    expect(ev.resolved).toBe(true);
    expect(ev.before + ev.span + ev.after).toBe(ev.sentence);
    expect(ev.span.length).toBeGreaterThan(0);
  });

  it("gives locators and summaries, without text, when the source document is absent", async () => {
    const { app: bare, driver: d2 } = apiFixture({ sourcesDir: "/nonexistent-sources" });
    try {
      const res = await request(bare).get(`/api/nodes/${resilience}`).expect(200);
      expect(res.body.sourcePresent).toBe(false);
      expect(res.body.properties.summaryZh).toBeTruthy();
      expect(res.body.evidence[0]).toMatchObject({ resolved: false, reason: "source document absent" });
      expect(res.body.evidence[0].locator).toMatch(/#.+@\d+-\d+$/);
    } finally {
      await d2.close();
    }
  });

  it("answers unknown ids with NOT_FOUND and malformed ids with BAD_REQUEST", async () => {
    expect((await request(app).get("/api/nodes/no-such-node").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect((await request(app).get("/api/nodes/no-such-node/neighbors").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect(
      (
        await request(app)
          .get(`/api/nodes/${encodeURIComponent("a b'")}`)
          .expect(400)
      ).body.error.code,
    ).toBe("BAD_REQUEST");
  });

  it("expands a neighbourhood as a graph payload holding the centre", async () => {
    const res = await request(app).get(`/api/nodes/${sci}/neighbors`).expect(200);
    expect(res.body.attributes.center).toBe(sci);
    expect(res.body.nodes.some((n: { key: string }) => n.key === sci)).toBe(true);
    expect(res.body.nodes.length).toBe(res.body.attributes.total + 1 - res.body.attributes.omitted);
    expect(res.body.edges.length).toBeGreaterThan(0);
  });

  it("goes deeper with depth, and caps with truncated, omitted and what was left out by type", async () => {
    const d1 = await request(app).get(`/api/nodes/${sci}/neighbors?depth=1&limit=1000`).expect(200);
    const d2 = await request(app).get(`/api/nodes/${sci}/neighbors?depth=2&limit=1000`).expect(200);
    expect(d2.body.attributes.total).toBeGreaterThan(d1.body.attributes.total);
    const capped = await request(app).get(`/api/nodes/${sci}/neighbors?depth=2&limit=3`).expect(200);
    expect(capped.body.nodes).toHaveLength(4);
    expect(capped.body.attributes.truncated).toBe(true);
    expect(capped.body.attributes.omitted).toBe(d2.body.attributes.total - 3);
    const byType = Object.values(capped.body.attributes.omittedByType as Record<string, number>).reduce(
      (s, n) => s + n,
      0,
    );
    expect(byType).toBe(capped.body.attributes.omitted);
  });

  it("filters neighbours by relationship and node type", async () => {
    const res = await request(app)
      .get(`/api/nodes/${sci}/neighbors?depth=2&rel=SUPPORTS&types=Concept,Measure`)
      .expect(200);
    for (const e of res.body.edges) expect(e.attributes.type).toBe("SUPPORTS");
    for (const n of res.body.nodes) if (n.key !== sci) expect(["Concept", "Measure"]).toContain(n.attributes.type);
    expect((await request(app).get(`/api/nodes/${sci}/neighbors?depth=4`).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect((await request(app).get(`/api/nodes/${sci}/neighbors?rel=KNOWS`).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
  });
});
