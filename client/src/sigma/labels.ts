// Labels that never overlap. Sigma's label grid picks candidates (at most a few per cell, larger nodes first)
// but lets neighbouring cells' labels run into each other. Here sigma's label drawer only collects the
// candidates; after the frame they are drawn greedily, forced labels (a path, a selection) first, then by
// node size, skipping any whose box would overlap one already drawn. Cost per frame is the few hundred
// candidates the grid lets through, never the graph.
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { Settings } from "sigma/settings";

interface Candidate {
  label: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

/** Boxes are kept apart sideways by this much, in pixels (rows only need the glyphs not to touch). */
const MARGIN = 3;
/** Above this many candidates the smallest are not considered (the quadratic check stays cheap). */
const MAX_CANDIDATES = 1500;

export class LabelPlacer {
  private pending: Candidate[] = [];
  private context: CanvasRenderingContext2D | null = null;
  private readonly widths = new Map<string, number>();
  /** How many labels the last frame drew (tests read it). */
  drawn: string[] = [];

  /** Sigma's `defaultDrawNodeLabel`: records the candidate instead of drawing it. */
  readonly collect = (
    context: CanvasRenderingContext2D,
    data: Partial<NodeDisplayData> & Pick<NodeDisplayData, "x" | "y" | "size" | "label">,
  ): void => {
    if (!data.label) return;
    this.context = context;
    this.pending.push({ label: data.label, x: data.x, y: data.y, size: data.size, forced: !!data.forceLabel });
  };

  attach<N extends object, E extends object>(sigma: Sigma<N, E>): void {
    sigma.on("beforeRender", () => {
      this.pending = [];
    });
    sigma.on("afterRender", () => this.flush(sigma.getSettings()));
  }

  private width(ctx: CanvasRenderingContext2D, label: string): number {
    let w = this.widths.get(label);
    if (w === undefined) {
      w = ctx.measureText(label).width;
      if (this.widths.size > 50_000) this.widths.clear();
      this.widths.set(label, w);
    }
    return w;
  }

  private flush(settings: Pick<Settings, "labelSize" | "labelWeight" | "labelFont" | "labelColor">): void {
    const ctx = this.context;
    const all = this.pending;
    this.pending = [];
    this.drawn = [];
    if (!ctx || !all.length) return;
    // Forced first, then larger nodes (hubs); between equals the shorter label, which blocks fewer others.
    all.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || a.label.length - b.label.length);
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.fillStyle = settings.labelColor.color ?? "#000";
    // A soft white halo keeps a label legible where it crosses edges or another node's shape.
    ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    const boxes: number[] = [];
    for (const c of all.slice(0, MAX_CANDIDATES)) {
      const x1 = c.x + c.size + 3 - MARGIN;
      const x2 = x1 + this.width(ctx, c.label) + 2 * MARGIN;
      const y1 = c.y - size * 0.62 - 1;
      const y2 = c.y + size * 0.38 + 1;
      let free = true;
      for (let i = 0; i < boxes.length && free; i += 4) {
        if (x1 < boxes[i + 2]! && x2 > boxes[i]! && y1 < boxes[i + 3]! && y2 > boxes[i + 1]!) free = false;
      }
      // A forced label is drawn whatever it meets: the analyst asked for it.
      if (!free && !c.forced) continue;
      boxes.push(x1, y1, x2, y2);
      ctx.strokeText(c.label, c.x + c.size + 3, c.y + size / 3);
      ctx.fillText(c.label, c.x + c.size + 3, c.y + size / 3);
      this.drawn.push(c.label);
    }
  }
}
