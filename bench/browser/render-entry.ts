// Runs in Chromium: draws the same positioned synthetic graph with one renderer per page — bare sigma (default
// settings), "this client" (the product's own GraphRenderer from client/src/sigma/renderer.ts on its graph
// model), cytoscape.js (canvas, and its WebGL mode) and vis-network — and measures data → first painted frame
// and, over a scripted ~3 s camera path run by each library's own camera animation, the frames it actually
// drew (its own render event). Heap and main-thread time are read by the bench over CDP (bench/render-bench.ts),
// around these calls.
import cytoscape from "cytoscape";
import Graph from "graphology";
import Sigma from "sigma";
import { DataSet, Network } from "vis-network/standalone";
import {
  createCanvasGraph,
  nodeColor,
  REL_COLORS,
  type CanvasGraph,
  type EdgeAttrs,
  type NodeAttrs,
} from "../../client/src/graph/model.ts";
import { GraphRenderer, type RendererEvents } from "../../client/src/sigma/renderer.ts";
import type { LoadResult, PanResult, Variant } from "./render-variants.ts";

interface PageGraph {
  x: number[];
  y: number[];
  s: number[];
  t: number[];
  /** Node type name per node (the product's schema). */
  type: string[];
}

const W = 1280;
const H = 800;

let data: PageGraph | null = null;
/** The live instance, kept reachable so the heap measured after GC includes it. */
let live: {
  kind: string;
  inst: unknown;
  frames: number;
  pan: (k: Keyframe, ms: number) => Promise<void>;
  /** Sigma-based variants: one full draw at rest at the current camera (what follows every camera move). */
  redraw?: () => void;
  /** Resolves once the variant is at rest (the client's bitmap has given way to sigma's own draw). */
  atRest?: () => Promise<void>;
} | null = null;

const raf = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Camera path: offsets in screen pixels of the fitted view, and a zoom factor over the fitted zoom. */
interface Keyframe {
  dx: number;
  dy: number;
  zoom: number;
}
const PATH: Keyframe[] = [
  { dx: 260, dy: 0, zoom: 1 },
  { dx: 260, dy: 0, zoom: 2.5 },
  { dx: 260, dy: -160, zoom: 2.5 },
  { dx: 0, dy: 0, zoom: 1 },
];

function degrees(d: PageGraph): Uint32Array {
  const deg = new Uint32Array(d.x.length);
  for (let i = 0; i < d.s.length; i++) {
    deg[d.s[i]!]!++;
    deg[d.t[i]!]!++;
  }
  return deg;
}
/** Radius in screen pixels at the fitted view, the same for every library (sigma sizes are radii in pixels). */
const sizeOf = (deg: number) => Math.min(14, 2 + 1.2 * Math.sqrt(deg));
/** The client's colour by node type, for every library (the same picture). */
const colorOf = (d: PageGraph, i: number) => nodeColor(d.type[i]!);

function sigmaGraph(d: PageGraph): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const deg = degrees(d);
  for (let i = 0; i < d.x.length; i++)
    g.addNode(String(i), {
      x: d.x[i],
      y: d.y[i],
      size: sizeOf(deg[i]!),
      color: colorOf(d, i),
      label: `synthetic concept ${i}`,
    });
  for (let i = 0; i < d.s.length; i++)
    g.addDirectedEdgeWithKey(`e${i}`, String(d.s[i]), String(d.t[i]), { size: 1, color: "#ccc" });
  return g;
}

/** The client's own graph model, with the attributes the API payload gives it (model.ts syncGraph). */
function clientGraph(d: PageGraph): CanvasGraph {
  const g = createCanvasGraph();
  const deg = degrees(d);
  for (let i = 0; i < d.x.length; i++) {
    const name = `合成概念 ${i}`;
    g.addNode(String(i), {
      x: d.x[i]!,
      y: d.y[i]!,
      size: sizeOf(deg[i]!),
      color: colorOf(d, i),
      label: name,
      nodeType: d.type[i]!,
      name,
      nameEn: `synthetic concept ${i}`,
    });
  }
  for (let i = 0; i < d.s.length; i++)
    g.addDirectedEdgeWithKey(`e${i}`, String(d.s[i]), String(d.t[i]), {
      relType: "SUPPORTS",
      type: "straight",
      curvature: 0,
      size: 1,
      color: REL_COLORS.SUPPORTS!,
      label: "",
      inferred: false,
    });
  return g;
}

/** The camera path's legs, run by sigma's own camera animation (the client's renderer is a sigma too). */
function sigmaPan(s: Sigma<NodeAttrs, EdgeAttrs> | Sigma) {
  return async (k: Keyframe, ms: number) => {
    // The target centre: the framed-graph point under the fitted view's centre shifted by (dx, dy).
    const fit = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const p = s.viewportToFramedGraph({ x: W / 2 + k.dx, y: H / 2 + k.dy }, { cameraState: fit });
    await s.getCamera().animate({ x: p.x, y: p.y, ratio: 1 / k.zoom }, { duration: ms, easing: "linear" });
  };
}

/** Sigma's draw, now (private in its types; scheduleRender would wait for a frame). */
const drawNow = (s: Sigma<NodeAttrs, EdgeAttrs> | Sigma) => (s as unknown as { render(): void }).render();

function mountSigma(container: HTMLElement, g: Graph): typeof live {
  const s = new Sigma(g, container);
  // The constructor renders synchronously once (refresh() → render()) before a listener can attach.
  const state = {
    kind: "sigma",
    inst: s,
    frames: 1,
    pan: sigmaPan(s),
    redraw: () => {
      drawNow(s);
      settlePixels(container);
    },
  };
  s.on("afterRender", () => state.frames++);
  return state;
}

const NO_EVENTS: RendererEvents = {
  clickNode: () => {},
  doubleClickNode: () => {},
  clickEdge: () => {},
  clickStage: () => {},
  dragged: () => {},
};

/**
 * "This client": the product's own GraphRenderer on the product's graph model. Frames counted: sigma's
 * afterRender (its constructor's draw included) plus the bitmaps shown while the camera moves (large graphs)
 * — both are frames the user sees.
 */
function mountClient(container: HTMLElement, g: CanvasGraph): typeof live {
  const r = new GraphRenderer(g, container, NO_EVENTS);
  let drawn = 1;
  r.sigma.on("afterRender", () => drawn++);
  return {
    kind: "client",
    inst: r,
    get frames() {
      return drawn + (r.bitmap?.stats.bitmapFrames ?? 0);
    },
    pan: sigmaPan(r.sigma),
    atRest: async () => {
      while (r.bitmap?.stats.active) await raf();
    },
    // At rest a render is sigma's real draw, and the snapshot kept after it (what follows every camera move).
    redraw: () => {
      drawNow(r.sigma);
      settlePixels(container);
    },
  };
}

function mountCytoscape(container: HTMLElement, d: PageGraph, webgl: boolean): typeof live {
  const deg = degrees(d);
  const { zoom } = fitOf(d);
  const els: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < d.x.length; i++)
    els.push({
      group: "nodes",
      data: { id: String(i), size: (2 * sizeOf(deg[i]!)) / zoom, color: colorOf(d, i) },
      // Screen y grows downwards in cytoscape and vis-network, upwards in sigma: flip to draw the same picture.
      position: { x: d.x[i]!, y: -d.y[i]! },
    });
  for (let i = 0; i < d.s.length; i++)
    els.push({ group: "edges", data: { id: `e${i}`, source: String(d.s[i]), target: String(d.t[i]) } });
  const cy = cytoscape({
    container,
    elements: els,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "data(color)" } },
      { selector: "edge", style: { width: 1 / zoom, "line-color": "#ccc" } },
    ],
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  const state = {
    kind: "cytoscape",
    inst: cy,
    frames: 0,
    pan: async (k: Keyframe, ms: number) => {
      const z0 = fit0!.zoom;
      const p0 = fit0!.pan;
      // Model point under the fitted view's centre shifted by (dx, dy); keep it at the centre at the new zoom.
      const m = { x: (W / 2 + k.dx - p0.x) / z0, y: (H / 2 + k.dy - p0.y) / z0 };
      const z = z0 * k.zoom;
      await new Promise<void>((resolve) =>
        cy.animate(
          { zoom: z, pan: { x: W / 2 - m.x * z, y: H / 2 - m.y * z } },
          { duration: ms, easing: "linear", complete: () => resolve() },
        ),
      );
    },
  };
  let fit0: { zoom: number; pan: { x: number; y: number } } | null = null;
  if (webgl) {
    // Cytoscape's WebGL mode replaces the renderer's render() and emits no 'render' event: count its calls.
    const r = (cy as unknown as { renderer(): { render(o?: unknown): void } }).renderer();
    const draw = r.render;
    r.render = function (this: unknown, opts?: unknown) {
      draw.call(this, opts);
      state.frames++;
    };
  } else cy.on("render", () => state.frames++);
  cy.ready(() => {
    cy.fit(undefined, 0);
    fit0 = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
  return state;
}

function mountVis(container: HTMLElement, d: PageGraph): typeof live {
  const deg = degrees(d);
  const { zoom } = fitOf(d);
  const nodes = new DataSet(
    d.x.map((x, i) => ({ id: i, x, y: -d.y[i]!, size: sizeOf(deg[i]!) / zoom, color: colorOf(d, i) })),
  );
  const edges = new DataSet(d.s.map((s, i) => ({ id: i, from: s, to: d.t[i] })));
  const net = new Network(
    container,
    { nodes, edges },
    {
      // What a user does first at this size (vis-network's own advice): no physics, no layout pass, straight
      // edges (the default "dynamic" smooth edges add a support node per edge).
      physics: false,
      layout: { improvedLayout: false },
      nodes: { shape: "dot" },
      edges: { smooth: false, width: 1 / zoom, color: "#ccc" },
    },
  );
  let fit0: { scale: number; pos: { x: number; y: number } } | null = null;
  const state = {
    kind: "vis",
    inst: net,
    frames: 0,
    pan: async (k: Keyframe, ms: number) => {
      fit0 ??= { scale: net.getScale(), pos: net.getViewPosition() };
      const pos = { x: fit0.pos.x + k.dx / fit0.scale, y: fit0.pos.y + k.dy / fit0.scale };
      await new Promise<void>((resolve) => {
        net.once("animationFinished", () => resolve());
        net.moveTo({
          position: pos,
          scale: fit0!.scale * k.zoom,
          animation: { duration: ms, easingFunction: "linear" },
        });
      });
    },
  };
  net.on("afterDrawing", () => state.frames++);
  return state;
}

/** Reads one pixel of each canvas in the container: returns once every pending draw into them is done. */
function settlePixels(container: HTMLElement): void {
  const probe = document.createElement("canvas");
  probe.width = probe.height = 1;
  const ctx = probe.getContext("2d", { willReadFrequently: true })!;
  for (const c of container.querySelectorAll("canvas")) ctx.drawImage(c, 0, 0, 1, 1, 0, 0, 1, 1);
  ctx.getImageData(0, 0, 1, 1);
}

/** The zoom at which the graph's bounding box fits the viewport (for sizes in model units). */
function fitOf(d: PageGraph): { zoom: number } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < d.x.length; i++) {
    x0 = Math.min(x0, d.x[i]!);
    x1 = Math.max(x1, d.x[i]!);
    y0 = Math.min(y0, d.y[i]!);
    y1 = Math.max(y1, d.y[i]!);
  }
  return { zoom: Math.min(W / Math.max(1e-9, x1 - x0), H / Math.max(1e-9, y1 - y0)) };
}

const bench = {
  /** Fetches the graph from the bench's loopback server once per page, outside every timing. */
  async fetchData(url: string): Promise<number> {
    data = (await (await fetch(url)).json()) as PageGraph;
    return data.x.length + data.s.length;
  },
  /** Data → first painted frame: build the library's model, construct, wait for its first render, then a frame. */
  async load(variant: Variant, deadlineMs = 180_000): Promise<LoadResult> {
    const d = data!;
    const container = document.getElementById("c")!;
    const t0 = performance.now();
    switch (variant) {
      case "sigma-default":
        live = mountSigma(container, sigmaGraph(d));
        break;
      case "client":
        live = mountClient(container, clientGraph(d));
        break;
      case "cytoscape-canvas":
      case "cytoscape-webgl":
        live = mountCytoscape(container, d, variant === "cytoscape-webgl");
        break;
      case "vis-network":
        live = mountVis(container, d);
        break;
    }
    // Wait for the library's first render event (sigma's already happened inside its constructor), then for
    // the next animation frame: the drawn frame has been handed to the compositor by then.
    const deadline = t0 + deadlineMs;
    while (live!.frames === 0 && performance.now() < deadline) await raf();
    // WebGL calls return before the GPU process has drawn anything: read a pixel of every canvas so that the
    // frame is really painted (software WebGL draws on the CPU, on another thread) — the same for every library.
    settlePixels(container);
    await raf();
    if (live!.frames === 0) throw new Error(`${variant}: no render event within ${deadlineMs} ms`);
    return { firstFrameMs: performance.now() - t0, renderEvents: live!.frames };
  },
  /** The scripted camera path (~3 s), each leg run by the library's own camera animation; frames drawn. */
  async pan(legMs: number, capMs = legMs * PATH.length * 4): Promise<PanResult> {
    const l = live!;
    // Let the first frames settle (cytoscape and vis draw a few after the first).
    for (let i = 0; i < 3; i++) await raf();
    const f0 = l.frames;
    const t0 = performance.now();
    // vis-network's animations advance per frame (they assume 60 frames/s), so at a few frames/s its path
    // takes minutes: stop counting at the cap; frames/s is frames over the wall time counted either way.
    let capped = false;
    const cap = new Promise<void>((r) =>
      setTimeout(() => {
        capped = true;
        r();
      }, capMs),
    );
    await Promise.race([
      (async () => {
        for (const k of PATH) if (!capped) await l.pan(k, legMs);
      })(),
      cap,
    ]);
    return { frames: l.frames - f0, wallMs: performance.now() - t0, capped };
  },
  /** Sigma-based variants: ms for one full draw at rest, painted (null for the peers). */
  async redraw(): Promise<number | null> {
    if (!live?.redraw) return null;
    await live.atRest?.();
    const t0 = performance.now();
    live.redraw();
    return performance.now() - t0;
  },
  /** Whether cytoscape's WebGL mode is actually on (it falls back to canvas when it cannot get a context). */
  cytoscapeWebgl(): boolean | null {
    if (live?.kind !== "cytoscape") return null;
    return Boolean((live.inst as { renderer(): { webgl?: boolean } }).renderer().webgl);
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
