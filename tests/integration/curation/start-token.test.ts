// `npm start` without EDITOR_TOKEN: a token is generated into the data folder, the start line says where, and the
// running server takes writes with it (and only with it).
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../_spawn-server.ts";
import { neo4jTarget } from "../_harness.ts";
import { DOC, curationFixture, restoreSeed, someEvidence } from "./_curation.ts";

describe("curation: the editor token at start", () => {
  const f = curationFixture();
  let server: SpawnedServer | undefined;
  let tmp = "";
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await restoreSeed(f.driver);
    await f.driver.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("generates a token into .data/editor-token (0600), says where, and writes need it", async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "rg-start-"));
    const t = neo4jTarget();
    server = await spawnServer({
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
      NEO4J_LOCAL_HOME: path.join(tmp, ".data", "neo4j"),
      EDITOR_TOKEN: "",
      EDITOR_TOKEN_LABEL: "start-test",
    });
    const file = path.join(tmp, ".data", "editor-token");
    expect(server.output()).toContain(`the editor token is in ${file} (new)`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const token = (await readFile(file, "utf8")).trim();
    expect(server.output()).not.toContain(token);

    const body = JSON.stringify({
      id: "start-token-node",
      type: "Concept",
      document: DOC,
      name: "启动",
      nameEn: "Start",
      summaryZh: "启动测试。",
      summaryEn: "Start test.",
      evidence: await someEvidence(f.driver),
    });
    const post = (auth?: string) =>
      fetch(`${server!.url}/api/nodes`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(auth ? { Authorization: auth } : {}) },
        body,
      });
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${token}x`)).status).toBe(401);
    const ok = await post(`Bearer ${token}`);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { change: { who: string } }).change.who).toBe("start-test");
  });
});
