// Regenerates docs/images/bench-rendering*.svg from saved rendering results, e.g. a 10k run and a 100k run made
// separately: npx tsx bench/render-charts.ts .cache/bench/render-headless-A.json .cache/bench/render-headless-B.json
import { readFile } from "node:fs/promises";
import type { SeriesPoint } from "./lib/result.ts";
import { writeRenderCharts } from "./render-bench.ts";

const series: SeriesPoint[] = [];
for (const f of process.argv.slice(2)) {
  const json = JSON.parse(await readFile(f, "utf8")) as { series: SeriesPoint[] };
  series.push(...json.series);
}
if (series.length === 0) throw new Error("render-charts: give one or more .cache/bench/render-*.json files");
await writeRenderCharts(series);
console.log(`wrote docs/images/bench-rendering.svg and bench-rendering-fps.svg from ${series.length} points`);
