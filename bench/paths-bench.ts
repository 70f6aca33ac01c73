// Paths: for seeded random pairs, the API's path query vs the naive unbounded variable-length MATCH (peer)
// vs graphology's bidirectional BFS in memory (the limit), alternated per pair; medians across pairs.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { mulberry32, randInt, type Topology } from "../graph-seed/src/synthetic/index.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import type { BenchDb } from "./lib/database.ts";
import { apiPathFinder, bfsPathFinder, MAX_HOPS, naivePathFinder, type PathTiming } from "./lib/path-queries.ts";
import { svgChart } from "./lib/report.ts";
import { row, sizeLabel, type BenchRow, type SeriesPoint } from "./lib/result.ts";
import { alternate, median } from "./lib/stats.ts";

export interface PathsBenchOptions {
  pairs: number;
  naiveTimeoutMs: number;
  apiTimeoutMs: number;
  /** Untimed pause after each naive query (default: half the naive timeout, at most 1.5 s). */
  settleMs?: number;
  seed: number;
  log: (line: string) => void;
}

export async function pathsBench(
  db: BenchDb,
  appUrl: string,
  t: Topology,
  o: PathsBenchOptions,
): Promise<{ rows: BenchRow[]; series: SeriesPoint[] }> {
  const rng = mulberry32(o.seed ^ t.nodes);
  const pairs: [number, number][] = [];
  while (pairs.length < o.pairs) {
    const a = randInt(rng, t.nodes);
    const b = randInt(rng, t.nodes);
    if (a !== b) pairs.push([a, b]);
  }
  const api = await apiPathFinder(db, appUrl, o.apiTimeoutMs);
  const naive = naivePathFinder(db, o.naiveTimeoutMs);
  const bfs = bfsPathFinder(t);
  // Warm both the page cache and the JIT once, outside the measured pairs.
  await api.find(pairs[0]![0], pairs[0]![1]);
  await bfs.find(pairs[0]![0], pairs[0]![1]);

  const step =
    (name: string, f: (a: number, b: number) => Promise<PathTiming>) =>
    async (r: number): Promise<PathTiming> => {
      const x = await f(...pairs[r]!);
      // A naive query leaves Neo4j collecting up to db.memory.transaction.max of garbage: let it settle (untimed)
      // so the next variant's pair does not pay for it. Run 1 and 2 showed the API's pairs measured right after
      // a naive one 2–10× slower than the same endpoint in the API bench.
      if (name === "naive")
        await new Promise((res) => setTimeout(res, o.settleMs ?? Math.min(1500, o.naiveTimeoutMs / 2)));
      o.log(
        `[paths] ${sizeLabel(t.nodes, t.edges)} pair ${r} ${name}: ${x.timedOut ? "≥" : ""}${x.ms.toFixed(1)} ms${x.why ? ` (${x.why})` : ""}`,
      );
      return x;
    };
  let res: Record<"api" | "naive" | "bfs", PathTiming[]>;
  try {
    res = await alternate<"api" | "naive" | "bfs", PathTiming>(o.pairs, {
      api: step("api", api.find),
      naive: step("naive", naive.find),
      bfs: step("bfs", bfs.find),
    });
  } finally {
    await naive.close();
  }
  for (let r = 0; r < o.pairs; r++) {
    const [a, n, b] = [res.api[r]!, res.naive[r]!, res.bfs[r]!];
    o.log(
      `[paths] ${sizeLabel(t.nodes, t.edges)} pair ${pairs[r]!.join("→")}: api ${a.ms.toFixed(1)} ms (len ${a.length}), ` +
        `naive ${n.timedOut ? `≥${n.ms}` : n.ms.toFixed(1)} ms, bfs ${b.ms.toFixed(2)} ms (len ${b.length})`,
    );
    // Sanity: within the hop bound the API must find a path as short as the BFS's.
    if (b.length !== null && b.length <= MAX_HOPS && a.length !== null && a.length !== b.length) {
      throw new Error(`bench: paths disagree for ${pairs[r]!.join("→")}: api ${a.length}, bfs ${b.length}`);
    }
  }
  const med = (xs: PathTiming[]) => median(xs.map((x) => x.ms));
  const naiveTimeouts = res.naive.filter((x) => x.timedOut).length;
  const size = sizeLabel(t.nodes, t.edges);
  const apiName =
    api.how === "endpoint"
      ? `GET /api/paths (maxHops ${MAX_HOPS})`
      : `stand-in: SHORTEST 1 within ${MAX_HOPS} hops (endpoint not mounted)`;
  const apiMs = med(res.api);
  const naiveMs = med(res.naive);
  const bfsMs = med(res.bfs);
  const found = res.api.filter((x) => x.length !== null).length;
  const note = `${found}/${o.pairs} pairs found within ${MAX_HOPS} hops; BFS lengths ${res.bfs.map((x) => x.length).join(",")}`;
  const rows = [
    row({
      bench: "paths",
      size,
      metric: "ms per pair (median)",
      oursName: apiName,
      ours: apiMs,
      peerName: `naive MATCH p=(a)-[*]-(b) … LIMIT 1 (timeout ${o.naiveTimeoutMs} ms; ${naiveTimeouts}/${o.pairs} timed out or hit the transaction memory limit${naiveTimeouts ? ", counted as ≥ the timeout" : ""})`,
      peer: naiveMs,
      goal: t.nodes >= 100_000 ? "≥ 10× faster than naive at 100k" : null,
      met: t.nodes >= 100_000 ? naiveMs / apiMs >= 10 : null,
      rounds: o.pairs,
      note,
    }),
    row({
      bench: "paths",
      size,
      metric: "ms per pair (median)",
      oursName: apiName,
      ours: apiMs,
      peerName: "graphology bidirectional BFS in memory (the limit)",
      peer: bfsMs,
      goal: null,
      met: null,
      rounds: o.pairs,
    }),
  ];
  const series: SeriesPoint[] = [
    { bench: "paths", variant: "API", nodes: t.nodes, value: apiMs },
    { bench: "paths", variant: "naive MATCH", nodes: t.nodes, value: naiveMs, atLeast: naiveTimeouts > o.pairs / 2 },
    { bench: "paths", variant: "in-memory BFS", nodes: t.nodes, value: bfsMs },
  ];
  return { rows, series };
}

/** docs/images/bench-paths.svg from the paths points of one run or of several (bench/paths-charts.ts). */
export async function writePathsChart(series: SeriesPoint[]): Promise<void> {
  const dir = path.join(REPO_ROOT, "docs", "images");
  await mkdir(dir, { recursive: true });
  const points = series.filter((p) => p.bench === "paths");
  await writeFile(
    path.join(dir, "bench-paths.svg"),
    svgChart(points, "Paths: median ms per random pair", "ms per pair (log)"),
  );
}
