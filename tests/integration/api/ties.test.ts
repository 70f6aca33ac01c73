import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";
import { neo4jTarget } from "../_harness.ts";
import { apiFixture, seeded } from "./_api.ts";

describe("measure–problem ties and the matrix", () => {
  const { driver, app } = apiFixture();
  let direct: { measure: string; problem: string } = { measure: "", problem: "" };
  let parent = "";
  beforeAll(async () => {
    await seeded(driver);
    const db = { database: neo4jTarget().database };
    const d = await driver.executeQuery(
      "MATCH (m:Measure)-[:SOLVES]->(p:Problem) RETURN m.id AS m, p.id AS p ORDER BY m, p LIMIT 1",
      {},
      db,
    );
    direct = { measure: d.records[0]!.get("m"), problem: d.records[0]!.get("p") };
    const s = await driver.executeQuery(
      "MATCH (sub:Measure)-[:PART_OF]->(m:Measure) WHERE (sub)-[:SOLVES]->() RETURN m.id AS m ORDER BY m LIMIT 1",
      {},
      db,
    );
    parent = s.records[0]!.get("m");
  });
  afterAll(() => driver.close());

  it("lists a measure's direct SOLVES ties, stated, with evidence", async () => {
    const res = await request(app).get("/api/ties").query({ measure: direct.measure }).expect(200);
    expect(res.body.focus.id).toBe(direct.measure);
    const tie = res.body.ties.find(
      (t: { kind: string; problem: { id: string } }) => t.kind === "direct" && t.problem.id === direct.problem,
    );
    expect(tie).toBeTruthy();
    expect(tie.edgeIds).toHaveLength(1);
    expect(tie.evidence[0].locators.length).toBeGreaterThan(0);
    expect(typeof tie.stated).toBe("boolean");
    expect(tie.stated).toBe(tie.inferredEdgeIds.length === 0);
  });

  it("finds indirect chains through sub-measures, each walking from the measure to the problem", async () => {
    const res = await request(app).get("/api/ties").query({ measure: parent }).expect(200);
    const sub = res.body.ties.filter((t: { kind: string }) => t.kind === "sub-measure");
    expect(sub.length).toBeGreaterThan(0);
    for (const t of res.body.ties) {
      expect(t.nodeIds[0]).toBe(parent);
      expect(t.nodeIds.at(-1)).toBe(t.problem.id);
      expect(t.nodeIds).toHaveLength(t.edgeIds.length + 1);
    }
    const keys = new Set(res.body.graph.edges.map((e: { key: string }) => e.key));
    for (const t of sub) for (const e of t.edgeIds) expect(keys.has(e)).toBe(true);
  });

  it("answers from the problem's side too", async () => {
    const res = await request(app).get("/api/ties").query({ problem: direct.problem }).expect(200);
    expect(res.body.ties.some((t: { measure: { id: string } }) => t.measure.id === direct.measure)).toBe(true);
    for (const t of res.body.ties) expect(t.problem.id).toBe(direct.problem);
  });

  it("refuses neither or both parameters, wrong node types and unknown ids", async () => {
    expect((await request(app).get("/api/ties").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/ties").query(direct).expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/ties").query({ measure: direct.problem }).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect(
      (await request(app).get("/api/ties").query({ problem: "no-such-problem" }).expect(404)).body.error.code,
    ).toBe("NOT_FOUND");
  });

  it("builds the measures × problems matrix, with a direct cell at full strength when stated", async () => {
    const res = await request(app).get("/api/matrix").expect(200);
    // The paper's chains are far under the cap, and the answer says so.
    expect(res.body).toMatchObject({ chainCap: 5_000, chainsCapped: false });
    expect(res.body.rows.every((r: { type: string }) => r.type === "Measure")).toBe(true);
    expect(res.body.columns.every((c: { type: string }) => c.type === "Problem")).toBe(true);
    const rowIds = new Set(res.body.rows.map((r: { id: string }) => r.id));
    const colIds = new Set(res.body.columns.map((c: { id: string }) => c.id));
    for (const c of res.body.cells) {
      expect(rowIds.has(c.measureId) && colIds.has(c.problemId)).toBe(true);
      expect(c.chains).toBeGreaterThan(0);
      expect(c.strength).toBeGreaterThan(0);
      expect(c.strength).toBeLessThanOrEqual(1);
      expect(c.nodeIds).toContain(c.measureId);
    }
    const cell = res.body.cells.find(
      (c: { measureId: string; problemId: string }) => c.measureId === direct.measure && c.problemId === direct.problem,
    );
    expect(cell.direct).toBe(true);
    if (cell.stated) expect(cell.strength).toBe(1);
    expect(res.body.cells.some((c: { direct: boolean }) => !c.direct)).toBe(true);
    expect(res.body.rows.some((r: { parentId: string | null }) => r.parentId === null)).toBe(true);
  });

  it("leaves out every chain with an inferred edge when stated=true, in the matrix and in ties", async () => {
    const all = await request(app).get("/api/matrix").expect(200);
    const stated = await request(app).get("/api/matrix").query({ stated: "true" }).expect(200);
    // The seed has inferred cells, so the switch has something to leave out.
    expect(all.body.cells.some((c: { stated: boolean }) => !c.stated)).toBe(true);
    expect(stated.body.cells.length).toBeGreaterThan(0);
    expect(stated.body.cells.length).toBeLessThan(all.body.cells.length);
    for (const c of stated.body.cells) expect(c.stated).toBe(true);
    // Rows and columns stay: only cells go.
    expect(stated.body.rows).toEqual(all.body.rows);
    const measures = [
      ...new Set(
        all.body.cells.filter((c: { stated: boolean }) => !c.stated).map((c: { measureId: string }) => c.measureId),
      ),
    ];
    for (const measure of measures.slice(0, 3)) {
      const res = await request(app).get("/api/ties").query({ measure, stated: "true" }).expect(200);
      for (const t of res.body.ties) {
        expect(t.stated).toBe(true);
        expect(t.inferredEdgeIds).toEqual([]);
      }
    }
    const anyTies = await request(app).get("/api/ties").query({ measure: measures[0] }).expect(200);
    expect(anyTies.body.ties.some((t: { stated: boolean }) => !t.stated)).toBe(true);
  });

  it("narrows the matrix to one document, answers 404 for an unknown one and 400 for a malformed id", async () => {
    const db = { database: neo4jTarget().database };
    // A second document with a measure that solves a problem, loaded beside the paper for this test only.
    await loadSeed(driver, fixtureSeed("matrix-other-doc", "mx"), db);
    try {
      const ids = (b: { rows: { id: string }[]; cells: { measureId: string }[] }) => ({
        rows: b.rows.map((r) => r.id),
        cellMeasures: b.cells.map((c) => c.measureId),
      });
      const all = ids((await request(app).get("/api/matrix").expect(200)).body);
      const paper = ids(
        (await request(app).get("/api/matrix").query({ document: "beijing-industrial-chain-resilience" }).expect(200))
          .body,
      );
      const other = ids(
        (await request(app).get("/api/matrix").query({ document: "matrix-other-doc" }).expect(200)).body,
      );
      expect(all.rows).toContain("mx-measure");
      expect(all.cellMeasures).toContain("mx-measure");
      expect(paper.rows).not.toContain("mx-measure");
      // The whole matrix is exactly the union of every loaded document's own (whatever else loads by default).
      const loaded = (await request(app).get("/api/documents").expect(200)).body.documents
        .filter((d: { loaded: boolean }) => d.loaded)
        .map((d: { id: string }) => d.id) as string[];
      const union = new Set<string>();
      for (const d of loaded)
        for (const r of ids((await request(app).get("/api/matrix").query({ document: d }).expect(200)).body).rows)
          union.add(r);
      expect([...union].sort()).toEqual([...all.rows].sort());
      expect(other).toEqual({ rows: ["mx-measure"], cellMeasures: ["mx-measure"] });
      const missing = await request(app).get("/api/matrix").query({ document: "no-such-doc" }).expect(404);
      expect(missing.body.error.code).toBe("NOT_FOUND");
      expect(missing.body.error.message).toContain("no-such-doc");
      const bad = await request(app).get("/api/matrix").query({ document: "../etc" }).expect(400);
      expect(bad.body.error.code).toBe("BAD_REQUEST");
      // A load that has not completed is not shown as a whole document.
      await driver.executeQuery("MATCH (m:SeedLoad {document: 'matrix-other-doc'}) SET m.completed = false", {}, db);
      await request(app).get("/api/matrix").query({ document: "matrix-other-doc" }).expect(404);
    } finally {
      await driver.executeQuery(
        "MATCH (n {document: 'matrix-other-doc'}) DETACH DELETE n WITH count(*) AS c MATCH (m:SeedLoad {document: 'matrix-other-doc'}) DELETE m",
        {},
        db,
      );
    }
  });
});
