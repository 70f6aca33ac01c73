// `npm run bench -- app`: the product as a user meets it. A throwaway Neo4j gets a synthetic graph through the
// product's loader (positions included, as the generator stores them), the real server serves API and built
// client, and Chromium opens the real page, one fresh context per round (empty cache). Beside it, in the same
// run, the in-page peers of bench/render-bench.ts draw the same graph. Writes .cache/bench/app-<stamp>.json;
// `npx tsx bench/app-report.ts <json>` turns it into the table of docs/benchmarks.md.
// Flags: --sizes 10k,100k  --rounds 3  --peers sigma-default,cytoscape-canvas,...  --peer-rounds 3
//        --client-dir dist/client (another build, e.g. the one before a change)  --label after
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { syntheticGraph, type SizeName } from "../graph-seed/src/synthetic/index.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_chromium.ts";
import type { Variant } from "./browser/render-variants.ts";
import { DEFAULTS } from "./harness.ts";
import { startBenchApp } from "./lib/app-server.ts";
import { visitApp, type AppSample } from "./lib/app-page.ts";
import { emptyData, loadSynthetic, startBenchDb, type BenchDb } from "./lib/database.ts";
import { SEED_MARKER_LABEL } from "../graph-seed/src/model/types.ts";
import { sizeLabel } from "./lib/result.ts";
import { RENDER_DEFAULTS, renderBench, type Sample } from "./render-bench.ts";

export interface AppBenchOutput {
  command: string;
  label: string;
  machine: Record<string, string | number>;
  sizes: { size: string; nodes: number; edges: number; app: AppSample[]; peers: Record<string, Sample[]> }[];
}

export async function appBench(argv: string[]): Promise<string> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string" },
      rounds: { type: "string" },
      peers: { type: "string" },
      "peer-rounds": { type: "string" },
      "client-dir": { type: "string" },
      label: { type: "string" },
      "db-home": { type: "string" },
      "query-timeout": { type: "string" },
    },
  });
  const sizes = (v.sizes ?? "10k").split(",") as SizeName[];
  const rounds = Number(v.rounds ?? 3);
  const peers = (v.peers ?? "sigma-default,cytoscape-canvas,cytoscape-webgl,vis-network")
    .split(",")
    .filter(Boolean) as Variant[];
  const peerRounds = Number(v["peer-rounds"] ?? rounds);
  const clientDir = path.resolve(REPO_ROOT, v["client-dir"] ?? "dist/client");
  if (!v["client-dir"]) {
    // The production build, as `npm start` would serve it.
    execFileSync("npx", ["vite", "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
    });
  }
  const log = (l: string) => process.stdout.write(`${l}\n`);
  const out: AppBenchOutput = {
    command: `npm run bench -- app ${argv.join(" ")}`.trim(),
    label: v.label ?? "app",
    machine: {},
    sizes: [],
  };
  // The machine is shared: its load at the start and end goes with the figures.
  out.machine.loadavgStart = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  const db = await startBenchDb({ log, ...(v["db-home"] ? { home: path.resolve(v["db-home"]) } : {}) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    for (const size of sizes) {
      const { topology, seed } = await syntheticGraph(size);
      if (!(await hasDocument(db, seed.document.id))) {
        await emptyData(db, null);
        await loadSynthetic(db, seed, log);
      }
      const app = await startBenchApp(db, Number(v["query-timeout"] ?? DEFAULTS.queryTimeoutMs), clientDir);
      const label = sizeLabel(topology.nodes, topology.edges);
      const samples: AppSample[] = [];
      try {
        for (let r = 0; r < rounds; r++) {
          const s = await visitApp(browser, `${app.url}/`, { deadlineMs: 300_000 });
          samples.push(s);
          log(
            `[app] ${label} round ${r}: first frame ${s.firstFrameMs.toFixed(0)} ms, interactive ${s.interactiveMs.toFixed(0)} ms, ` +
              `longest task ${s.longestTaskMs.toFixed(0)} ms, /api/graph ×${s.graphRequests} ${(s.wireBytes / 1e6).toFixed(2)} MB wire ` +
              `(${(s.bodyBytes / 1e6).toFixed(2)} MB) in ${s.apiMs.toFixed(0)} ms, heap ${s.heapMiB.toFixed(0)} MiB, ` +
              `${s.nodesShown} of ${s.nodesTotal} nodes, pan ${s.panFps.toFixed(1)} fps, drag ${s.dragFps.toFixed(1)} fps (longest ${s.dragLongestTaskMs.toFixed(0)} ms, moved ${s.dragMoved})${s.error ? `, ERROR ${s.error}` : ""}\n      marks ${JSON.stringify(s.marks)} long tasks ${s.longTasks}`,
          );
        }
      } finally {
        await app.close();
      }
      const peerSamples: Record<string, Sample[]> = {};
      if (peers.length && peerRounds > 0) {
        const res = await renderBench({ ...RENDER_DEFAULTS, sizes: [size], rounds: peerRounds, variants: peers, log });
        Object.assign(peerSamples, res.raw[label] ?? {});
        out.machine.renderer = res.renderer;
      }
      out.sizes.push({ size, nodes: topology.nodes, edges: topology.edges, app: samples, peers: peerSamples });
    }
    out.machine = {
      ...out.machine,
      nproc: os.cpus().length,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      cpu: os.cpus()[0]?.model ?? "?",
      node: process.version,
      chromium: browser.version(),
      loadavgEnd: os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" "),
    };
  } finally {
    await browser.close().catch(() => {});
    await db.close();
  }
  const dir = path.join(REPO_ROOT, ".cache", "bench");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `app-${out.label}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  await writeFile(file, JSON.stringify(out, null, 2));
  log(`[app] wrote ${path.relative(REPO_ROOT, file)}`);
  return file;
}

/** A reused database (--db-home) that already holds this graph, completely loaded, skips the load. */
async function hasDocument(db: BenchDb, doc: string): Promise<boolean> {
  const { records } = await db.driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) WHERE m.completed = true RETURN count(m) AS c`,
    { doc },
    { database: db.database },
  );
  return Number(records[0]?.get("c") ?? 0) > 0;
}
