// Regenerates docs/images/bench-paths.svg from saved `npm run bench` results, e.g. a 10k/100k run and a 1M run
// made separately: npx tsx bench/paths-charts.ts .cache/bench/results-A.json .cache/bench/results-B.json
import { readFile } from "node:fs/promises";
import type { SeriesPoint } from "./lib/result.ts";
import { writePathsChart } from "./paths-bench.ts";

const series: SeriesPoint[] = [];
for (const f of process.argv.slice(2)) {
  const json = JSON.parse(await readFile(f, "utf8")) as { series: SeriesPoint[] };
  series.push(...json.series.filter((p) => p.bench === "paths"));
}
if (series.length === 0) throw new Error("paths-charts: give one or more .cache/bench/results-*.json with paths");
await writePathsChart(series);
console.log(`wrote docs/images/bench-paths.svg from ${series.length} points`);
