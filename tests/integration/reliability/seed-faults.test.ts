// Guarantees 2 and 3 of the reliability issue: a bad seed writes nothing; a half-done load is visible and repaired.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { request } from "../api/_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../_db-fingerprint.ts";
import { DOCUMENTS_DIR, loadRealSeed, neo4jTarget, testApp, testDriver } from "../_harness.ts";
import { runCli } from "../_run-cli.ts";

const PAPER = "beijing-industrial-chain-resilience";
const SEED_CLI = "graph-seed/cli.ts";

async function brokenCopy(file: string, breakIt: (text: string) => string | Buffer): Promise<string> {
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), "rg-bad-seed-"));
  await cp(path.join(DOCUMENTS_DIR, PAPER), path.join(documentsDir, PAPER), { recursive: true });
  const target = path.join(documentsDir, PAPER, file);
  await writeFile(target, breakIt(await readFile(target, "utf8")));
  return documentsDir;
}

const editJson = (edit: (json: any) => void) => (text: string) => {
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json, null, 2);
};

const DEFECTS: { name: string; file: string; breakIt: (text: string) => string | Buffer; expect: RegExp }[] = [
  {
    name: "an unknown node type",
    file: "nodes.json",
    breakIt: editJson((j) => (j.nodes[3].type = "Wizard")),
    expect: /nodes\.json.*(type|Wizard)/s,
  },
  {
    name: "a dangling edge endpoint",
    file: "edges.json",
    breakIt: editJson((j) => (j.edges[0].target = "no-such-node")),
    expect: /edges\.json.*no-such-node/s,
  },
  {
    name: "a duplicate node id",
    file: "nodes.json",
    breakIt: editJson((j) => j.nodes.push({ ...j.nodes[0] })),
    // The first node of the file, whatever it is (the export's canonical order decides).
    expect: /nodes\.json › node "[a-z0-9-]+": duplicate node id/is,
  },
  {
    name: "a locator that does not resolve",
    file: "nodes.json",
    breakIt: editJson((j) => (j.nodes[1].evidence = ["s9.p9.9@0-4"])),
    expect: /nodes\.json.*s9\.p9\.9/s,
  },
  {
    name: "a malformed file",
    file: "edges.json",
    breakIt: (t) => t.slice(0, t.length / 2),
    expect: /edges\.json.*(JSON|parse)/is,
  },
  {
    name: "a file in the wrong encoding",
    file: "nodes.json",
    breakIt: (t) =>
      Buffer.concat([Buffer.from(t.slice(0, 200)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(t.slice(200))]),
    expect: /nodes\.json.*(UTF-8|encoding)/is,
  },
];

describe("seed loads that fail", () => {
  const driver = testDriver();
  const database = () => neo4jTarget().database;

  beforeAll(async () => {
    await loadRealSeed(driver);
  });
  afterAll(async () => {
    await loadRealSeed(driver);
    await driver.close();
  });

  for (const defect of DEFECTS) {
    it(`rejects ${defect.name} with a message naming file, item and problem, and writes nothing`, async () => {
      const before = await fingerprint(driver, database());
      const documentsDir = await brokenCopy(defect.file, defect.breakIt);
      const result = await runCli(SEED_CLI, ["--documents", documentsDir, "--force"]);
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(defect.expect);
      expect(result.output).not.toMatch(/^\s+at .*\.ts:\d+/m);
      expect(await fingerprint(driver, database())).toEqual(before);
    });
  }

  it("leaves the API not ready after a loader killed mid-run, and a second run repairs it exactly", async () => {
    const app = testApp(driver);
    const expected = await fingerprint(driver, database());
    await request(app).get("/api/ready").expect(200);

    // Small batches make the load many transactions long; kill it once edges have started.
    const killed = await runCli(SEED_CLI, ["--force", "--batch-size", "5"], {}, (line, child) => {
      if (/edges \d+\/\d+/.test(line)) child.kill("SIGKILL");
    });
    expect(killed.signal).toBe("SIGKILL");
    const ready = await request(app).get("/api/ready").expect(503);
    expect(ready.body.error.code).toBe("NOT_READY");
    expect(ready.body.error.message).toMatch(PAPER);

    const again = await runCli(SEED_CLI, []);
    expect(again.code).toBe(0);
    await request(app).get("/api/ready").expect(200);
    const after = await fingerprint(driver, database());
    // Same graph, schema and labels; only the seed marker's timestamps (in the checksum) may differ.
    const { checksum: _a, ...afterShape } = after;
    const { checksum: _b, ...expectedShape } = expected;
    expect(afterShape).toEqual(expectedShape);
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS dups",
      {},
      { database: database() },
    );
    expect(records[0]?.get("dups").toNumber()).toBe(0);
  });
});
