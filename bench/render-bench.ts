// Rendering (issue 7 row 1): the same positioned synthetic graph (positions from the generator's cache) drawn in
// Chromium by bare sigma, by this client's own renderer (client/src/sigma/renderer.ts), by cytoscape.js
// (canvas and WebGL) and by vis-network. One fresh page per variant and round, variants alternated round by
// round (forward, then reversed), median of the rounds. Measured per variant:
//   - data → first painted frame (in the page: build the library's model, construct, first render event, a frame);
//   - JS heap per element (CDP: GC, Runtime.getHeapUsage before and after, over nodes + edges);
//   - over a scripted ~3 s camera path run by each library's own camera animation: frames drawn per second
//     (sigma 'afterRender' — plus, for the client, the bitmaps it shows while moving —, cytoscape 'render',
//     vis-network 'afterDrawing') and main-thread ms per frame
//     (CDP Performance.getMetrics TaskDuration, divided by the frames).
// Usage: npx tsx bench/render-bench.ts [--sizes 10k,100k] [--rounds 5] [--variants a,b] [--headed] [--no-chart]
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { NODE_TYPES } from "../graph-seed/src/model/types.ts";
import {
  cachedLayout,
  DEFAULT_SEED,
  generateTopology,
  SIZES,
  type SizeName,
} from "../graph-seed/src/synthetic/index.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import { VARIANTS, type LoadResult, type PanResult, type Variant } from "./browser/render-variants.ts";
import { openBenchPage, type BenchBrowser } from "./lib/chromium.ts";
import { withDeadline } from "./lib/deadline.ts";
import { markdownTable, svgChart } from "./lib/report.ts";
import { row, sizeLabel, type BenchRow, type SeriesPoint } from "./lib/result.ts";
import { median } from "./lib/stats.ts";

export interface RenderBenchOptions {
  sizes: SizeName[];
  rounds: number;
  variants: Variant[];
  /** Each of the four camera legs lasts this long (4 × 750 ms ≈ 3 s). */
  legMs: number;
  /** Client-side deadline for one variant's first frame; past it the variant is dropped at that size. */
  loadDeadlineMs: number;
  headed: boolean;
  seed: number;
  log: (line: string) => void;
}

export const RENDER_DEFAULTS: RenderBenchOptions = {
  sizes: ["10k", "100k"],
  rounds: 5,
  variants: [...VARIANTS],
  legMs: 750,
  loadDeadlineMs: 180_000,
  headed: false,
  seed: DEFAULT_SEED,
  log: (l) => process.stdout.write(`${l}\n`),
};

export interface Sample {
  firstFrameMs: number;
  heapPerElement: number;
  fps: number;
  msPerFrame: number;
  frames: number;
  capped: boolean;
  /** Sigma-based variants: one full draw at rest after the camera path, painted (NaN for the peers). */
  redrawMs: number;
}

/** What render-entry.ts puts on window, as the runner calls it. */
interface PageBench {
  fetchData(url: string): Promise<number>;
  load(v: Variant, deadlineMs: number): Promise<LoadResult>;
  pan(legMs: number): Promise<PanResult>;
  redraw(): Promise<number | null>;
  cytoscapeWebgl(): boolean | null;
}

const PEERS: Variant[] = ["cytoscape-canvas", "cytoscape-webgl", "vis-network"];

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
}

async function measure(
  b: BenchBrowser,
  variant: Variant,
  dataUrl: string,
  elements: number,
  o: RenderBenchOptions,
): Promise<Sample & { webgl: boolean | null }> {
  const page: Page = await b.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.evaluate((u) => (window as unknown as { bench: PageBench }).bench.fetchData(u), dataUrl);
    const h0 = await heapUsed(cdp);
    const load = await withDeadline(
      page.evaluate(([v, ms]) => (window as unknown as { bench: PageBench }).bench.load(v, ms) as Promise<LoadResult>, [
        variant,
        o.loadDeadlineMs - 5000,
      ] as const),
      o.loadDeadlineMs,
      `${variant} first frame`,
    );
    const h1 = await heapUsed(cdp);
    const webgl = (await page.evaluate(() => (window as unknown as { bench: PageBench }).bench.cytoscapeWebgl())) as
      boolean | null;
    const s0 = await taskSeconds(cdp);
    const pan = await withDeadline(
      page.evaluate((ms) => (window as unknown as { bench: PageBench }).bench.pan(ms) as Promise<PanResult>, o.legMs),
      o.legMs * 4 * 4 + 60_000,
      `${variant} camera path`,
    );
    const s1 = await taskSeconds(cdp);
    const redrawMs = await withDeadline(
      page.evaluate(() => (window as unknown as { bench: PageBench }).bench.redraw()),
      o.loadDeadlineMs,
      `${variant} redraw at rest`,
    );
    const frames = Math.max(1, pan.frames);
    return {
      firstFrameMs: load.firstFrameMs,
      heapPerElement: (h1 - h0) / elements,
      fps: pan.frames / (pan.wallMs / 1000),
      msPerFrame: ((s1 - s0) * 1000) / frames,
      frames: pan.frames,
      capped: Boolean(pan.capped),
      redrawMs: redrawMs ?? NaN,
      webgl,
    };
  } finally {
    await withDeadline(page.close(), 30_000, "closing a page").catch(() => {});
  }
}

export interface RenderBenchResult {
  rows: BenchRow[];
  series: SeriesPoint[];
  renderer: string;
  chromium: string;
  /** Every round's sample, by size label ("10k/30k") and variant. */
  raw: Record<string, Record<Variant, Sample[]>>;
}

export async function renderBench(o: RenderBenchOptions): Promise<RenderBenchResult> {
  const routes: Record<string, string> = {};
  const topo = new Map<SizeName, { nodes: number; edges: number }>();
  for (const size of o.sizes) {
    const t = generateTopology({ ...SIZES[size], seed: o.seed });
    const layout = await cachedLayout(t);
    routes[`/graph-${size}.json`] = JSON.stringify({
      x: Array.from(layout.x),
      y: Array.from(layout.y),
      s: Array.from(t.source),
      t: Array.from(t.target),
      type: Array.from(t.type, (i) => NODE_TYPES[i]),
    });
    topo.set(size, { nodes: t.nodes, edges: t.edges });
  }
  const b = await openBenchPage("render-entry", { routes, headed: o.headed });
  const rows: BenchRow[] = [];
  const series: SeriesPoint[] = [];
  const raw: RenderBenchResult["raw"] = {};
  o.log(`[render] ${b.version}, WebGL renderer: ${b.renderer}${o.headed ? " (headed, Xvfb)" : " (headless)"}`);
  try {
    for (const size of o.sizes) {
      const { nodes, edges } = topo.get(size)!;
      const label = sizeLabel(nodes, edges);
      const samples = Object.fromEntries(o.variants.map((v) => [v, [] as Sample[]])) as Record<Variant, Sample[]>;
      const dropped = new Map<Variant, string>();
      for (let r = 0; r < o.rounds; r++) {
        const order = r % 2 === 0 ? o.variants : [...o.variants].reverse();
        for (const v of order) {
          if (dropped.has(v)) continue;
          try {
            const s = await measure(b, v, `/graph-${size}.json`, nodes + edges, o);
            samples[v].push(s);
            o.log(
              `[render] ${label} round ${r} ${v}: first frame ${s.firstFrameMs.toFixed(0)} ms, heap ${s.heapPerElement.toFixed(0)} B/element, ` +
                `${s.fps.toFixed(1)} frames/s while moving (${s.frames} frames${s.capped ? ", path cut at its cap" : ""}), ${s.msPerFrame.toFixed(0)} main-thread ms/frame` +
                (Number.isNaN(s.redrawMs) ? "" : `, redraw at rest ${s.redrawMs.toFixed(0)} ms`) +
                (s.webgl !== null ? `, cytoscape webgl=${s.webgl}` : ""),
            );
            if (v === "cytoscape-webgl" && s.webgl === false) dropped.set(v, "WebGL mode did not start");
          } catch (e) {
            const msg = String((e as Error).message).split("\n")[0]!;
            if (/has been closed/.test(msg)) throw e;
            dropped.set(v, msg);
            o.log(`[render] ${label} round ${r} ${v}: dropped at this size — ${msg}`);
          }
        }
      }
      raw[label] = samples;
      const med = (v: Variant, k: keyof Sample) => median(samples[v].map((s) => Number(s[k])));
      const has = (v: Variant) => o.variants.includes(v) && samples[v].length > 0;
      const peers = PEERS.filter(has);
      const best = (k: keyof Sample, lower: boolean) =>
        peers.reduce<Variant | null>(
          (acc, v) => (acc === null || (lower ? med(v, k) < med(acc, k) : med(v, k) > med(acc, k)) ? v : acc),
          null,
        );
      const note = (v: Variant) => `${samples[v].length} rounds${dropped.has(v) ? `; dropped: ${dropped.get(v)}` : ""}`;
      for (const v of o.variants.filter(has)) {
        series.push({ bench: "rendering", variant: v, nodes, value: med(v, "firstFrameMs") });
        series.push({ bench: "rendering-fps", variant: v, nodes, value: med(v, "fps") });
      }
      // The product's variants are the ones named "client…" in the shared list.
      const ours: Variant[] = VARIANTS.filter((v) => v.startsWith("client")).filter(has);
      const metrics: { k: keyof Sample; metric: string; lower: boolean; goal: (v: Variant) => string | null }[] = [
        { k: "firstFrameMs", metric: "data → first frame ms", lower: true, goal: () => "≤ 0.5× the best peer" },
        { k: "heapPerElement", metric: "JS heap bytes per element", lower: true, goal: () => "≤ 0.5× the best peer" },
        { k: "fps", metric: "frames/s while the camera moves", lower: false, goal: () => "≥ the best peer" },
        { k: "msPerFrame", metric: "main-thread ms per frame while moving", lower: true, goal: () => null },
      ];
      for (const m of metrics) {
        const bp = best(m.k, m.lower);
        for (const v of ours) {
          if (bp) {
            const ratio = med(v, m.k) / med(bp, m.k);
            const g = m.goal(v);
            rows.push(
              row({
                bench: "rendering",
                size: label,
                metric: m.metric,
                oursName: v,
                ours: med(v, m.k),
                peerName: `best peer: ${bp}`,
                peer: med(bp, m.k),
                goal: g,
                met: g === null ? null : m.lower ? ratio <= 0.5 : ratio >= 1,
                rounds: samples[v].length,
                note: `${note(v)}; peer ${note(bp)}`,
              }),
            );
          }
          if (has("sigma-default") && m.k !== "msPerFrame") {
            const ratio = med(v, m.k) / med("sigma-default", m.k);
            const within = m.k === "fps" ? null : ratio <= 1.2;
            rows.push(
              row({
                bench: "rendering",
                size: label,
                metric: m.metric,
                oursName: v,
                ours: med(v, m.k),
                peerName: "bare sigma, default settings",
                peer: med("sigma-default", m.k),
                goal: m.k === "fps" ? null : "within 1.2× of bare sigma",
                met: within,
                rounds: samples[v].length,
                note: note("sigma-default"),
              }),
            );
          }
        }
      }
      // Every variant's medians, for the doc's full table.
      for (const v of o.variants.filter(has))
        o.log(
          `[render] ${label} median ${v}: first frame ${med(v, "firstFrameMs").toFixed(0)} ms, heap ${med(v, "heapPerElement").toFixed(0)} B/el, ` +
            `${med(v, "fps").toFixed(1)} fps, ${med(v, "msPerFrame").toFixed(0)} ms/frame` +
            (Number.isNaN(med(v, "redrawMs")) ? "" : `, redraw at rest ${med(v, "redrawMs").toFixed(0)} ms`) +
            ` (${samples[v].length} rounds)`,
        );
    }
  } finally {
    await withDeadline(b.close(), 30_000, "closing Chromium").catch(() => {});
  }
  return { rows, series, renderer: b.renderer, chromium: b.version, raw };
}

const CHARTED: string[] = [...VARIANTS];

/** docs/images/bench-rendering.svg (first frame) and bench-rendering-fps.svg (frames/s while moving). */
export async function writeRenderCharts(series: SeriesPoint[]): Promise<void> {
  const dir = path.join(REPO_ROOT, "docs", "images");
  await mkdir(dir, { recursive: true });
  const pick = (bench: string) => series.filter((p) => p.bench === bench && CHARTED.includes(p.variant));
  await writeFile(
    path.join(dir, "bench-rendering.svg"),
    svgChart(pick("rendering"), "Rendering: data → first painted frame (headless)", "ms, median (log)"),
  );
  await writeFile(
    path.join(dir, "bench-rendering-fps.svg"),
    svgChart(pick("rendering-fps"), "Rendering: frames/s while the camera moves (headless)", "frames/s, median (log)"),
  );
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: v } = parseArgs({
    options: {
      sizes: { type: "string" },
      rounds: { type: "string" },
      variants: { type: "string" },
      "leg-ms": { type: "string" },
      headed: { type: "boolean" },
      "no-chart": { type: "boolean" },
    },
  });
  const o: RenderBenchOptions = {
    ...RENDER_DEFAULTS,
    sizes: v.sizes ? (v.sizes.split(",") as SizeName[]) : RENDER_DEFAULTS.sizes,
    rounds: v.rounds ? Number(v.rounds) : RENDER_DEFAULTS.rounds,
    variants: v.variants ? (v.variants.split(",") as Variant[]) : RENDER_DEFAULTS.variants,
    legMs: v["leg-ms"] ? Number(v["leg-ms"]) : RENDER_DEFAULTS.legMs,
    headed: Boolean(v.headed),
  };
  const t0 = Date.now();
  const res = await renderBench(o);
  const command = `npx tsx bench/render-bench.ts ${process.argv.slice(2).join(" ")}`.trim();
  const table = markdownTable(res.rows);
  console.log(
    `\n${command}\n${res.chromium} ${res.renderer}\n\n${table}\n\n(total ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const dir = path.join(REPO_ROOT, ".cache", "bench");
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  await writeFile(
    path.join(dir, `render-${o.headed ? "headed" : "headless"}-${stamp}.json`),
    JSON.stringify(
      { command, chromium: res.chromium, renderer: res.renderer, rows: res.rows, series: res.series, raw: res.raw },
      null,
      2,
    ),
  );
  if (!v["no-chart"] && !o.headed && o.sizes.length > 1) {
    await writeRenderCharts(res.series);
  }
}
