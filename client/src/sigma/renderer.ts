// The Sigma lifecycle: settings validated once at construction, reducers over the Highlight sets, events
// turned into callbacks, dragging, camera moves, kill() on teardown.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CanvasGraph, EdgeAttrs, NodeAttrs } from "../graph/model.ts";
import { BitmapOnMove } from "./bitmap-on-move.ts";
import { DocumentRings } from "./document-rings.ts";
import { shapeIndex } from "../graph/shapes.ts";
import { LAYERED_NODE_CAP } from "../graph/layered-layout.ts";
import { DIM_EDGE, DIM_NODE, emptyHighlight, type Highlight } from "./highlight.ts";
import { moveDrawnNode } from "./fast-drag.ts";
import { LabelPlacer } from "./labels.ts";
import { createNodeShapeProgram } from "./node-shape-program.ts";

// The shape is looked up once per node per reindex (a Map hit), never per frame.
const SHAPE_CACHE = new Map<string, number>();
function shapeOfNode(data: NodeDisplayData): number {
  const type = String((data as NodeDisplayData & { nodeType?: string }).nodeType ?? "");
  let i = SHAPE_CACHE.get(type);
  if (i === undefined) SHAPE_CACHE.set(type, (i = shapeIndex(type)));
  return i;
}
const NodeShapeProgram = createNodeShapeProgram<NodeAttrs, EdgeAttrs>(shapeOfNode);
// Large graphs: the same shapes as plain triangles, which software WebGL draws 2–4× faster (node-shape-program.ts).
const FlatNodeShapeProgram = createNodeShapeProgram<NodeAttrs, EdgeAttrs>(shapeOfNode, { flat: true });

export const LABEL_FONT = "'RG Sans', 'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";

/**
 * Which labels sigma proposes (the LabelPlacer then drops overlaps and draws hubs first). The overview: up
 * to two per grid cell, larger nodes first, none for the smallest nodes; big graphs: fewer, larger cells.
 * The layered reading: every label, since its rows and columns are spaced for them.
 */
function labelSettings(large: boolean, layered: boolean) {
  if (layered) return { labelDensity: 8, labelGridCellSize: 100, labelRenderedSizeThreshold: 0 };
  return large
    ? { labelDensity: 0.4, labelGridCellSize: 160, labelRenderedSizeThreshold: 9 }
    : { labelDensity: 2, labelGridCellSize: 110, labelRenderedSizeThreshold: 6 };
}

/** Nothing hovered, selected, focused, hidden or laid out in layers: every reducer returns the attributes. */
function isPlain(h: Highlight): boolean {
  return (
    !h.hovered &&
    !h.selectedNode &&
    !h.selectedEdge &&
    !h.focusNodes.size &&
    !h.focusEdges.size &&
    !h.hiddenTypes.size &&
    !h.hiddenRels.size &&
    h.minDegree <= 0 &&
    !h.layered
  );
}

export interface RendererEvents {
  clickNode(id: string): void;
  doubleClickNode(id: string): void;
  clickEdge(id: string): void;
  clickStage(): void;
  dragged(id: string, x: number, y: number): void;
  /** Shift-drag from one node onto another: a connect (editor mode) rather than a move. */
  linkNodes?(source: string, target: string): void;
}

/** Above this many nodes the renderer takes its large-graph path (sparser labels, line edges, bitmap on move). */
export const LARGE_GRAPH = 5_000;

export class GraphRenderer {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  highlight: Highlight = emptyHighlight();
  private dragging: string | null = null;
  private linking: string | null = null;
  private readonly resizeObserver: ResizeObserver;
  /** Draws the labels sigma's grid proposes, skipping any that would overlap one already drawn. */
  readonly labels = new LabelPlacer();
  private readonly large: boolean;
  private extent: { x: [number, number]; y: [number, number] } | null = null;
  /** Large graphs only: shows a bitmap of the last frame at rest while the camera moves (null otherwise). */
  readonly bitmap: BitmapOnMove | null;
  /** Rings in the documents' colours when several documents are on view. */
  readonly rings: DocumentRings;

  constructor(
    private readonly graph: CanvasGraph,
    container: HTMLElement,
    events: RendererEvents,
  ) {
    const large = (this.large = graph.order > LARGE_GRAPH);
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: "#1f2933" },
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#52606d" },
      ...labelSettings(large, false),
      defaultDrawNodeLabel: this.labels.collect,
      renderEdgeLabels: true,
      enableEdgeEvents: !large,
      zIndex: true,
      defaultNodeType: "shape",
      nodeProgramClasses: {
        shape: (large ? FlatNodeShapeProgram : NodeShapeProgram) as unknown as NodeProgramType<NodeAttrs, EdgeAttrs>,
      },
      defaultEdgeType: "straight",
      edgeProgramClasses: {
        // Large graphs: plain lines. Arrow heads are unreadable at that density and cost a second
        // primitive per edge; the benchmark measured line edges as the cheaper program (docs/benchmarks.md).
        straight: (large ? EdgeLineProgram : EdgeArrowProgram) as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      },
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.nodeReducer(node, data),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data),
    });
    const s = this.sigma;
    this.labels.attach(s);
    // Large graphs: the rings stay as drawn while a node is dragged and are redrawn once it is dropped.
    this.rings = new DocumentRings(s, () => large && this.dragging !== null);
    // Large graphs only: in software WebGL sigma redraws a 10k-node frame at <1 frame/s, so while the camera
    // moves a bitmap of the last frame stands in. The seed's graph (a few hundred nodes) keeps sigma as it is.
    this.bitmap = large ? new BitmapOnMove(s, container, () => this.dragging !== null) : null;
    // Panels and the console drawer change the canvas size without a window resize.
    this.resizeObserver = new ResizeObserver(() => {
      // Large graphs: the observer's first call comes right after the first frame, at the size sigma already
      // has; a refresh would redo the whole indexation and draw (seconds at 100k nodes) for nothing.
      if (large && !this.resized(container)) return;
      this.bitmap?.resize();
      s.resize();
      s.refresh({ skipIndexation: true });
    });
    this.resizeObserver.observe(container);
    // The browser's click that follows a link's mouseup (sigma counts no drag when moves were taken over) must
    // not select the node it ended on.
    let linked = false;
    s.on("clickNode", ({ node }) => (linked ? (linked = false) : events.clickNode(node)));
    s.on("doubleClickNode", (e) => {
      // Double-click means expand here, not zoom.
      e.preventSigmaDefault();
      events.doubleClickNode(e.node);
    });
    s.on("clickEdge", ({ edge }) => events.clickEdge(edge));
    s.on("clickStage", () => events.clickStage());
    s.on("enterNode", ({ node }) => this.hover(node));
    s.on("leaveNode", () => this.hover(null));
    s.on("downNode", ({ node, event }) => {
      if ((event.original as MouseEvent).shiftKey) return void (this.linking = node);
      this.dragging = node;
      // The graph's extent is frozen while a node is dragged, so the view does not rescale under the pointer.
      if (!s.getCustomBBox()) {
        s.setCustomBBox(s.getBBox());
        frozen = true;
      }
    });
    // Large graphs: the drag moves only the node's drawn data (fast-drag.ts); the graph learns the final spot.
    let dragTo: { x: number; y: number } | null = null;
    s.on("moveBody", ({ event }) => {
      if (this.linking) event.preventSigmaDefault(); // the camera stays while a link is drawn
      if (!this.dragging) return;
      moved = true;
      const p = s.viewportToGraph(event);
      if (large && moveDrawnNode(s, this.dragging, p.x, p.y)) dragTo = p;
      else graph.mergeNodeAttributes(this.dragging, { x: p.x, y: p.y });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    // Frozen by a press on a node: thawed on release. Left frozen, a press on the only node of an isolated view
    // kept a one-point extent, and the next expansion's nodes were drawn far off-screen.
    // After a real drag it stays frozen, as sigma's drag example leaves it (thawing would rescale the view on drop),
    // unless it froze to a single point.
    let frozen = false;
    let moved = false;
    const up = () => {
      const box = s.getCustomBBox();
      const point = !!box && (box.x[0] === box.x[1] || box.y[0] === box.y[1]);
      if (frozen && (!moved || point)) s.setCustomBBox(this.extent);
      frozen = false;
      moved = false;
      if (!this.dragging) return;
      const id = this.dragging;
      this.dragging = null;
      if (dragTo && graph.hasNode(id)) graph.mergeNodeAttributes(id, dragTo);
      dragTo = null;
      if (graph.hasNode(id)) events.dragged(id, graph.getNodeAttribute(id, "x"), graph.getNodeAttribute(id, "y"));
    };
    s.on("upNode", ({ node }) => {
      const from = this.linking;
      this.linking = null;
      if (from && from !== node) {
        linked = true;
        setTimeout(() => (linked = false), 0);
        events.linkNodes?.(from, node);
      }
      up();
    });
    s.on("upStage", () => ((this.linking = null), up()));
  }

  private resized(container: HTMLElement): boolean {
    const { width, height } = this.sigma.getDimensions();
    return container.offsetWidth !== width || container.offsetHeight !== height;
  }

  private nodeReducer(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const h = this.highlight;
    // Large graphs with nothing highlighted: sigma passes the reducer its own copy of the attributes, so it can
    // be returned as it is (a spread per node is 100k more objects for the collector at 100k nodes).
    if (this.large && isPlain(h)) return data;
    const res: Partial<NodeDisplayData> & NodeAttrs = { ...data };
    if (h.hiddenTypes.has(data.nodeType) || (h.minDegree > 0 && this.graph.degree(node) < h.minDegree)) {
      res.hidden = true;
      return res;
    }
    if (h.layered) {
      res.size = Math.min(data.size, LAYERED_NODE_CAP);
      if (typeof data.shortLabel === "string") res.label = data.shortLabel;
    }
    if (node === h.selectedNode) {
      res.label = data.label;
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    if (h.hovered) {
      if (node === h.hovered || h.hoverNeighbors.has(node)) {
        if (node === h.hovered) res.label = data.label;
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (node !== h.selectedNode) {
        res.color = DIM_NODE;
        res.label = "";
        res.zIndex = 0;
      }
    } else if (h.focusNodes.size) {
      if (h.focusNodes.has(node)) {
        // Forced labels ignore the label grid: only force them when few enough not to pile up.
        res.forceLabel = h.focusNodes.size <= 12;
        res.zIndex = 2;
      } else if (node !== h.selectedNode) {
        res.color = DIM_NODE;
        res.label = "";
        res.zIndex = 0;
      }
    }
    return res;
  }

  private edgeReducer(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const h = this.highlight;
    // As in nodeReducer: sigma's own copy; edge labels show only for highlighted edges.
    if (this.large && isPlain(h)) {
      data.label = "";
      return data;
    }
    const res: Partial<EdgeDisplayData> & EdgeAttrs = { ...data, label: "" };
    if (h.hiddenRels.has(data.relType)) {
      res.hidden = true;
      return res;
    }
    const [s, t] = this.graph.extremities(edge);
    if (h.hiddenTypes.size || h.minDegree > 0) {
      for (const n of [s, t]) {
        if (
          h.hiddenTypes.has(this.graph.getNodeAttribute(n, "nodeType")) ||
          (h.minDegree > 0 && this.graph.degree(n) < h.minDegree)
        ) {
          res.hidden = true;
          return res;
        }
      }
    }
    if (edge === h.selectedEdge) {
      res.size = 4;
      res.label = data.relType;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    if (h.hovered) {
      if (s === h.hovered || t === h.hovered) {
        res.size = 2.2;
        res.label = data.relType;
        res.zIndex = 2;
      } else if (edge !== h.selectedEdge) {
        res.color = DIM_EDGE;
        res.zIndex = 0;
      }
    } else if (h.focusEdges.size || h.focusNodes.size) {
      if (h.focusEdges.has(edge)) {
        res.size = 3.2;
        res.label = data.relType;
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (edge !== h.selectedEdge) {
        res.color = DIM_EDGE;
        res.zIndex = 0;
      }
    } else if (h.selectedNode && (s === h.selectedNode || t === h.selectedNode)) {
      res.size = 2;
      res.label = data.relType;
    }
    return res;
  }

  private hover(node: string | null): void {
    // Large graphs: a hover highlight dims every other node, a full re-process of the graph each time the
    // pointer crosses a node (seconds at 10k in software WebGL, and at the press that starts every drag).
    if (this.large) return;
    const h = this.highlight;
    h.hovered = node;
    h.hoverNeighbors = node && this.graph.hasNode(node) ? new Set(this.graph.neighbors(node)) : new Set();
    this.sigma.refresh({ skipIndexation: true });
  }

  setHighlight(patch: Partial<Highlight>): void {
    const wasLayered = this.highlight.layered;
    const wasPlain = isPlain(this.highlight);
    this.highlight = { ...this.highlight, ...patch };
    // Nothing to show before or after (the first sync after mounting, most clicks on the stage): a refresh
    // would re-run every reducer and re-process the whole graph for the same picture.
    if (wasPlain && isPlain(this.highlight)) return;
    if (this.highlight.layered !== wasLayered) {
      for (const [k, v] of Object.entries(labelSettings(this.large, this.highlight.layered))) {
        this.sigma.setSetting(k as keyof ReturnType<typeof labelSettings>, v);
      }
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The documents on view and their colours (null: one document, no rings). */
  setDocumentMarks(colors: Map<string, string> | null): void {
    this.rings.set(colors);
  }

  /** After the page shows a canvas mounted while hidden: a redraw, and a full refresh only if its size changed. */
  shown(): void {
    if (this.resized(this.sigma.getContainer())) {
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    } else this.sigma.scheduleRender();
  }

  /** Centres the camera on a node, zooming in a little. */
  focusNode(id: string, ratio = 0.45): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    void this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 450 });
  }

  /** The box the camera frames (null: the nodes' own). The layered reading passes one that holds its labels. */
  setExtent(bbox: { x: [number, number]; y: [number, number] } | null): void {
    this.extent = bbox;
    this.sigma.setCustomBBox(bbox);
  }

  fit(): void {
    this.sigma.setCustomBBox(this.extent);
    void this.sigma.getCamera().animatedReset({ duration: 350 });
  }

  /**
   * Frames the given nodes (those the reducers hide are left out) with a margin: measured through sigma's own
   * transform at ratio 1, so the ratio is exact for the viewport's aspect. Returns false when none is drawn.
   */
  frame(ids: readonly string[], duration = 450): boolean {
    // Display data follows graph changes on sigma's next frame; a fresh expansion needs it now.
    this.sigma.refresh();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids) {
      const d = this.sigma.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
    }
    if (!Number.isFinite(x0)) return false;
    const camera = this.sigma.getCamera();
    const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    const at1 = { cameraState: { ...camera.getState(), ...centre, ratio: 1 } };
    const a = this.sigma.framedGraphToViewport({ x: x0, y: y0 }, at1);
    const b = this.sigma.framedGraphToViewport({ x: x1, y: y1 }, at1);
    const { width, height } = this.sigma.getDimensions();
    const margin = 60;
    // A single node (or a tight cluster) is shown at a readable zoom, not magnified without end.
    const ratio = camera.getBoundedRatio(
      Math.max(
        Math.abs(b.x - a.x) / Math.max(1, width - 2 * margin),
        Math.abs(b.y - a.y) / Math.max(1, height - 2 * margin),
        0.08,
      ),
    );
    void camera.animate({ ...centre, ratio }, { duration });
    return true;
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.bitmap?.kill();
    this.sigma.kill();
  }
}
