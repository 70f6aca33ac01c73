// Layout: ForceAtlas2 iterations/s — graphology's worker in Chromium (what the client runs) against
// synchronous FA2 in Node on the same graph (the limit) and vis-network's physics in the same Chromium.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { toGraphology, type Layout, type Topology } from "../graph-seed/src/synthetic/index.ts";
import { openBenchPage, type PageGraph } from "./lib/chromium.ts";
import { row, sizeLabel, type BenchRow } from "./lib/result.ts";
import { alternate, median, now } from "./lib/stats.ts";

export interface LayoutBenchOptions {
  rounds: number;
  /** Synchronous FA2 iterations per round for 1k nodes; scaled down with size so a round lasts ~1–3 s. */
  iterations: number;
  /** How long the worker runs per round. */
  workerMs: number;
  browser: boolean;
  log: (line: string) => void;
}

export interface LayoutBenchResult {
  rows: BenchRow[];
  renderer: string | null;
  chromium: string | null;
}

function nodeFa2(t: Topology, layout: Layout, iterations: number): number {
  const g = toGraphology(t, layout);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2000 };
  const t0 = now();
  forceAtlas2.assign(g, { iterations, settings });
  return iterations / ((now() - t0) / 1000);
}

export async function layoutBench(t: Topology, layout: Layout, o: LayoutBenchOptions): Promise<LayoutBenchResult> {
  const size = sizeLabel(t.nodes, t.edges);
  const iterations = Math.max(10, Math.round((o.iterations * 1000) / t.nodes));
  // vis-network is ~20× slower per iteration: fewer iterations keep its rounds in seconds too.
  const visIterations = Math.max(3, Math.round(iterations / 10));
  if (!o.browser) {
    const rates = Array.from({ length: o.rounds }, () => nodeFa2(t, layout, iterations));
    return {
      rows: [
        row({
          bench: "layout",
          size,
          metric: "FA2 iterations/s",
          oursName: "sync FA2 in Node",
          ours: median(rates),
          peerName: "—",
          peer: NaN,
          goal: null,
          met: null,
          rounds: o.rounds,
          note: "browser part skipped",
        }),
      ],
      renderer: null,
      chromium: null,
    };
  }
  const data: PageGraph = {
    x: Array.from(layout.x),
    y: Array.from(layout.y),
    s: Array.from(t.source),
    t: Array.from(t.target),
  };
  const b = await openBenchPage("layout-entry");
  try {
    const call = <R>(fn: string, ...args: unknown[]) =>
      b.page.evaluate(
        ([f, d, a]) =>
          (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[f as string]!(
            d,
            ...(a as unknown[]),
          ) as Promise<R>,
        [fn, data, args] as const,
      ) as Promise<R>;
    const res = await alternate<"worker" | "node" | "vis" | "browserSync", number>(o.rounds, {
      worker: () => call<number>("fa2Worker", o.workerMs),
      node: async () => nodeFa2(t, layout, iterations),
      vis: () => call<number>("visPhysics", visIterations),
      browserSync: () => call<number>("fa2Sync", iterations),
    });
    o.log(
      `[layout] ${size} it/s worker ${res.worker.map((x) => x.toFixed(1))} node ${res.node.map((x) => x.toFixed(1))} vis ${res.vis.map((x) => x.toFixed(1))} chromium-sync ${res.browserSync.map((x) => x.toFixed(1))}`,
    );
    const [w, n, v, bs] = [median(res.worker), median(res.node), median(res.vis), median(res.browserSync)];
    const common = {
      bench: "layout",
      size,
      metric: "FA2 iterations/s",
      oursName: "graphology FA2 worker in Chromium (client's layout-runner)",
      ours: w,
      rounds: o.rounds,
    };
    return {
      rows: [
        row({
          ...common,
          peerName: "sync FA2 in Node (the limit)",
          peer: n,
          goal: "≥ 0.9× the limit",
          met: w / n >= 0.9,
          note: `${iterations} sync iterations/round, worker ${o.workerMs} ms/round; sync FA2 on Chromium's main thread: ${bs.toFixed(1)} it/s`,
        }),
        row({
          ...common,
          peerName: "vis-network physics (forceAtlas2Based) in Chromium",
          peer: v,
          goal: "≥ 3× vis-network",
          met: w / v >= 3,
          note: `${visIterations} vis iterations/round via stabilize()`,
        }),
      ],
      renderer: b.renderer,
      chromium: b.version,
    };
  } finally {
    await b.close();
  }
}
