// A bitmap while the camera moves, for large graphs. In software WebGL each sigma frame re-rasterises every
// node and edge on the CPU (<1 frame/s at 10k nodes); the benchmark (docs/benchmarks.md, "a bitmap while the
// camera moves") keeps the frame drawn at rest and, while the camera moves, draws it as one scaled and
// shifted bitmap (~60 frames/s whatever the size). Sigma redraws for real once the camera is still for 150 ms.
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../graph/model.ts";
import { MotionGate } from "./motion-gate.ts";

type Internals = { renderFrame: number | null; render(): unknown };
type Captor = { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };

export class BitmapOnMove {
  /** For tests and diagnostics: bitmap frames shown, real draws, snapshots kept; whether the bitmap shows. */
  readonly stats = { bitmapFrames: 0, realRenders: 0, captures: 0, active: false };
  private readonly gate = new MotionGate();
  private readonly overlay = document.createElement("canvas");
  private readonly snap = document.createElement("canvas");
  private snapState;
  private snapValid = false;
  private layersShown = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly realRender: () => unknown;

  constructor(
    private readonly s: Sigma<NodeAttrs, EdgeAttrs>,
    private readonly container: HTMLElement,
    private readonly dragging: () => boolean,
  ) {
    // Same background as the container (inherited), covering sigma's canvases, which hold the frame at rest.
    this.overlay.style.cssText = "position:absolute;inset:0;width:100%;height:100%;pointer-events:none;display:none";
    this.overlay.style.background = "inherit";
    this.overlay.dataset.role = "bitmap-on-move";
    if (getComputedStyle(container).position === "static") container.style.position = "relative";
    container.appendChild(this.overlay);
    this.snapState = s.getCamera().getState();
    const internals = s as unknown as Internals;
    this.realRender = internals.render.bind(s);
    // Sigma calls this.render() from scheduleRender and refresh: an own property shadows the prototype's.
    internals.render = () => this.frame();
    // The constructor's first draw ran before the wrapper (same task: the WebGL buffers still hold it).
    this.capture();
  }

  /** Keeps both canvases at the container's size × pixel ratio; a resized snapshot is blank, so drop it. */
  resize(): void {
    const w = Math.max(1, Math.round(this.container.clientWidth * devicePixelRatio));
    const h = Math.max(1, Math.round(this.container.clientHeight * devicePixelRatio));
    for (const c of [this.overlay, this.snap]) {
      if (c.width === w && c.height === h) continue;
      [c.width, c.height, this.snapValid] = [w, h, false];
    }
  }

  kill(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    delete (this.s as unknown as Partial<Internals>).render;
    this.showLayers(true);
    this.overlay.remove();
  }

  private frame(): unknown {
    const s = this.s;
    const m = s.getMouseCaptor() as unknown as Captor;
    // "Moving": the same test sigma itself uses for hideEdgesOnMove.
    const moving = s.getCamera().isAnimated() || m.isMoving || !!m.draggedEvents || !!m.currentWheelDirection;
    const a = this.gate.next(performance.now(), moving, this.dragging(), this.snapValid);
    if (a.draw === "real") {
      this.overlay.style.display = "none";
      this.showLayers(true);
      [this.stats.active, this.snapValid] = [false, false];
      this.stats.realRenders++;
      const out = this.realRender();
      // In the same task as the draw: sigma's WebGL canvases do not preserve their drawing buffers.
      if (a.keep) this.capture();
      return out;
    }
    const internals = s as unknown as Internals;
    if (internals.renderFrame) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      s.scheduleRender();
    }, a.recheckIn);
    // Where the snapshot's corners land under the current camera (viewport coordinates, CSS pixels).
    const { width, height } = s.getDimensions();
    const [from, to] = [{ cameraState: this.snapState }, { cameraState: s.getCamera().getState() }];
    const p = s.framedGraphToViewport(s.viewportToFramedGraph({ x: 0, y: 0 }, from), to);
    const q = s.framedGraphToViewport(s.viewportToFramedGraph({ x: width, y: height }, from), to);
    const ctx = this.overlay.getContext("2d")!;
    const k = this.overlay.width / Math.max(1, width);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width, this.overlay.height);
    ctx.setTransform(k, 0, 0, k, 0, 0);
    ctx.drawImage(this.snap, p.x, p.y, q.x - p.x, q.y - p.y);
    this.overlay.style.display = "block";
    this.showLayers(false);
    this.stats.active = true;
    this.stats.bitmapFrames++;
    return s;
  }

  /**
   * While the bitmap shows, sigma's layers under it are hidden, so the compositor blends two canvases per frame
   * (the bitmap and the empty mouse layer) instead of eight; in software GL (Xvfb with llvmpipe) that capped the
   * frame rate. The mouse layer stays: sigma's captors listen on it, and a hidden element gets no pointer events.
   */
  private showLayers(show: boolean): void {
    if (this.layersShown === show) return;
    this.layersShown = show;
    for (const [id, c] of Object.entries(this.s.getCanvases()))
      if (id !== "mouse") c.style.visibility = show ? "" : "hidden";
  }

  /** Composites sigma's layer canvases (edges, nodes, labels, hovers) into the snapshot. */
  private capture(): void {
    this.resize();
    const ctx = this.snap.getContext("2d")!;
    ctx.clearRect(0, 0, this.snap.width, this.snap.height);
    for (const c of Object.values(this.s.getCanvases())) ctx.drawImage(c, 0, 0, this.snap.width, this.snap.height);
    [this.snapState, this.snapValid] = [this.s.getCamera().getState(), true];
    this.stats.captures++;
  }
}
