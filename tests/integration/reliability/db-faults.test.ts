// Faults around the database that are not a crash: a wrong password, the Bolt port taken by someone else,
// and the data folder's disk full. Each is met with a clear answer (JSON 503 with Retry-After, or a start
// that fails naming the cause), never a 500, a hang or a leaked secret.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../graph-seed/src/database/driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../../graph-seed/src/database/local-neo4j.ts";
import { loadSeed } from "../../../graph-seed/src/load/index.ts";
import { REPO_ROOT } from "../../../server/src/config.ts";
import { createApp } from "../../../server/src/http/create-app.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";
import { neo4jTarget, testConfig } from "../_harness.ts";
import { spawnServer } from "../_spawn-server.ts";

const appOver = (driver: ReturnType<typeof createDriver>, database = "neo4j") =>
  createApp({ config: testConfig(), driver, database, providerKind: "local", log: pino({ level: "silent" }) });

describe("a wrong database password", () => {
  const target = neo4jTarget();
  const wrong = "not-the-password";
  const driver = createDriver({ ...target, password: wrong });
  afterAll(async () => {
    await driver.close();
    // Neo4j locks the user for a few seconds after repeated failures: wait until the right password works
    // again, so the files after this one are not refused.
    const right = createDriver(target);
    for (let i = 0; i < 60; i++) {
      const ok = await right.executeQuery("RETURN 1", {}, { database: target.database }).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await right.close();
  }, 60_000);

  it("answers requests with 503 DB_UNAVAILABLE naming the credentials, never a 500, and never the password", async () => {
    const app = appOver(driver, target.database);
    const graph = await request(app).get("/api/graph");
    expect(graph.status).toBe(503);
    expect(graph.body.error.code).toBe("DB_UNAVAILABLE");
    expect(graph.headers["retry-after"]).toBeDefined();
    expect(graph.body.error.message).toMatch(/credentials|not reachable/);
    const t0 = Date.now();
    const ready = await request(app).get("/api/ready");
    expect(ready.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(2_000);
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body.neo4j.connected).toBe(false);
    expect(JSON.stringify([graph.body, ready.body, health.body])).not.toContain(wrong);
    console.info(
      `wrong password: /api/graph ${graph.status} ${graph.body.error.code}; ready 503 in ${Date.now() - t0} ms`,
    );
  });

  it("stops `npm start` at boot with a message that says so and exits 1", async () => {
    const started = spawnServer({ NEO4J_URI: target.uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: wrong });
    const err = await started.then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/exited early \(1\)/);
    expect(err?.message).toMatch(/could not start[\s\S]*(unauthorized|authentication)/i);
    expect(err?.message).not.toContain(wrong);
  });
});

describe("the Bolt port taken by another process", () => {
  it("makes the local database's start fail fast, naming the port", { timeout: 180_000 }, async () => {
    const squatter = net.createServer();
    await new Promise<void>((r) => squatter.listen(0, "127.0.0.1", r));
    const port = (squatter.address() as net.AddressInfo).port;
    const home = await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-port-"));
    const t0 = Date.now();
    try {
      const err = await startLocalNeo4j({ repoRoot: REPO_ROOT, home, port, heap: "512m", pagecache: "64m" }).then(
        async (db) => {
          await db.stop();
          return null;
        },
        (e: Error) => e,
      );
      console.info(`port taken: the start failed after ${Date.now() - t0} ms: ${err?.message.split("\n")[0]}`);
      expect(err?.message).toMatch(/exited \(code 1\) before it was ready/);
      expect(err?.message).toMatch(new RegExp(`(in use|bind|${port})`, "i"));
    } finally {
      squatter.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe("the data folder's disk full", () => {
  let mount: string;
  let db: LocalNeo4j;
  let driver: ReturnType<typeof createDriver>;
  beforeAll(async () => {
    mount = await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-diskfull-"));
    // A small filesystem of its own (the CI runs as root), so filling it disturbs nothing else.
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=192m,mode=0700", "tmpfs", mount]);
    await mkdir(path.join(mount, "home"));
    db = await startLocalNeo4j({ repoRoot: REPO_ROOT, home: path.join(mount, "home"), heap: "512m", pagecache: "32m" });
    driver = createDriver(db);
    await loadSeed(driver, fixtureSeed(), { database: "neo4j" });
  }, 180_000);
  afterAll(async () => {
    await driver?.close();
    await db?.stop();
    if (mount) {
      execFileSync("umount", ["-l", mount]);
      await rm(mount, { recursive: true, force: true });
    }
  }, 60_000);

  it(
    "fails writes with an error and answers reads 200 or 503, never 500, before and after space is freed",
    { timeout: 180_000 },
    async () => {
      const app = appOver(driver);
      await request(app).get("/api/graph").expect(200);
      const filler = path.join(mount, "filler");
      // Fill what is left, then try to write a batch bigger than any slack.
      try {
        execFileSync("fallocate", ["-l", "200m", filler]);
      } catch {
        // fallocate fails when asked for more than is free, after taking nothing: fill with dd instead.
        execFileSync("sh", ["-c", `dd if=/dev/zero of=${filler} bs=1M 2>/dev/null || true`]);
      }
      // Batches of 2,000 nodes with 4 KiB each (8 MiB of transaction state, well under the memory limit),
      // until the store or the transaction log cannot grow.
      const blob = "x".repeat(4096);
      let write = "written";
      let batches = 0;
      for (; batches < 40 && write === "written"; batches++) {
        write = await driver
          .executeQuery("UNWIND range(1, 2000) AS i CREATE (:Filler {i: i, text: $blob})", { blob })
          .then(
            () => "written",
            (e: { code?: string; message?: string }) => `${e.code}: ${String(e.message).split("\n")[0]!.slice(0, 160)}`,
          );
      }
      const reads = [];
      for (const p of ["/api/graph", "/api/ready", "/api/search?q=a"]) reads.push(await request(app).get(p));
      console.info(
        `disk full: batch ${batches} failed with ${write}; reads → ${reads.map((r) => `${r.status} ${r.body.error?.code ?? ""}`).join(", ")}`,
      );
      expect(write).not.toBe("written");
      for (const r of reads) expect([200, 503]).toContain(r.status);
      await rm(filler, { force: true });
      // Neo4j marks the database unhealthy after a failed log append: freeing space is not enough.
      const afterFree: number[] = [];
      for (let i = 0; i < 10; i++) {
        afterFree.push((await request(app).get("/api/graph")).status);
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(afterFree.every((s) => s === 200 || s === 503)).toBe(true);
      console.info(`disk full: after freeing space /api/graph → ${[...new Set(afterFree)].join("/")} for 5 s`);
      // Not asserted: what a restart brings. In one run the default database did not come online within 120 s
      // of a restart after this fault (docs/reliability.md says so).
    },
  );
});
