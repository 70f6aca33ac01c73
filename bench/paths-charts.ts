// Regenerates docs/images/bench-paths.svg from saved `npm run bench` results, e.g. a 10k/100k run and a 1M run
// made separately: npx tsx bench/paths-charts.ts .cache/bench/results-A.json .cache/bench/results-B.json
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../server/src/config.ts";
import { svgChart } from "./lib/report.ts";
import type { SeriesPoint } from "./lib/result.ts";

const series: SeriesPoint[] = [];
for (const f of process.argv.slice(2)) {
  const json = JSON.parse(await readFile(f, "utf8")) as { series: SeriesPoint[] };
  series.push(...json.series.filter((p) => p.bench === "paths"));
}
if (series.length === 0) throw new Error("paths-charts: give one or more .cache/bench/results-*.json with paths");
const svg = svgChart(series, "Paths: median ms per random pair", "ms per pair (log)");
await mkdir(path.join(REPO_ROOT, "docs", "images"), { recursive: true });
await writeFile(path.join(REPO_ROOT, "docs", "images", "bench-paths.svg"), svg);
console.log(`wrote docs/images/bench-paths.svg from ${series.length} points`);
