// The product (server/src/index.ts, as `npm start` runs it) with the local Neo4j it starts and supervises:
//   - the JVM stalled (SIGSTOP): every request answers 503 DB_UNAVAILABLE within the driver's connection
//     acquisition timeout (3 s) plus a second, never 500, and /api/ready answers within 2 s; after SIGCONT, 200;
//   - the JVM killed (SIGKILL): the server restarts it on the same port with backoff, answers 503 with
//     Retry-After meanwhile, says so in /api/health, and serves 200 again without being restarted itself.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../_spawn-server.ts";

const ACQUISITION_TIMEOUT_MS = 3_000;

/** The JVM the server started: its only java child. */
function jvmPid(serverPid: number): number {
  const out = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(serverPid)], { encoding: "utf8" });
  const line = out.split("\n").find((l) => /\bjava\b/.test(l));
  if (!line) throw new Error(`tests: no java child of ${serverPid}:\n${out}`);
  return Number(line.trim().split(/\s+/)[0]);
}

interface Answer {
  status: number;
  code: string | null;
  retryAfter: string | null;
  ms: number;
  body: Record<string, unknown>;
}

async function get(base: string, p: string): Promise<Answer> {
  const t0 = Date.now();
  const res = await fetch(base + p, { signal: AbortSignal.timeout(30_000) });
  const body = (await res.json()) as Record<string, unknown> & { error?: { code?: string } };
  return {
    status: res.status,
    code: body.error?.code ?? null,
    retryAfter: res.headers.get("retry-after"),
    ms: Date.now() - t0,
    body,
  };
}

async function until(budgetMs: number, check: () => Promise<boolean>): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < budgetMs) {
    if (await check()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`condition not met within ${budgetMs} ms`);
}

describe("the product supervises the database it started", () => {
  let server: SpawnedServer;
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-supervised-"));
    server = await spawnServer({
      NEO4J_PROVIDER: "local",
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_HEAP: "512m",
      NEO4J_LOCAL_PAGECACHE: "64m",
      LOG_LEVEL: "warn",
    });
    await until(60_000, async () => (await get(server.url, "/api/ready")).status === 200);
  }, 240_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("answers 503 within the acquisition timeout while the database is stalled, and /api/ready within 2 s", async () => {
    const pid = jvmPid(server.child.pid!);
    // Pooled connections idle for over a second are checked before reuse: the stalled database is then met
    // on acquisition, which is what a real stall looks like after the first second.
    await new Promise((r) => setTimeout(r, 1_500));
    process.kill(pid, "SIGSTOP");
    try {
      const answers = await Promise.all(
        ["/api/graph", "/api/graph?types=Concept", "/api/search?q=chip", "/api/documents", "/api/graph"].map((p) =>
          get(server.url, p),
        ),
      );
      const ready = await get(server.url, "/api/ready");
      const health = await get(server.url, "/api/health");
      console.info(
        `SIGSTOP: ${answers.map((a) => `${a.status} ${a.code} ${a.ms} ms`).join("; ")}; ` +
          `ready ${ready.status} in ${ready.ms} ms; health ${health.status} in ${health.ms} ms`,
      );
      for (const a of answers) {
        expect(a.status).toBe(503);
        expect(a.code).toBe("DB_UNAVAILABLE");
        expect(Number(a.retryAfter)).toBeGreaterThan(0);
        expect(a.ms).toBeLessThan(ACQUISITION_TIMEOUT_MS + 1_000);
      }
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(2_000);
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(2_000);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const back = await until(30_000, async () => (await get(server.url, "/api/graph")).status === 200);
    console.info(`SIGCONT: /api/graph 200 again after ${back} ms`);
  });

  it("restarts the database after SIGKILL, answering 503 with Retry-After meanwhile, then 200 again", async () => {
    const before = jvmPid(server.child.pid!);
    const t0 = Date.now();
    process.kill(before, "SIGKILL");
    let during: Answer | undefined;
    await until(10_000, async () => {
      const a = await get(server.url, "/api/graph");
      if (a.status === 503) during = a;
      return a.status === 503;
    });
    expect(during!.code).toBe("DB_UNAVAILABLE");
    expect(Number(during!.retryAfter)).toBeGreaterThanOrEqual(1);
    // The broken connection can answer 503 a moment before the supervisor has seen the JVM's exit: wait for it.
    let neo4j: { connected: boolean; supervisor: { state: string } } | undefined;
    await until(10_000, async () => {
      const health = await get(server.url, "/api/health");
      expect(health.status).toBe(200);
      neo4j = health.body.neo4j as typeof neo4j;
      return neo4j!.supervisor.state === "restarting";
    });
    expect(neo4j!.connected).toBe(false);
    expect(neo4j!.supervisor.state).toBe("restarting");

    const recovered = await until(180_000, async () => (await get(server.url, "/api/ready")).status === 200).catch(
      (err: Error) => {
        throw new Error(`${err.message}; the server printed:\n${server.output().slice(-3000)}`);
      },
    );
    await get(server.url, "/api/graph").then((a) => expect(a.status).toBe(200));
    const after = await get(server.url, "/api/health");
    const sup = (after.body.neo4j as { supervisor: { state: string; restarts: number } }).supervisor;
    expect(sup).toMatchObject({ state: "up", restarts: 1 });
    expect(jvmPid(server.child.pid!)).not.toBe(before);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toMatch(/exited unexpectedly \(signal SIGKILL\); restarting/);
    expect(server.output()).toMatch(/back after restart 1/);
    console.info(
      `SIGKILL: 503 DB_UNAVAILABLE with Retry-After ${during!.retryAfter} s; ready again ${Date.now() - t0} ms after the kill (${recovered} ms of polling)`,
    );
  }, 240_000);
});
