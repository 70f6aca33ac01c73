// Where the loader's time goes, phase by phase: first loads into an emptied database (one per batch size
// given, alternated round by round), then one reload (MERGE over the full document). Diagnosis for
// docs/benchmarks.md. Usage: npx tsx bench/profile-load.ts [size=10k] [rounds=2] [batch sizes=1000]
import { loadSeed, type LoadOptions } from "../graph-seed/src/load/index.ts";
import type { ValidatedSeed } from "../graph-seed/src/model/seed.ts";
import { syntheticGraph, type SizeName } from "../graph-seed/src/synthetic/index.ts";
import { emptyData, startBenchDb, type BenchDb } from "./lib/database.ts";

const size = (process.argv[2] ?? "10k") as SizeName;
const rounds = Number(process.argv[3] ?? 2);
const batchSizes = (process.argv[4] ?? "1000").split(",").map(Number);
const { seed } = await syntheticGraph(size);
const rows = seed.nodes.length + seed.edges.length;
const db = await startBenchDb({ heap: "4g", pagecache: "2g", log: (l) => console.log(l) });

async function timedLoad(db: BenchDb, seed: ValidatedSeed, opts: LoadOptions, label: string) {
  let t = performance.now();
  let phase = "";
  const spent: Record<string, number> = {};
  await loadSeed(db.driver, seed, {
    ...opts,
    database: db.database,
    onProgress: (p) => {
      const now = performance.now();
      if (phase) spent[phase] = (spent[phase] ?? 0) + (now - t);
      t = now;
      phase = p.phase;
    },
  });
  const ms = Object.values(spent).reduce((a, b) => a + b, 0);
  console.log(
    `${label}: ${(ms / 1000).toFixed(1)} s, ${Math.round(rows / (ms / 1000))} rows/s`,
    Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v)])),
  );
}

try {
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order round by round so the machine's drift does not favour one batch size.
    const order = round % 2 ? batchSizes : [...batchSizes].reverse();
    for (const batchSize of order) {
      await emptyData(db, seed.document.id);
      await timedLoad(db, seed, { batchSize }, `round ${round} first load, batch ${batchSize}`);
    }
  }
  await timedLoad(db, seed, { batchSize: batchSizes[0]! }, "reload over the full document");
} finally {
  await db.close();
}
