// Export and round trip: the files the loader reads, written back from Neo4j byte for byte.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDocument, exportFiles, writeExport } from "../../../graph-seed/src/export/index.ts";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import { readSeed } from "../../../graph-seed/src/seed/index.ts";
import { DOCUMENTS_DIR, SOURCES_DIR, neo4jTarget, wipeDatabase } from "../_harness.ts";
import { DOC, curationFixture, restoreSeed, someEvidence } from "./_curation.ts";
import { runCli } from "../_run-cli.ts";

const FILES = ["document.json", "nodes.json", "edges.json"] as const;
const committed = (name: string) => readFile(path.join(DOCUMENTS_DIR, DOC, name), "utf8");

describe("curation: export and round trip", () => {
  const f = curationFixture();
  const db = neo4jTarget().database;
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "rg-export-"));
    await restoreSeed(f.driver);
  });
  afterAll(async () => {
    await wipeDatabase(f.driver);
    await restoreSeed(f.driver);
    await f.driver.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it("exports the seed paper's graph from a freshly loaded database exactly as the committed files", async () => {
    const files = exportFiles(await exportDocument(f.driver, db, DOC));
    for (const name of FILES) expect(files[name], name).toBe(await committed(name));
  });

  it("answers GET /api/documents/:id/export with the files' contents, arrays in the files' order", async () => {
    const res = await f.get(`/api/documents/${DOC}/export`).expect(200);
    expect(res.body.document).toEqual(JSON.parse(await committed("document.json")));
    expect(res.body.nodes).toEqual(JSON.parse(await committed("nodes.json")).nodes);
    expect(res.body.edges).toEqual(JSON.parse(await committed("edges.json")).edges);
    const missing = await f.get("/api/documents/no-such-doc/export").expect(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
  });

  it("round-trips an edited graph: export → fresh database → load → export is byte-identical", async () => {
    const ev = await someEvidence(f.driver);
    // Edits that exercise what the files can hold: props of several kinds, aliases, an inferred edge with why.
    await f
      .post("/api/nodes", {
        id: "round-trip-node",
        type: "Indicator",
        document: DOC,
        name: "往返指标",
        nameEn: "Round-trip indicator",
        summaryZh: "往返测试。",
        summaryEn: "Round trip.",
        aliases: ["别名甲", "别名乙"],
        evidence: [ev[0], ...ev.slice(1)],
        props: { value: 12.5, unit: "%", year: 2035, reached: false },
      })
      .expect(201);
    await f
      .post("/api/edges", {
        type: "MEASURES",
        source: "round-trip-node",
        target: "sci-tech-innovation",
        evidence: ev,
        inferred: true,
        whyZh: "测试。",
        whyEn: "A test.",
      })
      .expect(201);
    const first = await writeExport(path.join(tmp, "a"), await exportDocument(f.driver, db, DOC));
    const nodes = JSON.parse(await readFile(path.join(first, "nodes.json"), "utf8")).nodes;
    expect(nodes.find((n: { id: string }) => n.id === "round-trip-node").props).toEqual({
      reached: false,
      unit: "%",
      value: 12.5,
      year: 2035,
    });

    await wipeDatabase(f.driver);
    await loadSeed(f.driver, await readSeed(first, SOURCES_DIR), { database: db });
    const second = await writeExport(path.join(tmp, "b"), await exportDocument(f.driver, db, DOC));
    for (const name of FILES)
      expect(await readFile(path.join(second, name), "utf8"), name).toBe(
        await readFile(path.join(first, name), "utf8"),
      );
  });

  it("writes the files with npm run export -- <doc-id> --out <dir>, and refuses a bad document id", async () => {
    const cli = (args: string[]) => runCli("graph-seed/export-cli.ts", args);
    const ok = await cli([DOC, "--out", path.join(tmp, "cli")]);
    expect(ok.code, ok.output).toBe(0);
    const direct = exportFiles(await exportDocument(f.driver, db, DOC));
    for (const name of FILES) expect(await readFile(path.join(tmp, "cli", DOC, name), "utf8"), name).toBe(direct[name]);
    const bad = await cli(["../etc"]);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain("usage: npm run export");
  });
});
