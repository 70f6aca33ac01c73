// Guarantees 5 and 6 of the reliability issue, in a short bounded form (the longer one is `npm run bench`):
// a sustained mixed load on loopback with zero 5xx, p99 reported and a flat heap; and a runaway query that
// does not stop other endpoints from answering.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, idByName, seeded } from "../api/_api.ts";

const CONCURRENCY = 8;
const REQUESTS = 800;
const TIME_BUDGET_MS = 60_000;

interface Sample {
  kind: string;
  status: number;
  ms: number;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("load test: run with --expose-gc (vitest.config.ts sets it for integration)");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("under a sustained mixed load", () => {
  const { driver, app } = apiFixture({ queryTimeoutMs: 2_000 });
  let server: Server;
  let base = "";
  let ids: string[] = [];

  beforeAll(async () => {
    await seeded(driver);
    ids = [
      await idByName(driver, "科技创新"),
      await idByName(driver, "产业链韧性"),
      await idByName(driver, "三城一区"),
    ];
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await driver.close();
  });

  function request(i: number): { kind: string; url: string; init?: RequestInit } {
    const a = ids[i % ids.length]!;
    const b = ids[(i + 1) % ids.length]!;
    switch (i % 4) {
      case 0:
        return {
          kind: "search",
          url: `/api/search?q=${encodeURIComponent(["韧性", "innov", "链主", "chip"][i % 4 === 0 ? (i >> 2) % 4 : 0]!)}`,
        };
      case 1:
        return { kind: "neighbors", url: `/api/nodes/${a}/neighbors?depth=${1 + (i % 2)}` };
      case 2:
        return { kind: "paths", url: `/api/paths?from=${a}&to=${b}&mode=k&k=3` };
      default:
        return {
          kind: "cypher",
          url: "/api/cypher",
          init: {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              query: "MATCH (n:Entity {type: $t}) RETURN n.name AS name LIMIT 20",
              params: { t: "Measure" },
            }),
          },
        };
    }
  }

  async function run(total: number): Promise<Sample[]> {
    const samples: Sample[] = [];
    let next = 0;
    const deadline = Date.now() + TIME_BUDGET_MS;
    const worker = async () => {
      while (next < total && Date.now() < deadline) {
        const { kind, url, init } = request(next++);
        const t0 = performance.now();
        const res = await fetch(base + url, init);
        await res.arrayBuffer();
        samples.push({ kind, status: res.status, ms: performance.now() - t0 });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return samples;
  }

  it(
    `answers ${REQUESTS} mixed requests at concurrency ${CONCURRENCY} with no 5xx and a flat heap`,
    { timeout: 120_000 },
    async () => {
      await run(100); // warm-up: JIT, connection pool, caches
      const heapBefore = heapAfterGc();
      const samples = await run(REQUESTS);
      const heapAfter = heapAfterGc();

      const ms = samples.map((s) => s.ms);
      const byKind = Object.fromEntries(
        ["search", "neighbors", "paths", "cypher"].map((k) => {
          const xs = samples.filter((s) => s.kind === k).map((s) => s.ms);
          return [k, { n: xs.length, p50: Math.round(percentile(xs, 50)), p99: Math.round(percentile(xs, 99)) }];
        }),
      );
      // Figures for docs/reliability.md.
      console.info(
        `load: ${samples.length} requests, concurrency ${CONCURRENCY}, p50 ${Math.round(percentile(ms, 50))} ms, p99 ${Math.round(percentile(ms, 99))} ms, ` +
          `heap ${(heapBefore / 2 ** 20).toFixed(1)} → ${(heapAfter / 2 ** 20).toFixed(1)} MiB; ${JSON.stringify(byKind)}`,
      );
      expect(samples.length).toBe(REQUESTS);
      expect(samples.filter((s) => s.status >= 500)).toEqual([]);
      expect(samples.filter((s) => s.status !== 200).map((s) => `${s.kind} ${s.status}`)).toEqual([]);
      // No leak: what the run allocated is collectable. 16 MiB of slack covers pools and JIT caches.
      expect(heapAfter - heapBefore).toBeLessThan(16 * 2 ** 20);
    },
  );

  it(
    "keeps other endpoints answering while a runaway query runs, and stops that query at its timeout",
    { timeout: 30_000 },
    async () => {
      const t0 = Date.now();
      const runaway = fetch(`${base}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // A real cartesian product over the graph (a bare count(*) would be answered from the count store).
        body: JSON.stringify({
          query: "MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id <> '' RETURN count(*) AS n",
        }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { error?: { code: string } },
        ms: Date.now() - t0,
      }));

      await new Promise((r) => setTimeout(r, 200));
      for (const url of ["/api/health", `/api/search?q=${encodeURIComponent("韧性")}`, `/api/nodes/${ids[0]}`]) {
        const s = performance.now();
        const res = await fetch(base + url);
        expect(res.status).toBe(200);
        expect(performance.now() - s).toBeLessThan(1_500);
      }
      const r = await runaway;
      expect(r.status).toBe(504);
      expect(r.body.error?.code).toBe("QUERY_TIMEOUT");
      expect(r.ms).toBeLessThan(2_000 + 1_000 + 500);
    },
  );
});
