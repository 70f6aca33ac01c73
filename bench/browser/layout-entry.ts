// Runs in Chromium: ForceAtlas2 through graphology's worker supervisor (what the client's layout-runner
// uses), synchronous FA2 on the main thread, and vis-network's physics, on a graph handed in by the bench.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { DataSet, Network } from "vis-network/standalone";

interface PageGraph {
  x: number[];
  y: number[];
  s: number[];
  t: number[];
}

let workerMessages = 0;
// The supervisor runs one iteration per round trip and posts positions back each time: counting the
// messages its worker sends counts iterations without touching graphology's code.
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, opts?: WorkerOptions) {
    super(url, opts);
    this.addEventListener("message", () => workerMessages++);
  }
};

function toGraph(d: PageGraph): Graph {
  const g = new Graph({ type: "directed" });
  d.x.forEach((x, i) => g.addNode(String(i), { x, y: d.y[i] }));
  d.s.forEach((s, i) => g.addDirectedEdge(String(s), String(d.t[i])));
  return g;
}

const settingsFor = (g: Graph) => ({ ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2000 });

const bench = {
  fa2Sync(d: PageGraph, iterations: number): number {
    const g = toGraph(d);
    const t0 = performance.now();
    forceAtlas2.assign(g, { iterations, settings: settingsFor(g) });
    return iterations / ((performance.now() - t0) / 1000);
  },
  async fa2Worker(d: PageGraph, ms: number): Promise<number> {
    const g = toGraph(d);
    const layout = new FA2Layout(g, { settings: settingsFor(g) });
    workerMessages = 0;
    const t0 = performance.now();
    layout.start();
    await new Promise((r) => setTimeout(r, ms));
    const n = workerMessages;
    const s = (performance.now() - t0) / 1000;
    layout.kill();
    return n / s;
  },
  async visPhysics(d: PageGraph, iterations: number): Promise<number> {
    const nodes = new DataSet(d.x.map((x, i) => ({ id: i, x, y: d.y[i] })));
    const edges = new DataSet(d.s.map((s, i) => ({ id: i, from: s, to: d.t[i] })));
    const container = document.getElementById("c")!;
    const net = new Network(
      container,
      { nodes, edges },
      {
        layout: { improvedLayout: false },
        physics: { enabled: true, solver: "forceAtlas2Based", stabilization: { enabled: false } },
      },
    );
    net.stopSimulation();
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      net.once("stabilizationIterationsDone", () => resolve());
      net.setOptions({
        physics: { stabilization: { enabled: true, iterations, updateInterval: iterations, fit: false } },
      });
      net.stabilize(iterations);
    });
    const rate = iterations / ((performance.now() - t0) / 1000);
    net.destroy();
    return rate;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
