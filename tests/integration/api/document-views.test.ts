// The views of several documents: /api/graph by document (and the documents each node is found in), the
// documents' status and first load, the matrix of several documents, stored positions kept through another
// document's load, re-load and delete, and a confirmed shared entity (a merge across documents) seen by every
// view: the graph of either document, compare, and a path that crosses documents and says so hop by hop.
import { copyFileSync, mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport, prepareImport } from "../../../graph-seed/src/import/index.ts";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import type { GraphColumns } from "../../../server/src/api/graph-columns.ts";
import { LABEL, restoreSeed, run, TOKEN } from "../curation/_curation.ts";
import { neo4jTarget, SOURCES_DIR, testApp, testDriver } from "../_harness.ts";
import { request, seeded, UNTHROTTLED } from "./_api.ts";
import { docFingerprint } from "./_doc-fingerprint.ts";

const CURATED = "beijing-industrial-chain-resilience";
const DRAFT = "views-test-rural";

type Cols = GraphColumns;
const docsOf = (c: Cols, i: number) => [
  c.documents[c.nodeDocuments.home[i]!],
  ...(c.nodeDocuments.alsoIn[String(i)] ?? []).map((d) => c.documents[d]),
];

describe("document views: graph by document, positions kept, shared entities across documents", () => {
  // The app reads sources from a throwaway folder holding the paper and the imported draft (whose evidence the
  // edge written below is checked against); the shared sources are only read.
  const sources = mkdtempSync(path.join(os.tmpdir(), "rg-views-sources-"));
  const paper = `${CURATED}.zh.txt`;
  copyFileSync(path.join(SOURCES_DIR, paper), path.join(sources, paper));
  const driver = testDriver();
  const app = testApp(driver, { ...UNTHROTTLED, editor: { token: TOKEN, label: LABEL }, sourcesDir: sources });
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const f = {
    post: (url: string, body: object) => request(app).post(url).set(auth).send(body),
    get: (url: string) => request(app).get(url),
  };
  const database = () => neo4jTarget().database;
  let merged = false;

  const graph = async (query: string): Promise<Cols> =>
    (await request(app).get(`/api/graph?format=columns&limit=100000${query}`).expect(200)).body as Cols;

  async function removeDraft() {
    await run(
      driver,
      "MATCH (n:Entity {document: $id}) DETACH DELETE n WITH count(*) AS _ MATCH (m:SeedLoad {document: $id}) DELETE m",
      { id: DRAFT },
    );
  }
  const prepareDraft = async () =>
    prepareImport({
      bytes: await readFile(path.join(SOURCES_DIR, "rural-revitalization-2018.zh.txt")),
      fileName: "rural.txt",
      id: DRAFT,
      sourcesDir: sources,
    });

  /** Stored layout positions on the curated document's nodes, as a saved layout leaves them. */
  const positions = async () =>
    new Map(
      (await run(driver, "MATCH (n:Entity {document: $d}) RETURN n.id AS id, n.x AS x, n.y AS y", { d: CURATED })).map(
        (r) => [String(r.get("id")), [r.get("x"), r.get("y")]],
      ),
    );

  beforeAll(async () => {
    await seeded(driver);
    await removeDraft();
    await run(
      driver,
      "MATCH (n:Entity {document: $d}) WITH n ORDER BY n.id WITH collect(n) AS ns UNWIND range(0, size(ns) - 1) AS i WITH ns[i] AS n, i SET n.x = toFloat(i * 7 % 101), n.y = toFloat(i * 13 % 97)",
      { d: CURATED },
    );
    await commitImport(await prepareDraft(), driver, database());
  }, 120_000);
  afterAll(async () => {
    await removeDraft();
    await run(driver, "MATCH (n:Entity {document: $d}) REMOVE n.x, n.y", { d: CURATED });
    if (merged) await restoreSeed(driver);
    await driver.close();
    await rm(sources, { recursive: true, force: true });
  });

  it("answers the graph of one document, of several, or of all, with each node's documents", async () => {
    const one = await graph(`&document=${CURATED}`);
    const draft = await graph(`&document=${DRAFT}`);
    const both = await graph(`&document=${CURATED},${DRAFT}`);
    const all = await graph("");
    expect(one.nodes.id.length).toBe((await docFingerprint(driver, database(), CURATED)).nodes);
    expect(draft.nodes.id.length).toBeGreaterThan(50);
    expect(both.nodes.id.length).toBe(one.nodes.id.length + draft.nodes.id.length);
    expect(all.attributes.total).toBeGreaterThanOrEqual(both.nodes.id.length);
    for (let i = 0; i < one.nodes.id.length; i++) expect(docsOf(one, i)).toEqual([CURATED]);
    for (let i = 0; i < draft.nodes.id.length; i++) expect(docsOf(draft, i)).toEqual([DRAFT]);
    // Relationships stay within the answer; no edge of one document links into the other.
    expect(one.edges.source.length).toBeGreaterThan(100);
    expect(both.edges.source.length).toBe(one.edges.source.length + draft.edges.source.length);
    // The graphology format filters the same way.
    const g = (await request(app).get(`/api/graph?document=${DRAFT}&limit=100000`).expect(200)).body as {
      nodes: { attributes: { document: string } }[];
    };
    expect(g.nodes.length).toBe(draft.nodes.id.length);
    for (const n of g.nodes) expect(n.attributes.document).toBe(DRAFT);
    const bad = await request(app).get("/api/graph?document=../x").expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
  });

  it("lists documents with their status, language and first load; the curated paper was loaded first", async () => {
    const list = (await request(app).get("/api/documents").expect(200)).body.documents as {
      id: string;
      status: string | null;
      language: string | null;
      firstLoadedAt: string | null;
    }[];
    const cur = list.find((d) => d.id === CURATED)!;
    const dr = list.find((d) => d.id === DRAFT)!;
    expect(cur.status).toBe("curated");
    expect(dr.status).toBe("draft");
    expect(cur.language).toBeTruthy();
    expect(Date.parse(cur.firstLoadedAt!)).toBeLessThan(Date.parse(dr.firstLoadedAt!));
  });

  it("builds the matrix of several documents from each one's rows and columns", async () => {
    const m = async (q: string) =>
      (await request(app).get(`/api/matrix${q}`).expect(200)).body as { rows: unknown[]; columns: unknown[] };
    const a = await m(`?document=${CURATED}`);
    const b = await m(`?document=${DRAFT}`);
    const ab = await m(`?document=${CURATED},${DRAFT}`);
    expect(a.rows.length).toBeGreaterThan(0);
    expect(b.rows.length).toBeGreaterThan(0);
    expect(ab.rows.length).toBe(a.rows.length + b.rows.length);
    expect(ab.columns.length).toBe(a.columns.length + b.columns.length);
    expect((await request(app).get(`/api/matrix?document=${CURATED},no-such-doc`).expect(404)).body.error.code).toBe(
      "NOT_FOUND",
    );
  });

  it("keeps the other document's stored positions through a load, a re-load and a delete", async () => {
    const before = await docFingerprint(driver, database(), CURATED);
    const stored = await positions();
    expect([...stored.values()].every(([x, y]) => typeof x === "number" && typeof y === "number")).toBe(true);
    const drawn = async () => {
      const c = await graph(`&document=${CURATED}`);
      return new Map(c.nodes.id.map((id, i) => [id, [c.nodes.x[i], c.nodes.y[i]]]));
    };
    const shown = await drawn();
    expect(shown).toEqual(stored);
    await loadSeed(driver, (await prepareDraft()).seed, { database: database() });
    expect(await docFingerprint(driver, database(), CURATED)).toEqual(before);
    expect(await drawn()).toEqual(shown);
    await removeDraft();
    expect(await docFingerprint(driver, database(), CURATED)).toEqual(before);
    expect(await drawn()).toEqual(shown);
    await commitImport(await prepareDraft(), driver, database());
    expect(await docFingerprint(driver, database(), CURATED)).toEqual(before);
    expect(await drawn()).toEqual(shown);
  });

  it("a confirmed shared entity (merged across documents) is in both documents' graphs, compare and a crossing path", async () => {
    const cmp = (await request(app).get(`/api/documents/${CURATED}/compare/${DRAFT}`).expect(200)).body as {
      shared: { a: { id: string; type: string }; b: { id: string; type: string }; score: number; confirmed: boolean }[];
    };
    // The strongest candidate whose paper-side node has a neighbour in the paper.
    let pair: { a: string; b: string; y: string } | null = null;
    for (const c of cmp.shared.filter((p) => !p.confirmed && p.a.type === p.b.type)) {
      const [y] = await run(driver, "MATCH (:Entity {id: $a})--(y:Entity {document: $d}) RETURN y.id AS y LIMIT 1", {
        a: c.a.id,
        d: CURATED,
      });
      if (y) {
        pair = { a: c.a.id, b: c.b.id, y: String(y.get("y")) };
        break;
      }
    }
    expect(pair).not.toBeNull();
    const { a, b, y } = pair!;
    // The draft ties one of its measures to its node, as a curator would (one document, evidence from it).
    const [m] = await run(
      driver,
      "MATCH (m:Measure {document: $d}) RETURN m.id AS id, m.evidence AS e ORDER BY m.id LIMIT 1",
      {
        d: DRAFT,
      },
    );
    const x = String(m!.get("id"));
    const evidence = (m!.get("e") as string[]).slice(0, 1).map((l) => l.replace(`${DRAFT}#`, ""));
    await f.post("/api/edges", { type: "INVOLVES", source: x, target: b, evidence }).expect(201);
    const version = async (id: string) =>
      ((await f.get(`/api/nodes/${id}`).expect(200)).body.properties.version as number | undefined) ?? 1;
    // Across documents the merge must be asked for explicitly.
    const body = { into: a, expectedVersion: await version(b), intoExpectedVersion: await version(a) };
    const refused = await f.post(`/api/nodes/${b}/merge`, body).expect(403);
    expect(refused.body.error.message).toContain(DRAFT);
    merged = true;
    await f.post(`/api/nodes/${b}/merge`, { ...body, allowCrossDocument: true }).expect(200);

    // The shared node is in the draft's graph too, marked with both documents.
    const draft = await graph(`&document=${DRAFT}`);
    const i = draft.nodes.id.indexOf(a);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(docsOf(draft, i)).toEqual([CURATED, DRAFT]);
    const again = (await request(app).get(`/api/documents/${CURATED}/compare/${DRAFT}`).expect(200)).body as typeof cmp;
    expect(again.shared.find((s) => s.confirmed && s.a.id === a)).toBeTruthy();

    // A path from the draft's side to the paper's goes through it, naming each hop's document.
    const p = (await request(app).get(`/api/paths?from=${x}&to=${y}&mode=shortest`).expect(200)).body as {
      paths: { nodeIds: string[]; steps: { document: string | null }[]; narrativeEn: string; narrativeZh: string }[];
    };
    expect(p.paths[0]!.nodeIds).toContain(a);
    const docs = new Set(p.paths[0]!.steps.map((s) => s.document));
    expect(docs).toEqual(new Set([CURATED, DRAFT]));
    expect(p.paths[0]!.narrativeEn).toContain(`(in ${DRAFT})`);
    expect(p.paths[0]!.narrativeEn).toContain(`(in ${CURATED})`);
    expect(p.paths[0]!.narrativeZh).toContain(`《${DRAFT}》`);
    // Restricted to one document, an end from the other document is refused (it names the document).
    await request(app).get(`/api/paths?from=${x}&to=${y}&document=${DRAFT}`).expect(400);
  });
});
