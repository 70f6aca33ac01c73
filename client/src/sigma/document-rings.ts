// Marks nodes by document when several documents are on view: a ring around each node, split into one arc per
// document the node is found in (its home and the documents its evidence cites), in the documents' colours.
// Drawn on a 2D layer just above sigma's nodes after each frame, so the node program and the picking stay as
// they are; the cost is one arc per node on screen, and none when one document is on view.
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../graph/model.ts";

const LAYER = "documentRings";
/** Above this many nodes on view no ring is drawn (a frame would cost more than the picture tells). */
export const RING_MAX_NODES = 20_000;

export class DocumentRings {
  private colors: Map<string, string> | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  /** Nodes ringed by the last frame, by the documents they were marked with (tests read it). */
  drawn = 0;

  constructor(
    private readonly sigma: Sigma<NodeAttrs, EdgeAttrs>,
    /**
     * True while the last rings should stay as drawn: a node dragged on a large graph moves every frame, and
     * redrawing thousands of rings per frame (software-drawn without a GPU) took the drag under 1 frame/s.
     */
    private readonly paused: () => boolean = () => false,
  ) {
    // The layer option exists at run time (sigma's createLayer) though the typings leave it out.
    sigma.createCanvasContext(LAYER, {
      afterLayer: "nodes",
      style: { pointerEvents: "none" },
    } as { style?: Partial<CSSStyleDeclaration> });
    this.ctx = sigma.getCanvases()[LAYER]?.getContext("2d") ?? null;
    // Sigma sized its layers when it was built; a layer added after needs the same size (and pixel ratio).
    sigma.resize(true);
    sigma.on("afterRender", () => this.draw());
  }

  /** The colours of the documents on view, or null to draw no ring. */
  set(colors: Map<string, string> | null): void {
    this.colors = colors;
    this.sigma.scheduleRender();
  }

  private draw(): void {
    const ctx = this.ctx;
    if (!ctx || this.paused()) return;
    const { width, height } = this.sigma.getDimensions();
    ctx.clearRect(0, 0, width, height);
    this.drawn = 0;
    const colors = this.colors;
    const graph = this.sigma.getGraph();
    if (!colors || graph.order > RING_MAX_NODES) return;
    const ratio = this.sigma.getCamera().getState().ratio;
    // Arcs are gathered by colour and stroked once per colour (one stroke per document, not one per node: the
    // canvas is software-drawn on machines without a GPU, and a frame at 14k nodes held 14k strokes).
    const arcs = new Map<string, number[]>();
    graph.forEachNode((id, attrs) => {
      // A node fetched on its own (neighbours, search) names its home document only.
      const docs =
        (attrs.documents as string[] | undefined) ??
        (typeof attrs.document === "string" ? [attrs.document] : undefined);
      if (!docs?.length) return;
      const d = this.sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const p = this.sigma.framedGraphToViewport(d);
      const r = this.sigma.scaleSize(d.size, ratio) + 2.5;
      if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
      const marks = docs.filter((doc) => colors.has(doc));
      if (!marks.length) return;
      const step = (2 * Math.PI) / marks.length;
      marks.forEach((doc, i) => {
        const color = colors.get(doc)!;
        let list = arcs.get(color);
        if (!list) arcs.set(color, (list = []));
        list.push(p.x, p.y, r, -Math.PI / 2 + i * step, -Math.PI / 2 + (i + 1) * step);
      });
      this.drawn++;
    });
    ctx.lineWidth = 2.5;
    for (const [color, a] of arcs) {
      ctx.strokeStyle = color;
      ctx.beginPath();
      for (let k = 0; k < a.length; k += 5) {
        const [x, y, r, a0, a1] = [a[k]!, a[k + 1]!, a[k + 2]!, a[k + 3]!, a[k + 4]!];
        ctx.moveTo(x + r * Math.cos(a0), y + r * Math.sin(a0));
        ctx.arc(x, y, r, a0, a1);
      }
      ctx.stroke();
    }
  }
}
