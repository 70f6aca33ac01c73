import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, idByName, seeded } from "./_api.ts";
import { neo4jTarget } from "../_harness.ts";

describe("paths", () => {
  const { driver, app } = apiFixture();
  let from = "";
  let to = "";
  beforeAll(async () => {
    await seeded(driver);
    from = await idByName(driver, "科技创新");
    to = await idByName(driver, "产业链韧性");
  });
  afterAll(() => driver.close());

  it("finds the shortest chain from 科技创新 to 产业链韧性 and reads it as a cited argument", async () => {
    const res = await request(app).get("/api/paths").query({ from, to }).expect(200);
    expect(res.body.paths).toHaveLength(1);
    const p = res.body.paths[0];
    expect(p.nodeIds[0]).toBe(from);
    expect(p.nodeIds.at(-1)).toBe(to);
    expect(p.length).toBe(p.edgeIds.length);
    expect(p.nodeIds).toHaveLength(p.length + 1);
    expect(p.narrativeZh).toContain("科技创新");
    expect(p.narrativeZh).toContain("产业链韧性");
    expect(p.narrativeEn).toMatch(/\[1\]/);
    for (const c of p.citations) {
      expect(c.locators.length).toBeGreaterThan(0);
      expect(c.locators[0]).toMatch(/#.+@\d+-\d+$/);
      expect(typeof c.quote).toBe("string");
      expect(p.narrativeZh).toContain(`[${c.n}]`);
    }
    const keys = new Set(res.body.graph.nodes.map((n: { key: string }) => n.key));
    for (const id of p.nodeIds) expect(keys.has(id)).toBe(true);
  });

  it("gives k shortest and all shortest paths, shortest first, in one payload", async () => {
    const k = await request(app).get("/api/paths").query({ from, to, mode: "k", k: 3, maxHops: 4 }).expect(200);
    expect(k.body.paths.length).toBeGreaterThan(1);
    expect(k.body.paths.length).toBeLessThanOrEqual(3);
    const lengths = k.body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const all = await request(app).get("/api/paths").query({ from, to, mode: "all" }).expect(200);
    expect(new Set(all.body.paths.map((p: { length: number }) => p.length)).size).toBe(1);
    const edgeKeys = new Set(all.body.graph.edges.map((e: { key: string }) => e.key));
    for (const p of all.body.paths) for (const e of p.edgeIds) expect(edgeKeys.has(e)).toBe(true);
  });

  it("follows only the given relationship types, and only forwards when directed", async () => {
    const res = await request(app)
      .get("/api/paths")
      .query({ from, to, mode: "k", k: 5, rel: "SUPPORTS,PART_OF", directed: "true", maxHops: 6 })
      .expect(200);
    for (const p of res.body.paths)
      for (const s of p.steps) {
        expect(["SUPPORTS", "PART_OF"]).toContain(s.type);
        expect(s.forward).toBe(true);
      }
  });

  it("never walks an edge backwards when directed, over every relationship type", async () => {
    // Walked from the far end, the undirected answer goes against relationships: the directed one may not.
    const back = await request(app)
      .get("/api/paths")
      .query({ from: to, to: from, mode: "all", maxHops: 6 })
      .expect(200);
    const steps = back.body.paths.flatMap((p: { steps: { forward: boolean }[] }) => p.steps);
    expect(steps.some((s: { forward: boolean }) => !s.forward)).toBe(true);
    for (const [a, b] of [
      [from, to],
      [to, from],
    ]) {
      const res = await request(app)
        .get("/api/paths")
        .query({ from: a, to: b, mode: "k", k: 5, directed: "true", maxHops: 6 })
        .expect(200);
      expect(res.body.directed).toBe(true);
      for (const p of res.body.paths)
        for (const [i, s] of p.steps.entries()) {
          expect(s.forward).toBe(true);
          expect([s.source, s.target]).toEqual([p.nodeIds[i], p.nodeIds[i + 1]]);
        }
    }
  });

  it("walks only stated edges when stated=true, and says which hops are inferred otherwise", async () => {
    // The two ends of an inferred edge: without the switch the shortest path is that edge itself.
    const { records } = await driver.executeQuery(
      "MATCH (a:Entity)-[r {inferred: true}]->(b:Entity) WHERE NOT (a)-[{inferred: false}]-(b) RETURN a.id AS a, b.id AS b ORDER BY r.id LIMIT 1",
      {},
      { database: neo4jTarget().database },
    );
    const ends = { from: records[0]!.get("a") as string, to: records[0]!.get("b") as string };
    const any = await request(app).get("/api/paths").query(ends).expect(200);
    expect(any.body.stated).toBe(false);
    expect(any.body.paths[0].steps.some((s: { inferred: boolean }) => s.inferred)).toBe(true);
    const stated = await request(app)
      .get("/api/paths")
      .query({ ...ends, mode: "all", maxHops: 6, stated: "true" })
      .expect(200);
    expect(stated.body.stated).toBe(true);
    for (const p of stated.body.paths) for (const s of p.steps) expect(s.inferred).toBe(false);
    for (const e of stated.body.graph.edges) expect(e.attributes.inferred).not.toBe(true);
    for (const q of [
      { from, to, mode: "k", k: 5, maxHops: 6 },
      { from: to, to: from, mode: "all" },
    ]) {
      const res = await request(app)
        .get("/api/paths")
        .query({ ...q, stated: "true" })
        .expect(200);
      for (const p of res.body.paths) for (const s of p.steps) expect(s.inferred).toBe(false);
    }
  });

  it("answers no path with an empty list, unknown ends with NOT_FOUND and bad parameters with BAD_REQUEST", async () => {
    const none = await request(app).get("/api/paths").query({ from, to, rel: "MEASURES", maxHops: 1 }).expect(200);
    expect(none.body.paths).toEqual([]);
    expect((await request(app).get("/api/paths").query({ from: "nope", to }).expect(404)).body.error.code).toBe(
      "NOT_FOUND",
    );
    for (const q of [
      { from },
      { from, to: from },
      { from, to, mode: "longest" },
      { from, to, maxHops: 99 },
      { from, to, k: 0 },
      { from, to, directed: "maybe" },
    ]) {
      expect((await request(app).get("/api/paths").query(q).expect(400)).body.error.code).toBe("BAD_REQUEST");
    }
  });
});
