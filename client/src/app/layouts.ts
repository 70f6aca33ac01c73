// The two layouts and their positions: ForceAtlas2 (worker, with progress) and the layered measure → problem
// reading. Positions are remembered per layout so switching views and reloading keep them.
import { layeredLayout } from "../graph/layered-layout.ts";
import type { CanvasGraph } from "../graph/model.ts";
import type { LayoutName } from "../graph/types.ts";
import { ForceLayoutRunner, PositionCache, type LayoutProgress } from "../sigma/layout-runner.ts";

/** Up to this many nodes a first layout runs synchronously (300 ForceAtlas2 iterations stay well under 200 ms). */
const SYNC_LAYOUT_MAX = 1_000;

export class LayoutControl {
  readonly positions = new PositionCache();
  runner!: ForceLayoutRunner;
  progress: LayoutProgress = { running: false, progress: 0, iterations: 0, target: 0 };
  onProgress: (p: LayoutProgress) => void = () => {};

  constructor(private readonly graph: CanvasGraph) {}

  /**
   * First placement: the layered columns, or the positions already there (stored in the database or kept
   * from this browser). A small graph without them settles synchronously (a few ms); a large one is drawn
   * as placed and laid out in the worker afterwards: the answer is true when that background run is needed.
   */
  mount(layout: LayoutName): boolean {
    this.runner = new ForceLayoutRunner(
      this.graph,
      (p) => {
        this.progress = p;
        this.onProgress(p);
      },
      () => this.positions.capture(this.graph, "force"),
    );
    if (layout === "layered") {
      this.applyLayered();
      return false;
    }
    if (this.positions.has("force", this.graph)) return false;
    if (this.graph.order > SYNC_LAYOUT_MAX) return true;
    this.runner.settleSync(300);
    this.positions.capture(this.graph, "force");
    return false;
  }

  capture(layout: LayoutName): void {
    this.positions.capture(this.graph, layout);
  }

  /** Switches layout: the old one's positions are kept, the new one's applied (or computed). */
  switchTo(from: LayoutName, to: LayoutName): void {
    this.runner.stop(true);
    this.positions.capture(this.graph, from);
    if (to === "layered") this.applyLayered();
    else this.positions.apply(this.graph, "force");
  }

  /** The canvas size the layered reading is laid out for (set once the canvas exists). */
  viewport: () => { width: number; height: number } = () => ({ width: 1600, height: 900 });
  /** The layered picture's box, labels included: the camera fits this rather than the node centres. */
  layeredExtent: { x: [number, number]; y: [number, number] } | null = null;

  applyLayered(): void {
    const nodes = this.graph.mapNodes((id, a) => ({
      id,
      type: a.nodeType,
      name: a.label,
      path: typeof a.path === "string" ? a.path : null,
      order: typeof a.order === "number" ? a.order : null,
      level: typeof a.level === "string" ? a.level : null,
      point: typeof a.point === "number" ? a.point : null,
      pathNo: typeof a.pathNo === "number" ? a.pathNo : null,
      problem: typeof a.problem === "number" ? a.problem : null,
    }));
    const { positions, shortLabels, extent } = layeredLayout(nodes, (id) => this.graph.neighbors(id), this.viewport());
    this.layeredExtent = extent;
    this.graph.updateEachNodeAttributes((id, a) => ({
      ...a,
      ...(positions.get(id) ?? {}),
      shortLabel: shortLabels.get(id) ?? null,
    }));
  }

  kill(): void {
    this.runner?.kill();
  }
}
