// Runs in Chromium: draws the same positioned synthetic graph with one renderer per page — bare sigma (default
// settings), "this client" (the product's sigma settings and programs, replicated from client/src/sigma/
// renderer.ts), candidate settings for the client, cytoscape.js (canvas, and its WebGL mode) and vis-network —
// and measures data → first painted frame and, over a scripted ~3 s camera path run by each library's own
// camera animation, the frames it actually drew (its own render event). Heap and main-thread time are read by
// the bench over CDP (bench/render-bench.ts), around these calls.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import cytoscape from "cytoscape";
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";
import { DataSet, Network } from "vis-network/standalone";
import { shapeIndex } from "../../client/src/graph/shapes.ts";
import { createNodeShapeProgram } from "../../client/src/sigma/node-shape-program.ts";
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
const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#2f4b7c",
];

let data: PageGraph | null = null;
/** The live instance, kept reachable so the heap measured after GC includes it. */
let live: { kind: string; inst: unknown; frames: number; pan: (k: Keyframe, ms: number) => Promise<void> } | null =
  null;

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
const colorOf = (d: PageGraph, i: number) => PALETTE[hash(d.type[i]!) % PALETTE.length]!;
function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

function sigmaGraph(d: PageGraph, client: boolean): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const deg = degrees(d);
  for (let i = 0; i < d.x.length; i++)
    g.addNode(String(i), {
      x: d.x[i],
      y: d.y[i],
      size: sizeOf(deg[i]!),
      color: colorOf(d, i),
      label: `synthetic concept ${i}`,
      ...(client ? { nodeType: d.type[i], name: `合成概念 ${i}`, nameEn: `synthetic concept ${i}` } : {}),
    });
  for (let i = 0; i < d.s.length; i++)
    g.addDirectedEdgeWithKey(
      `e${i}`,
      String(d.s[i]),
      String(d.t[i]),
      client
        ? { relType: "SUPPORTS", type: "straight", curvature: 0, size: 1, color: "#c5ccd6", label: "", inferred: false }
        : { size: 1, color: "#ccc" },
    );
  return g;
}

// --- "this client": the settings and programs of client/src/sigma/renderer.ts (GraphRenderer), replicated ---
const LABEL_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";
const SHAPE_CACHE = new Map<string, number>();
const NodeShapeProgram = createNodeShapeProgram((nd: NodeDisplayData) => {
  const type = String((nd as NodeDisplayData & { nodeType?: string }).nodeType ?? "");
  let i = SHAPE_CACHE.get(type);
  if (i === undefined) SHAPE_CACHE.set(type, (i = shapeIndex(type)));
  return i;
});
const EMPTY = new Set<string>();

function clientSettings(g: Graph, extra: Partial<Settings>): Partial<Settings> {
  const large = g.order > 5_000;
  return {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#52606d" },
    labelDensity: large ? 0.3 : 0.6,
    labelGridCellSize: large ? 160 : 110,
    labelRenderedSizeThreshold: large ? 9 : 5,
    renderEdgeLabels: true,
    enableEdgeEvents: !large,
    zIndex: true,
    defaultNodeType: "shape",
    nodeProgramClasses: { shape: NodeShapeProgram as unknown as NodeProgramType },
    defaultEdgeType: "straight",
    edgeProgramClasses: {
      straight: EdgeArrowProgram as unknown as EdgeProgramType,
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType,
    },
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    // The client's reducers with nothing highlighted: a copy of the attributes and a few Set lookups each.
    nodeReducer: (_node, nd) => {
      const res: Record<string, unknown> = { ...nd };
      if (EMPTY.has(nd.nodeType as string)) res.hidden = true;
      return res;
    },
    edgeReducer: (edge, ed) => {
      const res: Record<string, unknown> = { ...ed, label: "" };
      if (EMPTY.has(ed.relType as string)) res.hidden = true;
      g.extremities(edge);
      return res;
    },
    ...extra,
  };
}

function mountSigma(container: HTMLElement, g: Graph, settings: Partial<Settings>): typeof live {
  const s = new Sigma(g, container, settings);
  const state = {
    kind: "sigma",
    inst: s,
    // The constructor renders synchronously once (refresh() → render()) before a listener can attach.
    frames: 1,
    pan: async (k: Keyframe, ms: number) => {
      // The target centre: the framed-graph point under the fitted view's centre shifted by (dx, dy).
      const fit = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
      const p = s.viewportToFramedGraph({ x: W / 2 + k.dx, y: H / 2 + k.dy }, { cameraState: fit });
      await s.getCamera().animate({ x: p.x, y: p.y, ratio: 1 / k.zoom }, { duration: ms, easing: "linear" });
    },
  };
  s.on("afterRender", () => state.frames++);
  return state;
}

/**
 * "Bitmap while moving": at rest sigma draws as usual and the frame is kept (its layers composited into one
 * 2D canvas right after the draw, while the WebGL buffers still hold it); while the camera moves, sigma's
 * render() is skipped and that bitmap is drawn instead, scaled and shifted by the camera's change — one
 * drawImage per frame whatever the graph's size. The first render at rest redraws for real. Frames counted:
 * sigma's afterRender at rest plus the bitmap frames (both are frames the user sees).
 */
function mountSigmaBitmapOnMove(
  container: HTMLElement,
  g: Graph,
  settings: Partial<Settings>,
  eager: boolean,
): typeof live {
  const state = mountSigma(container, g, settings)!;
  const s = state.inst as Sigma;
  const internals = s as unknown as { renderFrame: number | null; render(): Sigma };
  const overlay = document.createElement("canvas");
  overlay.width = W;
  overlay.height = H;
  overlay.style.cssText = "position:absolute;inset:0;pointer-events:none;display:none;background:white";
  if (getComputedStyle(container).position === "static") container.style.position = "relative";
  container.appendChild(overlay);
  const snap = document.createElement("canvas");
  snap.width = W;
  snap.height = H;
  const snapCtx = snap.getContext("2d")!;
  const ctx = overlay.getContext("2d")!;
  let snapState = s.getCamera().getState();
  // Whether `snap` holds the latest frame: invalidated by every real render, so nothing is read back at rest
  // (a readback waits for the GPU: in software WebGL that is the whole draw).
  let snapValid = false;
  const capture = () => {
    snapCtx.fillStyle = "white";
    snapCtx.fillRect(0, 0, W, H);
    for (const c of Object.values(s.getCanvases())) snapCtx.drawImage(c, 0, 0, W, H);
    snapState = s.getCamera().getState();
    snapValid = true;
  };
  const moving = () => {
    const m = s.getMouseCaptor() as unknown as {
      isMoving: boolean;
      draggedEvents: number;
      currentWheelDirection: number;
    };
    return s.getCamera().isAnimated() || m.isMoving || Boolean(m.draggedEvents) || Boolean(m.currentWheelDirection);
  };
  const realRender = internals.render.bind(s);
  // A camera path is a chain of moves (animation legs, wheel steps, drag pauses): only a camera still for
  // SETTLE_MS counts as at rest, so one real (slow) draw does not land between two legs of the same gesture.
  const SETTLE_MS = 150;
  let lastMove = -Infinity;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  internals.render = () => {
    const t = performance.now();
    const mv = moving();
    if (mv) lastMove = t;
    if (!mv && t - lastMove >= SETTLE_MS) {
      overlay.style.display = "none";
      snapValid = false;
      realRender();
      // Eager: keep every frame drawn at rest (a readback right after the draw, which waits for the GPU);
      // lazy: nothing at rest, and the first frame of a move is drawn for real and kept.
      if (eager) capture();
      return s;
    }
    // Stopped only just now: show the bitmap, and draw for real once the camera has been still for SETTLE_MS.
    if (!mv)
      settleTimer ??= setTimeout(() => {
        settleTimer = null;
        s.scheduleRender();
      }, SETTLE_MS);
    if (!snapValid) {
      // First frame of a move: draw for real at the current camera and keep it (same task, so the WebGL
      // drawing buffers still hold the frame).
      realRender();
      capture();
      return s;
    }
    internals.renderFrame = null;
    // Where the snapshot's corners land under the current camera.
    const now = s.getCamera().getState();
    const a = s.framedGraphToViewport(s.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: snapState }), {
      cameraState: now,
    });
    const b = s.framedGraphToViewport(s.viewportToFramedGraph({ x: W, y: H }, { cameraState: snapState }), {
      cameraState: now,
    });
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "white";
    ctx.fillRect(0, 0, W, H);
    ctx.drawImage(snap, a.x, a.y, b.x - a.x, b.y - a.y);
    overlay.style.display = "block";
    state.frames++;
    return s;
  };
  // The constructor's first draw ran before the wrapper: keep it too (same task, the buffers still hold it).
  if (eager) capture();
  return state;
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
    const cheap = {
      defaultNodeType: "point",
      nodeProgramClasses: { point: NodePointProgram as unknown as NodeProgramType },
    };
    switch (variant) {
      case "sigma-default":
        live = mountSigma(container, sigmaGraph(d, false), {});
        break;
      case "client": {
        const g = sigmaGraph(d, true);
        live = mountSigma(container, g, clientSettings(g, {}));
        break;
      }
      case "client-hide-on-move": {
        const g = sigmaGraph(d, true);
        live = mountSigma(container, g, clientSettings(g, { hideEdgesOnMove: true, hideLabelsOnMove: true }));
        break;
      }
      case "client-line-edges": {
        const g = sigmaGraph(d, true);
        live = mountSigma(
          container,
          g,
          clientSettings(g, {
            hideLabelsOnMove: true,
            edgeProgramClasses: {
              straight: EdgeLineProgram as unknown as EdgeProgramType,
              curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType,
            },
          }),
        );
        break;
      }
      case "client-cheap-programs": {
        const g = sigmaGraph(d, true);
        live = mountSigma(
          container,
          g,
          clientSettings(g, {
            hideLabelsOnMove: true,
            ...cheap,
            edgeProgramClasses: {
              straight: EdgeLineProgram as unknown as EdgeProgramType,
              curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType,
            },
          }),
        );
        break;
      }
      case "client-bitmap-on-move": {
        const g = sigmaGraph(d, true);
        live = mountSigmaBitmapOnMove(container, g, clientSettings(g, {}), true);
        break;
      }
      case "client-bitmap-lazy": {
        const g = sigmaGraph(d, true);
        live = mountSigmaBitmapOnMove(container, g, clientSettings(g, {}), false);
        break;
      }
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
  /** Whether cytoscape's WebGL mode is actually on (it falls back to canvas when it cannot get a context). */
  cytoscapeWebgl(): boolean | null {
    if (live?.kind !== "cytoscape") return null;
    return Boolean((live.inst as { renderer(): { webgl?: boolean } }).renderer().webgl);
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
