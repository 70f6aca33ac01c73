// The README's promise: without the source file the graph still loads, and the API shows locators and
// summaries instead of quoted text. `npm run seed -- --force` with SOURCES_DIR pointing at an empty folder.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDocument } from "../../../graph-seed/src/load/index.ts";
import { SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { neo4jTarget, testApp, testDriver } from "../_harness.ts";
import { runCli } from "../_run-cli.ts";

const PAPER = "beijing-industrial-chain-resilience";

// The entry `npm run seed` runs, in this process's tree (npm adds nothing but a wrapper).
const runSeed = (sourcesDir: string) =>
  runCli("server/src/boot/start.mjs", ["seed", "--force"], { SOURCES_DIR: sourcesDir });

describe("a seed whose source document is absent", () => {
  const driver = testDriver();
  let empty = "";
  beforeAll(async () => {
    empty = await mkdtemp(path.join(os.tmpdir(), "rg-no-sources-"));
  });
  afterAll(async () => {
    await driver.close();
    await rm(empty, { recursive: true, force: true });
  });

  it("loads completely, with a warning that its locators are unresolved", { timeout: 180_000 }, async () => {
    const run = await runSeed(empty);
    expect(run.code, run.output.slice(-2000)).toBe(0);
    expect(run.output).toMatch(
      new RegExp(`warning: ${PAPER}/document.json: source ${PAPER}.zh.txt is not in .*locators unresolved`),
    );
    expect(run.output).not.toMatch(/problem\(s\) found/);
    const database = neo4jTarget().database;
    const { records } = await driver.executeQuery(
      `MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) RETURN m.completed AS done, m.nodes AS n, m.relationships AS r`,
      { doc: PAPER },
      { database },
    );
    expect(records[0]?.get("done")).toBe(true);
    const counts = await countDocument(driver, database, PAPER);
    expect(counts.nodes).toBe(Number(records[0]!.get("n")));
    expect(counts.nodes).toBeGreaterThan(100);
    expect(counts.relationships).toBeGreaterThan(100);
  });

  it("is served with locators and summaries instead of quotes", async () => {
    const app = testApp(driver, { sourcesDir: empty });
    expect((await request(app).get("/api/ready")).status).toBe(200);
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity {document: $doc}) RETURN n.id AS id ORDER BY id LIMIT 1",
      { doc: PAPER },
      { database: neo4jTarget().database },
    );
    const res = await request(app)
      .get(`/api/nodes/${records[0]!.get("id")}`)
      .expect(200);
    expect(res.body.sourcePresent).toBe(false);
    expect(res.body.properties.summaryEn).toBeTruthy();
    expect(res.body.evidence.length).toBeGreaterThan(0);
    for (const ev of res.body.evidence) {
      expect(ev).toMatchObject({ resolved: false, reason: "source document absent" });
      expect(ev.locator).toMatch(/@\d+-\d+$/);
      expect(ev.span).toBeUndefined();
    }
  });
});
