// GET /api/edges/:id: the edge as stored, so the explorer edits it against its current version; read-only, open
// like the other reads, and a malformed or unknown id is refused without touching the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOC, curationFixture, fingerprint, restoreSeed, run } from "./_curation.ts";

describe("curation: reading one edge", () => {
  const f = curationFixture();
  let edge: { id: string; source: string; target: string; type: string };
  beforeAll(async () => {
    await restoreSeed(f.driver);
    const [r] = await run(
      f.driver,
      "MATCH (a:Entity {document: $d})-[r]->(b:Entity) RETURN r.id AS id, a.id AS s, b.id AS t, type(r) AS type ORDER BY id LIMIT 1",
      { d: DOC },
    );
    edge = {
      id: String(r!.get("id")),
      source: String(r!.get("s")),
      target: String(r!.get("t")),
      type: String(r!.get("type")),
    };
  });
  afterAll(async () => {
    await restoreSeed(f.driver);
    await f.driver.close();
  });

  it("answers the stored edge without a token, and its version after a write", async () => {
    const res = await f.get(`/api/edges/${encodeURIComponent(edge.id)}`).expect(200);
    expect(res.body).toMatchObject({ ...edge, properties: { id: edge.id, document: DOC } });
    expect(res.body.properties.evidence.length).toBeGreaterThan(0);
    expect(res.body.properties.version).toBeUndefined(); // loaded from files: version 1 by absence
    await f.patch(`/api/edges/${encodeURIComponent(edge.id)}`, { expectedVersion: 1, whyEn: "checked" }).expect(200);
    const after = await f.get(`/api/edges/${encodeURIComponent(edge.id)}`).expect(200);
    expect(after.body.properties).toMatchObject({ version: 2, whyEn: "checked" });
  });

  it("refuses a malformed id with 400 and an unknown one with 404, changing nothing", async () => {
    const before = await fingerprint(f.driver);
    const bad = await f.get("/api/edges/not-an-edge").expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
    const unknownType = await f.get(`/api/edges/${edge.source}--NOT_A_TYPE--${edge.target}`).expect(404);
    expect(unknownType.body.error.code).toBe("NOT_FOUND");
    const missing = await f.get(`/api/edges/${edge.target}--${edge.type}--${edge.source}x`).expect(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    expect(await fingerprint(f.driver)).toEqual(before);
  });
});
