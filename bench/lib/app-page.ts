// One measured visit of the real client page: a fresh browser context (empty HTTP cache, no localStorage),
// navigation, then what a user meets — first frame, interactive, long tasks, the /api/graph answer, heap,
// and frames while the camera pans. Everything is read in the page from standard timing APIs, so the same
// code measures any build of the client (the one before this work included).
import type { Browser, Page } from "playwright-core";
import { withDeadline } from "./deadline.ts";

export interface AppSample {
  /** Navigation start → the first animation frame with the graph canvas on screen (loader gone). */
  firstFrameMs: number;
  /** Navigation start → window.__rg.ready resolved (the app takes input). */
  interactiveMs: number;
  /** Longest main-thread task from navigation to 3 s after interactive (background work included). */
  longestTaskMs: number;
  /** Sum of long tasks (> 50 ms) over the same window. */
  longTaskTotalMs: number;
  graphRequests: number;
  /** /api/graph bytes on the wire (compressed) and decoded. */
  wireBytes: number;
  bodyBytes: number;
  /** /api/graph request start → last byte, in the page. */
  apiMs: number;
  heapMiB: number;
  nodesShown: number;
  nodesTotal: number;
  panFps: number;
  panLongestTaskMs: number;
  /** Dragging a well-connected node across the canvas for ~1.5 s: frames/s, longest task, and whether it moved. */
  dragFps: number;
  dragLongestTaskMs: number;
  dragMoved: boolean;
  error: string | null;
  /** The client's own marks (rg:data, rg:graph, rg:fonts, rg:renderer), ms from navigation start. */
  marks: Record<string, number>;
  /** Every long task as start+duration (ms). */
  longTasks: string;
}

// Installed before any page script: long tasks and a first-frame probe.
const INIT = () => {
  const w = window as unknown as { __bench: { tasks: { start: number; dur: number }[]; firstFrame: number } };
  w.__bench = { tasks: [], firstFrame: NaN };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const probe = () => {
    const drawn = document.querySelector("canvas.sigma-nodes") && !document.querySelector(".loading");
    if (drawn) w.__bench.firstFrame = performance.now();
    else requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
};

export async function visitApp(browser: Browser, url: string, opts: { deadlineMs: number }): Promise<AppSample> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await ctx.newPage();
    // tsx keeps function names with a __name helper the page does not have.
    await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
    await page.addInitScript(INIT);
    const cdp = await ctx.newCDPSession(page);
    await page.goto(url);
    const ready = await withDeadline(
      page.evaluate(async () => {
        while (!window.__rg) await new Promise((r) => setTimeout(r, 20));
        try {
          await window.__rg.ready;
          return { at: performance.now(), error: null as string | null };
        } catch (e) {
          return { at: performance.now(), error: String((e as Error).message ?? e) };
        }
      }),
      opts.deadlineMs,
      "the app page becoming ready",
    );
    await page.waitForTimeout(3_000);
    const load = await page.evaluate((readyAt) => {
      const b = (window as unknown as { __bench: { tasks: { start: number; dur: number }[]; firstFrame: number } })
        .__bench;
      const until = readyAt + 3_000;
      const tasks = b.tasks.filter((t) => t.start <= until);
      const graph = performance
        .getEntriesByType("resource")
        .filter((e) => /\/api\/graph(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
      const last = graph[graph.length - 1];
      const rg = window.__rg;
      const total = (rg?.app as unknown as { overviewTotal?: () => number } | undefined)?.overviewTotal?.();
      return {
        firstFrame: b.firstFrame,
        longest: Math.max(0, ...tasks.map((t) => t.dur)),
        total: tasks.reduce((s, t) => s + t.dur, 0),
        graphRequests: graph.length,
        wire: last?.transferSize ?? NaN,
        body: last?.decodedBodySize ?? NaN,
        apiMs: last ? last.responseEnd - last.requestStart : NaN,
        shown: rg?.graph.order ?? 0,
        totalNodes: total ?? rg?.graph.order ?? 0,
        marks: Object.fromEntries(
          performance
            .getEntriesByType("mark")
            .filter((m) => m.name.startsWith("rg:"))
            .map((m) => [m.name, Math.round(m.startTime)]),
        ),
        tasks:
          tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.dur)}`).join(" ") +
          " | " +
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            .map(
              (e) => `${e.name.split("/").pop()!.slice(0, 24)}@${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`,
            )
            .join(" "),
      };
    }, ready.at);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    const pan = ready.error
      ? { fps: NaN, longest: NaN }
      : await withDeadline(
          page.evaluate(async () => {
            const sigma = window.__rg!.app.renderer.sigma;
            const cam = sigma.getCamera();
            const b = (window as unknown as { __bench: { tasks: { start: number; dur: number }[] } }).__bench;
            const t0 = performance.now();
            let frames = 0;
            let moving = true;
            const count = () => {
              frames++;
              if (moving) requestAnimationFrame(count);
            };
            requestAnimationFrame(count);
            for (const [x, y, ratio] of [
              [0.3, 0.5, 0.8],
              [0.7, 0.4, 0.6],
              [0.5, 0.7, 1],
              [0.5, 0.5, 1],
            ] as const)
              await cam.animate({ x, y, ratio }, { duration: 750, easing: "linear" });
            moving = false;
            const t1 = performance.now();
            await new Promise((r) => setTimeout(r, 100));
            const during = b.tasks.filter((t) => t.start >= t0 && t.start <= t1);
            return { fps: frames / ((t1 - t0) / 1000), longest: Math.max(0, ...during.map((t) => t.dur)) };
          }),
          60_000,
          "panning the app",
        );
    const drag = ready.error ? { fps: NaN, longest: NaN, moved: false } : await dragANode(page);
    return {
      dragFps: drag.fps,
      dragLongestTaskMs: drag.longest,
      dragMoved: drag.moved,
      firstFrameMs: ready.error ? NaN : load.firstFrame,
      interactiveMs: ready.error ? NaN : ready.at,
      longestTaskMs: load.longest,
      longTaskTotalMs: load.total,
      graphRequests: load.graphRequests,
      wireBytes: load.wire,
      bodyBytes: load.body,
      apiMs: load.apiMs,
      heapMiB: heap / 2 ** 20,
      nodesShown: load.shown,
      nodesTotal: load.totalNodes,
      panFps: pan.fps,
      panLongestTaskMs: pan.longest,
      error: ready.error,
      marks: load.marks,
      longTasks: load.tasks,
    };
  } finally {
    await ctx.close().catch(() => {});
  }
}

/** Presses on the biggest node near the centre, moves it 300 px in 30 steps, releases; frames counted in the page. */
async function dragANode(page: Page): Promise<{ fps: number; longest: number; moved: boolean }> {
  const start = await page.evaluate(() => {
    const { app, graph } = window.__rg!;
    const s = app.renderer.sigma;
    const { width, height } = s.getDimensions();
    let best: { id: string; x: number; y: number; size: number } | null = null;
    graph.forEachNode((id, a) => {
      const p = s.graphToViewport({ x: a.x, y: a.y });
      const inside = p.x > width * 0.3 && p.x < width * 0.6 && p.y > height * 0.3 && p.y < height * 0.7;
      if (inside && (!best || a.size > best.size)) best = { id, x: p.x, y: p.y, size: a.size };
    });
    const b = window as unknown as { __drag: { frames: number; on: boolean; t0: number } };
    b.__drag = { frames: 0, on: true, t0: performance.now() };
    const tick = () => {
      b.__drag.frames++;
      if (b.__drag.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const found = best as { id: string; x: number; y: number } | null;
    return found ? { ...found, before: graph.getNodeAttributes(found.id) } : null;
  });
  if (!start) return { fps: NaN, longest: NaN, moved: false };
  const box = await page.locator("canvas.sigma-mouse").boundingBox();
  const ox = box?.x ?? 0;
  const oy = box?.y ?? 0;
  await page.mouse.move(ox + start.x, oy + start.y);
  await page.mouse.down();
  await page.mouse.move(ox + start.x + 300, oy + start.y + 60, { steps: 30 });
  // Measured while the node moves; the release (the graph learns the final position) is outside the window.
  const during = await page.evaluate(() => {
    const b = (window as unknown as { __drag: { frames: number; on: boolean; t0: number } }).__drag;
    b.on = false;
    const t1 = performance.now();
    const tasks = (window as unknown as { __bench: { tasks: { start: number; dur: number }[] } }).__bench.tasks;
    const inside = tasks.filter((t) => t.start >= b.t0 && t.start <= t1);
    return { fps: b.frames / ((t1 - b.t0) / 1000), longest: Math.max(0, ...inside.map((t) => t.dur)) };
  });
  await page.mouse.up();
  const moved = await page.evaluate(
    ([id, bx, by]) => {
      const a = window.__rg!.graph.getNodeAttributes(id);
      return Math.hypot(a.x - bx, a.y - by) > 0;
    },
    [start.id, start.before.x, start.before.y] as const,
  );
  return { ...during, moved };
}
