// The two layouts and their positions: ForceAtlas2 (worker, with progress) and the layered measure → problem
// reading. Positions are remembered per layout so switching views and reloading keep them.
import { layeredLayout } from "../graph/layered-layout.ts";
import type { CanvasGraph } from "../graph/model.ts";
import type { LayoutName } from "../graph/types.ts";
import { ForceLayoutRunner, PositionCache, type LayoutProgress } from "../sigma/layout-runner.ts";

export class LayoutControl {
  readonly positions = new PositionCache();
  runner!: ForceLayoutRunner;
  progress: LayoutProgress = { running: false, progress: 0, iterations: 0, target: 0 };
  onProgress: (p: LayoutProgress) => void = () => {};

  constructor(private readonly graph: CanvasGraph) {}

  /** First placement: the layered columns, remembered force positions, or a quick synchronous settle. */
  mount(layout: LayoutName): void {
    this.runner = new ForceLayoutRunner(
      this.graph,
      (p) => {
        this.progress = p;
        this.onProgress(p);
      },
      () => this.positions.capture(this.graph, "force"),
    );
    if (layout === "layered") this.applyLayered();
    else if (!this.positions.has("force", this.graph)) {
      this.runner.settleSync(this.graph.order > 3_000 ? 50 : 300);
      this.positions.capture(this.graph, "force");
    }
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

  applyLayered(): void {
    const nodes = this.graph.mapNodes((id, a) => ({
      id,
      type: a.nodeType,
      name: a.name,
      path: typeof a.path === "string" ? a.path : null,
      order: typeof a.order === "number" ? a.order : null,
    }));
    const pos = layeredLayout(nodes, (id) => this.graph.neighbors(id));
    this.graph.updateEachNodeAttributes((id, a) => ({ ...a, ...(pos.get(id) ?? {}) }));
  }

  kill(): void {
    this.runner?.kill();
  }
}
