// Runs the benchmarks in order on one database: for each size, load it (the loading rows), then paths and
// API on the loaded graph; then layout. Used by bench/run.ts (full run) and by the smoke test (1k, one round).
import {
  DEFAULT_SEED,
  generateTopology,
  cachedLayout,
  SIZES,
  syntheticGraph,
  type SizeName,
} from "../graph-seed/src/synthetic/index.ts";
import { apiBench } from "./api-bench.ts";
import { startBenchApp } from "./lib/app-server.ts";
import { emptyData, type BenchDb } from "./lib/database.ts";
import type { BenchResult } from "./lib/result.ts";
import { layoutBench } from "./layout-bench.ts";
import { loadingVsFloor, timedLoad } from "./load-bench.ts";
import { pathsBench } from "./paths-bench.ts";

export const BENCHES = ["loading", "paths", "api", "layout"] as const;
export type BenchName = (typeof BENCHES)[number];

export interface HarnessOptions {
  sizes: SizeName[];
  /** Sizes at which loader-vs-floor is alternated over `rounds`; others get one timed load. */
  floorSizes: SizeName[];
  layoutSizes: SizeName[];
  benches: BenchName[];
  rounds: number;
  pairs: number;
  floorSample: number;
  naiveTimeoutMs: number;
  queryTimeoutMs: number;
  concurrency: number;
  requests: number;
  layoutIterations: number;
  layoutBrowser: boolean;
  seed: number;
  /** Delete the synthetic documents' data only (true on a shared test database), or everything. */
  scopedCleanup: boolean;
  log: (line: string) => void;
}

export const DEFAULTS: HarnessOptions = {
  sizes: ["10k", "100k"],
  floorSizes: ["10k"],
  layoutSizes: ["1k", "10k"],
  benches: [...BENCHES],
  rounds: 5,
  pairs: 7,
  floorSample: 2000,
  naiveTimeoutMs: 5000,
  queryTimeoutMs: 30_000,
  concurrency: 8,
  requests: 300,
  layoutIterations: 300,
  layoutBrowser: true,
  seed: DEFAULT_SEED,
  scopedCleanup: false,
  log: (l) => process.stdout.write(`${l}\n`),
};

export interface HarnessResult extends BenchResult {
  renderer: string | null;
  chromium: string | null;
}

export async function runHarness(db: BenchDb, o: HarnessOptions): Promise<HarnessResult> {
  const out: HarnessResult = { rows: [], series: [], renderer: null, chromium: null };
  const wants = (b: BenchName) => o.benches.includes(b);
  for (const size of o.sizes) {
    const { topology, seed } = await syntheticGraph(size, o.seed);
    const doc = seed.document.id;
    if (!o.scopedCleanup) await emptyData(db, null);
    if (wants("loading") && o.floorSizes.includes(size)) {
      out.rows.push(await loadingVsFloor(db, seed, { rounds: o.rounds, floorSample: o.floorSample, log: o.log }));
    } else {
      out.rows.push(await timedLoad(db, seed, o.log));
    }
    if (wants("paths") || wants("api")) {
      const app = await startBenchApp(db, o.queryTimeoutMs);
      try {
        if (wants("paths")) {
          const r = await pathsBench(db, app.url, topology, {
            pairs: o.pairs,
            naiveTimeoutMs: o.naiveTimeoutMs,
            apiTimeoutMs: o.queryTimeoutMs,
            seed: o.seed,
            log: o.log,
          });
          out.rows.push(...r.rows);
          out.series.push(...r.series);
        }
        if (wants("api")) {
          out.rows.push(
            ...(await apiBench(db, app.url, topology, {
              rounds: o.rounds,
              concurrency: o.concurrency,
              requests: o.requests,
              maxMsPerBatch: 20_000,
              queryTimeoutMs: o.queryTimeoutMs,
              seed: o.seed,
              log: o.log,
            })),
          );
        }
      } finally {
        await app.close();
      }
    }
    if (o.scopedCleanup) await emptyData(db, doc);
  }
  if (wants("layout")) {
    for (const size of o.layoutSizes) {
      const topology = generateTopology({ ...SIZES[size], seed: o.seed });
      const layout = await cachedLayout(topology);
      const r = await layoutBench(topology, layout, {
        rounds: o.rounds,
        iterations: o.layoutIterations,
        workerMs: 3000,
        browser: o.layoutBrowser,
        log: o.log,
      });
      out.rows.push(...r.rows);
      out.renderer ??= r.renderer;
      out.chromium ??= r.chromium;
    }
  }
  return out;
}
