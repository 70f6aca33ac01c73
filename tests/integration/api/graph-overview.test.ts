// The compact overview (GET /api/graph?format=columns) against the graphology payload of the same request:
// the same nodes, the same relationships among them, interned types, edges as indexes, the cap reported.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphColumns } from "../../../server/src/api/graph-columns.ts";
import type { GraphPayload } from "../../../server/src/api/graph-payload.ts";
import { apiFixture, seeded } from "./_api.ts";

function edgesOf(cols: GraphColumns): string[] {
  const { nodes, edges, relTypes } = cols;
  return edges.source
    .map((s, k) => edges.ids[k] ?? `${nodes.id[s]}--${relTypes[edges.type[k]!]}--${nodes.id[edges.target[k]!]}`)
    .sort();
}

describe("graph overview › columns", () => {
  const { driver, app } = apiFixture();
  beforeAll(async () => {
    await seeded(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("holds the same nodes and relationships as the graphology payload, in far fewer bytes", async () => {
    const full = await request(app).get("/api/graph?limit=100000").expect(200);
    const cols = await request(app).get("/api/graph?limit=100000&format=columns").expect(200);
    const g = full.body as GraphPayload;
    const c = cols.body as GraphColumns;
    expect(c.format).toBe("columns");
    expect([...c.nodes.id].sort()).toEqual(g.nodes.map((n) => n.key).sort());
    expect(edgesOf(c)).toEqual(g.edges.map((e) => e.key).sort());
    // Types are interned: every node's type index points at its graphology type.
    const byKey = new Map(g.nodes.map((n) => [n.key, n.attributes]));
    c.nodes.id.forEach((id, i) => {
      expect(c.nodeTypes[c.nodes.type[i]!]).toBe(byKey.get(id)!.type);
      expect(c.nodes.name[i]).toBe(byKey.get(id)!.name);
    });
    const inferred = g.edges.filter((e) => e.attributes.inferred === true).length;
    expect(c.edges.inferred.filter((f) => f === 1)).toHaveLength(inferred);
    expect(c.attributes).toMatchObject({ truncated: false, omitted: 0, total: g.nodes.length });
    expect(cols.text.length).toBeLessThan(full.text.length / 2);
  });

  it("reports the cap: N of M, the best connected kept, relationships only among them", async () => {
    const capped = await request(app).get("/api/graph?limit=8&format=columns").expect(200);
    const g = await request(app).get("/api/graph?limit=8").expect(200);
    const c = capped.body as GraphColumns;
    expect(c.nodes.id).toHaveLength(8);
    expect(c.attributes.truncated).toBe(true);
    expect(c.attributes.total).toBe(8 + c.attributes.omitted);
    expect(new Set(c.nodes.id)).toEqual(new Set((g.body as GraphPayload).nodes.map((n) => n.key)));
    expect(edgesOf(c)).toEqual((g.body as GraphPayload).edges.map((e) => e.key).sort());
    for (let k = 0; k < c.edges.source.length; k++) {
      expect(c.edges.source[k]).toBeLessThan(8);
      expect(c.edges.target[k]).toBeLessThan(8);
    }
  });

  it("answers with gzip when the client accepts it", async () => {
    const res = await request(app).get("/api/graph?limit=100000&format=columns").set("accept-encoding", "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
  });

  it("refuses an unknown format with BAD_REQUEST", async () => {
    const res = await request(app).get("/api/graph?format=xml").expect(400);
    expect(res.body.error.code).toBe("BAD_REQUEST");
  });
});
