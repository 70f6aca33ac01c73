// `npm run import` as a user runs it, against the run's Neo4j, with a throwaway SOURCES_DIR: the rural
// opinions become a draft graph; re-importing is a no-op; bad input is refused with its code and writes nothing.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jTarget, SOURCES_DIR, testDriver } from "./_harness.ts";
import { runCli } from "./_run-cli.ts";

const ID = "import-cli-test-rural";
const RURAL = "rural-revitalization-2018.zh.txt";

describe("npm run import", () => {
  const driver = testDriver();
  const database = () => neo4jTarget().database;
  let sources: string;
  let inbox: string;

  const runImport = (args: string[]) => runCli("graph-seed/import-cli.ts", args, { SOURCES_DIR: sources });

  async function documentCounts(id: string) {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n:Entity {document: $id}) RETURN count(n) AS nodes,
                 count(CASE WHEN n.status = 'draft' AND n.confidence > 0 AND n.method IS NOT NULL THEN 1 END) AS drafts,
                 count(CASE WHEN n:Measure THEN 1 END) AS measures }
       CALL () { MATCH ()-[r]->() WHERE r.document = $id RETURN count(r) AS rels,
                 count(CASE WHEN r.status = 'draft' THEN 1 END) AS draftRels }
       RETURN nodes, drafts, measures, rels, draftRels`,
      { id },
      { database: database() },
    );
    const r = records[0]!;
    return Object.fromEntries(["nodes", "drafts", "measures", "rels", "draftRels"].map((k) => [k, Number(r.get(k))]));
  }

  async function removeDocument(id: string) {
    await driver.executeQuery(
      "MATCH (n:Entity {document: $id}) DETACH DELETE n WITH count(*) AS _ MATCH (m:SeedLoad {document: $id}) DELETE m",
      { id },
      { database: database() },
    );
  }

  beforeAll(async () => {
    sources = await mkdtemp(path.join(os.tmpdir(), "rg-import-sources-"));
    inbox = await mkdtemp(path.join(os.tmpdir(), "rg-import-inbox-"));
    for (const f of await readdir(SOURCES_DIR))
      if (f.endsWith(".txt")) await copyFile(path.join(SOURCES_DIR, f), path.join(sources, f));
    await copyFile(path.join(SOURCES_DIR, RURAL), path.join(inbox, "opinions.txt"));
    await removeDocument(ID);
  });
  afterAll(async () => {
    await removeDocument(ID);
    await driver.close();
    await rm(sources, { recursive: true, force: true });
    await rm(inbox, { recursive: true, force: true });
  });

  it("reads, parses, extracts, validates and loads a draft graph, printing each phase and the counts", async () => {
    const r = await runImport([
      path.join(inbox, "opinions.txt"),
      "--id",
      ID,
      "--title-en",
      "Rural revitalization opinions",
    ]);
    expect(r.code, r.output).toBe(0);
    for (const phase of ["read", "parse", "extract", "validate", "load"])
      expect(r.output).toContain(`[import] ${phase}:`);
    expect(r.output).toMatch(/draft nodes by type \{.*"Measure":\d+/);
    const stored = await readFile(path.join(sources, `${ID}.zh.txt`), "utf8");
    expect(stored.trim()).toBe((await readFile(path.join(SOURCES_DIR, RURAL), "utf8")).trim());
    const c = await documentCounts(ID);
    expect(c.nodes).toBeGreaterThan(100);
    expect(c.drafts).toBe(c.nodes);
    expect(c.measures).toBeGreaterThanOrEqual(46);
    expect(c.rels).toBeGreaterThan(50);
    expect(c.draftRels).toBe(c.rels);
  });

  it("answers a second import of the same text with the existing document, writing nothing", async () => {
    const before = await documentCounts(ID);
    const r = await runImport([path.join(inbox, "opinions.txt"), "--id", ID]);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain("already loaded");
    expect(await documentCounts(ID)).toEqual(before);
  });

  it("refuses a different text under an existing id, an empty file and an unknown format, changing nothing", async () => {
    const before = await documentCounts(ID);
    const files = await readdir(sources);
    await writeFile(path.join(inbox, "other.txt"), "另一份文件\n一、任务\n（一）加强某项工作\n推进试点。\n");
    await writeFile(path.join(inbox, "empty.txt"), "");
    await writeFile(path.join(inbox, "scan.pdf"), "%PDF-1.4\n");
    const cases: [string[], string][] = [
      [[path.join(inbox, "other.txt"), "--id", ID], "IMPORT_ID_EXISTS"],
      [[path.join(inbox, "empty.txt"), "--id", "import-cli-empty"], "IMPORT_EMPTY"],
      [[path.join(inbox, "scan.pdf"), "--id", "import-cli-pdf"], "IMPORT_FORMAT"],
      [[path.join(inbox, "other.txt"), "--id", "Not_Kebab"], "IMPORT_ID_INVALID"],
    ];
    for (const [args, code] of cases) {
      const r = await runImport(args);
      expect(r.code, r.output).toBe(1);
      expect(r.output).toContain(code);
      expect(r.output).not.toMatch(/\n\s+at /); // a message, not a stack
    }
    expect(await documentCounts(ID)).toEqual(before);
    expect((await readdir(sources)).sort()).toEqual(files.sort());
  });
});
