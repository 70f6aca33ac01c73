// Where the loader's time goes, phase by phase, for one synthetic size (diagnosis for docs/benchmarks.md).
// Usage: npx tsx bench/profile-load.ts [size=10k]
import { loadSeed } from "../graph-seed/src/load/index.ts";
import { syntheticGraph, type SizeName } from "../graph-seed/src/synthetic/index.ts";
import { startBenchDb } from "./lib/database.ts";

const size = (process.argv[2] ?? "10k") as SizeName;
const { seed } = await syntheticGraph(size);
const db = await startBenchDb({ heap: "2g", pagecache: "1g" });
try {
  for (let round = 1; round <= 2; round++) {
    let t = performance.now();
    let phase = "";
    const spent: Record<string, number> = {};
    await loadSeed(db.driver, seed, {
      database: db.database,
      onProgress: (p) => {
        const now = performance.now();
        if (phase) spent[phase] = (spent[phase] ?? 0) + (now - t);
        t = now;
        phase = p.phase;
      },
    });
    // Round 2 reloads the same seed into a full database: MERGE finds every item already there.
    console.log(
      `round ${round} (${round === 1 ? "empty database" : "reload"}):`,
      Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v)])),
    );
  }
} finally {
  await db.close();
}
