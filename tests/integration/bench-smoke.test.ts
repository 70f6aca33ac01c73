// The benchmark harness, end to end at its smallest (1k nodes / 3k edges, one round, Node-only layout), on
// the run's shared Neo4j, so `npm run bench` never rots. Asserts the result's shape and sanity, not timings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULTS, runHarness, type HarnessResult } from "../../bench/harness.ts";
import { existingBenchDb, type BenchDb } from "../../bench/lib/database.ts";
import { markdownTable, svgChart } from "../../bench/lib/report.ts";
import { neo4jTarget } from "./_harness.ts";

describe("bench harness (smoke)", () => {
  let db: BenchDb;
  let result: HarnessResult;

  beforeAll(async () => {
    const t = neo4jTarget();
    db = existingBenchDb({ ...t, kind: t.kind as "env" | "docker" | "local", stop: async () => {} });
    result = await runHarness(db, {
      ...DEFAULTS,
      sizes: ["1k"],
      floorSizes: ["1k"],
      layoutSizes: ["1k"],
      rounds: 1,
      pairs: 2,
      floorSample: 100,
      naiveTimeoutMs: 500,
      requests: 16,
      concurrency: 4,
      layoutIterations: 20,
      layoutBrowser: false,
      // The shared database holds the real seed other files use: delete only the synthetic document.
      scopedCleanup: true,
      log: () => {},
    });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it("measures the loader against the one-CREATE-per-row floor", () => {
    const r = result.rows.find((x) => x.bench === "loading")!;
    expect(r.size).toBe("1k/3k");
    expect(r.ours).toBeGreaterThan(0);
    expect(r.peer).toBeGreaterThan(0);
    expect(Number.isFinite(r.ratio)).toBe(true);
    expect(typeof r.met).toBe("boolean");
  });

  it("times paths through the API against the naive query and the in-memory BFS", () => {
    const rows = result.rows.filter((x) => x.bench === "paths");
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.ours).toBeGreaterThan(0);
      expect(r.peer).toBeGreaterThan(0);
      expect(Number.isFinite(r.ratio)).toBe(true);
    }
    expect(
      result.series
        .filter((p) => p.bench === "paths")
        .map((p) => p.variant)
        .sort(),
    ).toEqual(["API", "in-memory BFS", "naive MATCH"]);
  });

  it("reports p50 and p99 of neighbors, search and paths for the API and the driver", () => {
    const rows = result.rows.filter((x) => x.bench === "api");
    expect(rows.map((r) => r.metric.split(" ").slice(0, 2).join(" "))).toEqual([
      "neighbors p50",
      "neighbors p99",
      "search p50",
      "search p99",
      "paths p50",
      "paths p99",
    ]);
    for (const r of rows) {
      expect(r.ours).toBeGreaterThan(0);
      expect(Number.isFinite(r.ratio)).toBe(true);
      expect(r.note).toMatch(/ 0 errors$/);
    }
  });

  it("counts layout iterations per second", () => {
    const r = result.rows.find((x) => x.bench === "layout")!;
    expect(r.ours).toBeGreaterThan(0);
  });

  it("renders a table and a chart from the results", () => {
    expect(markdownTable(result.rows).split("\n")).toHaveLength(result.rows.length + 2);
    expect(svgChart(result.series, "t", "ms")).toMatch(/^<svg [^]*<\/svg>\n$/);
  });

  it("leaves no synthetic data behind on the shared database", async () => {
    const { records } = await db.driver.executeQuery(
      "MATCH (n:Entity) WHERE n.document STARTS WITH 'synthetic-' RETURN count(n) AS c",
      {},
      { database: db.database },
    );
    expect(Number(records[0]!.get("c"))).toBe(0);
  });
});
