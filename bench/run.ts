// `npm run bench`: starts a throwaway Neo4j (4g heap, 2g page cache), runs every benchmark of issue 7 that is
// built, prints a markdown table, and saves results (.cache/bench/) and the paths chart (docs/images/).
// Flags: --sizes 10k,100k  --floor-sizes 10k  --layout-sizes 1k,10k  --benches loading,paths,api,layout
//        --rounds 5  --pairs 7  --naive-timeout 5000  --concurrency 8  --requests 300  --no-browser  --no-chart
// `npm run bench -- extract` scores the draft extractor instead (bench/extract-bench.ts): no database, no browser;
// `npm run bench -- import` times uploads to draft (bench/import-bench.ts).
// `npm run bench -- docs` measures twenty imported documents (bench/docs-bench.ts).
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../server/src/config.ts";
import { SIZES, type SizeName } from "../graph-seed/src/synthetic/index.ts";
import { BENCHES, DEFAULTS, runHarness, type BenchName } from "./harness.ts";
import { startBenchDb } from "./lib/database.ts";
import { markdownTable } from "./lib/report.ts";
import { writePathsChart } from "./paths-bench.ts";

if (process.argv[2] === "extract") {
  const { runExtractBench } = await import("./extract-bench.ts");
  await runExtractBench();
  process.exit(0);
}
// `npm run bench -- import [--pages 300] [--no-pdf]`: uploads through POST /api/documents (bench/import-bench.ts).
if (process.argv[2] === "import") {
  const { runImportBench } = await import("./import-bench.ts");
  await runImportBench(process.argv.slice(3));
  process.exit(0);
}
// `npm run bench -- docs …`: twenty imported documents, their API and the real page (bench/docs-bench.ts).
if (process.argv[2] === "docs") {
  const { docsBench } = await import("./docs-bench.ts");
  await docsBench(process.argv.slice(3));
  process.exit(0);
}
// `npm run bench -- app …`: the real server and client page (bench/app-bench.ts), its own flags.
if (process.argv[2] === "app") {
  const { appBench } = await import("./app-bench.ts");
  await appBench(process.argv.slice(3));
  process.exit(0);
}

const { values: v } = parseArgs({
  options: {
    sizes: { type: "string" },
    "floor-sizes": { type: "string" },
    "layout-sizes": { type: "string" },
    benches: { type: "string" },
    rounds: { type: "string" },
    pairs: { type: "string" },
    "naive-timeout": { type: "string" },
    concurrency: { type: "string" },
    requests: { type: "string" },
    "no-browser": { type: "boolean" },
    "no-chart": { type: "boolean" },
  },
});

const sizeList = (s: string | undefined, d: SizeName[]): SizeName[] => {
  if (!s) return d;
  const xs = s.split(",").map((x) => x.trim().toLowerCase());
  for (const x of xs)
    if (!(x in SIZES)) throw new Error(`bench: unknown size ${x} (one of ${Object.keys(SIZES).join(", ")})`);
  return xs as SizeName[];
};
const int = (s: string | undefined, d: number) => (s === undefined ? d : Number.parseInt(s, 10));

const opts = {
  ...DEFAULTS,
  sizes: sizeList(v.sizes, DEFAULTS.sizes),
  floorSizes: sizeList(v["floor-sizes"], DEFAULTS.floorSizes),
  layoutSizes: sizeList(v["layout-sizes"], DEFAULTS.layoutSizes),
  benches: v.benches
    ? (v.benches.split(",") as BenchName[]).filter((b) => (BENCHES as readonly string[]).includes(b))
    : DEFAULTS.benches,
  rounds: int(v.rounds, DEFAULTS.rounds),
  pairs: int(v.pairs, DEFAULTS.pairs),
  naiveTimeoutMs: int(v["naive-timeout"], DEFAULTS.naiveTimeoutMs),
  concurrency: int(v.concurrency, DEFAULTS.concurrency),
  requests: int(v.requests, DEFAULTS.requests),
  layoutBrowser: !v["no-browser"],
};

const t0 = Date.now();
const db = await startBenchDb({ log: (l) => console.log(l) });
try {
  const res = await runHarness(db, opts);
  const { records } = await db.driver.executeQuery(
    "CALL dbms.components() YIELD name, versions RETURN versions[0] AS v",
    {},
    { database: db.database },
  );
  const machine = {
    nproc: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    cpu: os.cpus()[0]?.model ?? "?",
    node: process.version,
    neo4j: String(records[0]?.get("v") ?? "?"),
    chromium: res.chromium,
    renderer: res.renderer,
  };
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const table = markdownTable(res.rows);
  console.log(
    `\n${command}\n${JSON.stringify(machine)}\n\n${table}\n\n(total ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const dir = path.join(REPO_ROOT, ".cache", "bench");
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  await writeFile(
    path.join(dir, `results-${stamp}.json`),
    JSON.stringify({ command, machine, opts: { ...opts, log: undefined }, ...res }, null, 2),
  );
  await writeFile(path.join(dir, `results-${stamp}.md`), `${command}\n\n${JSON.stringify(machine)}\n\n${table}\n`);
  if (!v["no-chart"] && res.series.some((p) => p.bench === "paths")) await writePathsChart(res.series);
} finally {
  await db.close();
}
