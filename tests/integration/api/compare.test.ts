// Many documents in one graph: the per-document filters (search + facet, neighbours, paths, ties), the compare
// endpoint, and isolation — loading, re-loading and deleting a second (imported) document leaves the first one's
// nodes and relationships exactly as they were (counts and a checksum over every property, per document).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport, prepareImport } from "../../../graph-seed/src/import/index.ts";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import { neo4jTarget, SOURCES_DIR } from "../_harness.ts";
import { apiFixture, request, seeded } from "./_api.ts";
import { docFingerprint as fingerprintOf } from "./_doc-fingerprint.ts";

const CURATED = "beijing-industrial-chain-resilience";
const DRAFT = "compare-test-rural";

describe("many documents: filters, compare, isolation", () => {
  const { driver, app } = apiFixture();
  const database = () => neo4jTarget().database;
  let sources = "";

  const docFingerprint = (doc: string) => fingerprintOf(driver, database(), doc);

  async function removeDraft() {
    await driver.executeQuery(
      "MATCH (n:Entity {document: $id}) DETACH DELETE n WITH count(*) AS _ MATCH (m:SeedLoad {document: $id}) DELETE m",
      { id: DRAFT },
      { database: database() },
    );
  }

  async function prepareDraft() {
    return prepareImport({
      bytes: await readFile(path.join(SOURCES_DIR, "rural-revitalization-2018.zh.txt")),
      fileName: "rural.txt",
      id: DRAFT,
      sourcesDir: sources,
    });
  }

  let before: Awaited<ReturnType<typeof docFingerprint>>;
  beforeAll(async () => {
    await seeded(driver);
    await removeDraft();
    sources = await mkdtemp(path.join(os.tmpdir(), "rg-compare-sources-"));
    before = await docFingerprint(CURATED);
    await commitImport(await prepareDraft(), driver, database());
  }, 120_000);
  afterAll(async () => {
    await removeDraft();
    await driver.close();
    await rm(sources, { recursive: true, force: true });
  });

  it("loading a second document leaves the first one's nodes and relationships as they were", async () => {
    expect(before.nodes).toBeGreaterThan(50);
    expect(await docFingerprint(CURATED)).toEqual(before);
    expect((await docFingerprint(DRAFT)).nodes).toBeGreaterThan(50);
  });

  it("search filters by document and counts hits per document in a facet", async () => {
    const all = await request(app).get("/api/search?q=农业&limit=50").expect(200);
    const docs = all.body.documents.map((d: { document: string }) => d.document);
    expect(docs).toContain(DRAFT);
    const only = await request(app).get(`/api/search?q=农业&limit=50&document=${DRAFT}`).expect(200);
    expect(only.body.hits.length).toBeGreaterThan(0);
    for (const h of only.body.hits) expect(h.document).toBe(DRAFT);
    // The facet ignores the filter: the same counts either way.
    expect(only.body.documents).toEqual(all.body.documents);
    const both = await request(app).get(`/api/search?q=创新&document=${CURATED}, ${DRAFT}`).expect(200);
    for (const h of both.body.hits) expect([CURATED, DRAFT]).toContain(h.document);
    const bad = await request(app).get("/api/search?q=x&document=Not_An_Id").expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
  });

  it("neighbours, ties and paths follow the document filter", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (m:Measure {document: $doc})-[:SOLVES]->(p:Problem {document: $doc}) RETURN m.id AS m, p.id AS p LIMIT 1`,
      { doc: CURATED },
      { database: database() },
    );
    const m = String(records[0]!.get("m"));
    const p = String(records[0]!.get("p"));
    const nb = await request(app).get(`/api/nodes/${m}/neighbors?depth=2&document=${CURATED}`).expect(200);
    for (const n of nb.body.nodes) expect(n.attributes.document).toBe(CURATED);
    const none = await request(app).get(`/api/nodes/${m}/neighbors?depth=2&document=${DRAFT}`).expect(200);
    expect(none.body.nodes.length).toBe(1); // only the centre
    const t = await request(app).get(`/api/ties?measure=${m}&document=${CURATED}`).expect(200);
    expect(t.body.ties.length).toBeGreaterThan(0);
    const t2 = await request(app).get(`/api/ties?measure=${m}&document=${DRAFT}`).expect(200);
    expect(t2.body.ties.length).toBe(0);
    const ps = await request(app).get(`/api/paths?from=${m}&to=${p}&document=${CURATED}`).expect(200);
    expect(ps.body.paths.length).toBeGreaterThan(0);
    for (const s of ps.body.paths[0].steps) expect(s.document).toBe(CURATED);
    const wrong = await request(app).get(`/api/paths?from=${m}&to=${p}&document=${DRAFT}`).expect(400);
    expect(wrong.body.error.message).toContain(DRAFT);
  });

  it("compares two documents: candidates with scores, each one's own entities, cross ties; bad ids refused", async () => {
    const r = await request(app).get(`/api/documents/${CURATED}/compare/${DRAFT}`).expect(200);
    expect(r.body.a.entities).toBe(before.nodes);
    expect(r.body.shared.length).toBeGreaterThan(0);
    for (const s of r.body.shared) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    const scores = r.body.shared.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const onlyA = new Set(r.body.onlyA.map((n: { id: string }) => n.id));
    for (const s of r.body.shared.filter((x: { score: number }) => x.score >= 0.5))
      expect(onlyA.has(s.a.id)).toBe(false);
    expect(r.body.onlyA.length + r.body.onlyB.length).toBeGreaterThan(0);
    // Deterministic: the same answer twice.
    const again = await request(app).get(`/api/documents/${CURATED}/compare/${DRAFT}`).expect(200);
    expect(again.body).toEqual(r.body);
    expect((await request(app).get(`/api/documents/${CURATED}/compare/${CURATED}`).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect((await request(app).get(`/api/documents/${CURATED}/compare/no-such-doc`).expect(404)).body.error.code).toBe(
      "NOT_FOUND",
    );
  });

  it("re-loading and deleting the second document leave the first one as it was", async () => {
    await loadSeed(driver, (await prepareDraft()).seed, { database: database() });
    expect(await docFingerprint(CURATED)).toEqual(before);
    await removeDraft();
    expect(await docFingerprint(CURATED)).toEqual(before);
    expect((await docFingerprint(DRAFT)).items).toBe(0);
  });
});
