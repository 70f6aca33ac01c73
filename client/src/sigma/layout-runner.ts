// ForceAtlas2 in graphology's web worker with start/stop and progress in real iterations, then noverlap so
// labels read; positions are remembered per layout in localStorage so views and reloads keep them.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { CanvasGraph } from "../graph/model.ts";
import type { LayoutName } from "../graph/types.ts";

type Point = { x: number; y: number };
const KEY = (layout: LayoutName) => `rg.positions.${layout}.v1`;

export class PositionCache {
  private readonly maps = new Map<LayoutName, Map<string, Point>>();

  get(layout: LayoutName): Map<string, Point> {
    let m = this.maps.get(layout);
    if (!m) {
      m = new Map();
      try {
        const raw = localStorage.getItem(KEY(layout));
        if (raw) for (const [id, x, y] of JSON.parse(raw) as [string, number, number][]) m.set(id, { x, y });
      } catch {
        // A corrupt or missing entry only costs a fresh layout.
      }
      this.maps.set(layout, m);
    }
    return m;
  }

  /**
   * The force layout's positions with the stored ones (from the database) filling the gaps: this browser's
   * own (after a drag or a re-layout) win, stored ones draw a first visit at once.
   */
  withStored(stored: Map<string, Point>): Map<string, Point> {
    const m = this.get("force");
    for (const [id, p] of stored) if (!m.has(id)) m.set(id, p);
    return m;
  }

  /** Records the graph's current positions for a layout and persists them (best effort: quota may refuse). */
  capture(graph: CanvasGraph, layout: LayoutName): void {
    const m = this.get(layout);
    graph.forEachNode((id, a) => m.set(id, { x: a.x, y: a.y }));
    try {
      const rows: [string, number, number][] = [];
      for (const [id, p] of m) rows.push([id, Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]);
      localStorage.setItem(KEY(layout), JSON.stringify(rows));
    } catch {
      // Storage full or disabled: positions still live for this session.
    }
  }

  has(layout: LayoutName, graph: CanvasGraph): boolean {
    const m = this.get(layout);
    let all = graph.order > 0;
    graph.forEachNode((id) => {
      if (!m.has(id)) all = false;
    });
    return all;
  }

  apply(graph: CanvasGraph, layout: LayoutName): void {
    const m = this.get(layout);
    graph.updateEachNodeAttributes((id, a) => {
      const p = m.get(id);
      return p ? { ...a, x: p.x, y: p.y } : a;
    });
  }
}

export interface LayoutProgress {
  running: boolean;
  /** 0..1: iterations done over the iterations planned. */
  progress: number;
  /** ForceAtlas2 iterations the worker has actually run (one per message round trip). */
  iterations: number;
  target: number;
}

/** Iterations planned for a graph: enough to settle a paper's graph, fewer where one iteration costs seconds. */
export function plannedIterations(order: number): number {
  return order <= 1_000 ? 500 : order <= 10_000 ? 200 : 60;
}

export class ForceLayoutRunner {
  private fa2: FA2Layout | null = null;
  private iterations = 0;
  private target = 0;
  private deadline = 0;
  private lastReport = 0;
  // The worker writes positions back with one updateEachNodeAttributes per iteration: counting those events
  // counts real iterations without reaching into the worker.
  private readonly onIteration = () => {
    if (!this.fa2) return;
    this.iterations++;
    const now = performance.now();
    const done = this.iterations >= this.target || now >= this.deadline;
    if (done || now - this.lastReport > 100) {
      this.lastReport = now;
      this.onProgress(this.report(true));
    }
    if (done) queueMicrotask(() => this.stop(true));
  };

  constructor(
    private readonly graph: CanvasGraph,
    private readonly onProgress: (p: LayoutProgress) => void,
    private readonly onDone: () => void,
  ) {}

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  /** A quick synchronous settle for small graphs at first load, so the first frame is already readable. */
  settleSync(iterations = 300): void {
    if (this.graph.order === 0) return;
    forceAtlas2.assign(this.graph, { iterations, settings: this.settings() });
    this.noverlap();
  }

  private settings() {
    const s = forceAtlas2.inferSettings(this.graph);
    return {
      ...s,
      barnesHutOptimize: this.graph.order > 2_000,
      adjustSizes: false,
      outboundAttractionDistribution: true,
    };
  }

  private report(running: boolean): LayoutProgress {
    const progress = running ? Math.min(1, this.iterations / Math.max(1, this.target)) : 1;
    return { running, progress, iterations: this.iterations, target: this.target };
  }

  /** Runs until `target` iterations, or `maxMs` as a safety net on graphs where iterations are slow. */
  start(target = plannedIterations(this.graph.order), maxMs = 60_000): void {
    this.stop(false);
    if (this.graph.order === 0) return;
    this.fa2 = new FA2Layout(this.graph, { settings: this.settings() });
    this.iterations = 0;
    this.target = target;
    this.deadline = performance.now() + maxMs;
    this.graph.on("eachNodeAttributesUpdated", this.onIteration);
    this.fa2.start();
    this.onProgress(this.report(true));
  }

  stop(finish = true): void {
    if (!this.fa2) return;
    this.graph.removeListener("eachNodeAttributesUpdated", this.onIteration);
    this.fa2.kill();
    this.fa2 = null;
    if (finish) {
      this.noverlap();
      this.onProgress(this.report(false));
      this.onDone();
    }
  }

  private noverlap(): void {
    if (this.graph.order > 20_000) return; // quadratic-ish passes cost more than they help at that size
    noverlap.assign(this.graph, { maxIterations: 60, settings: { margin: 3, ratio: 1.15, expansion: 1.1 } });
  }

  kill(): void {
    this.stop(false);
  }
}
