// The large-graph path of the renderer: above LARGE_GRAPH nodes, while the camera moves a bitmap of the last
// frame drawn at rest stands in for sigma's draw (software WebGL redraws 10k nodes at <1 frame/s), and sigma
// draws for real once the camera is still. The seed's graph stays on the normal path. A synthetic graph of
// 6,000 nodes goes through a second GraphRenderer on the app's canvas (the page's own class, via window.__rg).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphRenderer } from "../../client/src/sigma/renderer.ts";
import { launch, openApp, type Browser } from "./_browser.ts";

type Large = { __large: GraphRenderer; __afterRender: number };

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("renderer › large graphs", () => {
  it("shows a bitmap while the camera moves, draws for real at rest, and cleans up on kill", async () => {
    const { page, errors } = await openApp(b);
    // The seed's graph (a few hundred nodes) keeps sigma as it is.
    expect(await page.evaluate(() => window.__rg!.app.renderer.bitmap)).toBeNull();

    const mounted = await page.evaluate(() => {
      const app = window.__rg!.app;
      const container = app.renderer.sigma.getContainer();
      const [n0, e0] = [app.graph.nodes()[0]!, app.graph.edges()[0]!];
      const [nodeAttrs, edgeAttrs] = [app.graph.getNodeAttributes(n0), app.graph.getEdgeAttributes(e0)];
      const g = app.graph.nullCopy();
      const N = 6_000;
      for (let i = 0; i < N; i++) {
        const a = (i * 2.399963) % (2 * Math.PI);
        const r = Math.sqrt(i) * 10;
        g.addNode(`n${i}`, { ...nodeAttrs, x: r * Math.cos(a), y: r * Math.sin(a), size: 3, label: `n${i}` });
      }
      for (let i = 1; i < N; i++)
        g.addEdge(`n${i}`, `n${(i * 7919) % i}`, { ...edgeAttrs, type: "straight", label: "" });
      const Renderer = app.renderer.constructor as typeof GraphRenderer;
      app.renderer.kill();
      const noop = () => {};
      const r = new Renderer(g, container, {
        clickNode: noop,
        doubleClickNode: noop,
        clickEdge: noop,
        clickStage: noop,
        dragged: noop,
      });
      const w = window as unknown as Large;
      w.__large = r;
      w.__afterRender = 0;
      r.sigma.on("afterRender", () => w.__afterRender++);
      return {
        order: r.sigma.getGraph().order,
        bitmap: !!r.bitmap,
        overlays: container.querySelectorAll("canvas[data-role=bitmap-on-move]").length,
      };
    });
    expect(mounted).toEqual({ order: 6_000, bitmap: true, overlays: 1 });

    // A scripted camera animation; every animation frame samples whether the bitmap is showing.
    const during = await page.evaluate(async () => {
      const w = window as unknown as Large;
      const r = w.__large;
      const stats = r.bitmap!.stats;
      const before = { ...stats, afterRender: w.__afterRender };
      let activeFrames = 0;
      let inked = 0;
      let sampling = true;
      const sample = () => {
        if (stats.active && activeFrames++ === 5) {
          // The bitmap holds the graph (not a blank readback of sigma's WebGL canvases).
          const o = r.sigma.getContainer().querySelector<HTMLCanvasElement>("canvas[data-role=bitmap-on-move]")!;
          const d = o.getContext("2d")!.getImageData(0, 0, o.width, o.height).data;
          for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) inked++;
        }
        if (sampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      const cam = r.sigma.getCamera();
      await cam.animate({ x: 0.6, y: 0.4, ratio: 0.5 }, { duration: 500 });
      await cam.animate({ x: 0.4, y: 0.6, ratio: 0.8 }, { duration: 500 });
      sampling = false;
      return { before, after: { ...stats, afterRender: w.__afterRender }, activeFrames, inked };
    });
    expect(during.activeFrames).toBeGreaterThan(5);
    expect(during.inked).toBeGreaterThan(1000);
    expect(during.after.bitmapFrames - during.before.bitmapFrames).toBeGreaterThan(5);
    // Sigma itself drew no more than the first frame of the move (the snapshot existed already: none at all).
    expect(during.after.afterRender - during.before.afterRender).toBeLessThanOrEqual(1);

    // At rest: the overlay goes away and sigma draws for real (its own afterRender event), the frame kept.
    await expect
      .poll(() =>
        page.evaluate((after) => {
          const w = window as unknown as Large;
          return { active: w.__large.bitmap!.stats.active, drewAtRest: w.__afterRender > after };
        }, during.after.afterRender),
      )
      .toMatchObject({ active: false, drewAtRest: true });
    const rest = await page.evaluate(() => {
      const w = window as unknown as Large;
      const c = w.__large.sigma.getContainer();
      const overlay = c.querySelector("canvas[data-role=bitmap-on-move]") as HTMLCanvasElement;
      return {
        display: overlay.style.display,
        captures: w.__large.bitmap!.stats.captures,
        // Kept at the container's size × pixel ratio.
        sized: overlay.width === Math.round(c.clientWidth * devicePixelRatio),
      };
    });
    expect(rest).toMatchObject({ display: "none", sized: true });
    expect(rest.captures).toBeGreaterThan(during.after.captures);

    // kill() removes the overlay and restores sigma's own render.
    const killed = await page.evaluate(() => {
      const w = window as unknown as Large;
      const c = w.__large.sigma.getContainer();
      const sigma = w.__large.sigma;
      w.__large.kill();
      return {
        overlays: c.querySelectorAll("canvas[data-role=bitmap-on-move]").length,
        own: Object.hasOwn(sigma, "render"),
      };
    });
    expect(killed).toEqual({ overlays: 0, own: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the same node pixels with the flat program (large graphs) as with the instanced one", async () => {
    const { page, errors } = await openApp(b);
    const result = await page.evaluate(() => {
      const app = window.__rg!.app;
      type Programs = Record<string, unknown>;
      const SigmaClass = app.renderer.sigma.constructor as new (...a: unknown[]) => typeof app.renderer.sigma;
      // The seed's renderer uses the instanced program; a renderer of a large graph the flat one.
      const instanced = (app.renderer.sigma.getSetting("nodeProgramClasses") as Programs).shape;
      const g = app.graph.nullCopy();
      const types = ["Concept", "Measure", "Problem", "Platform", "Enterprise", "Technology"];
      for (let i = 0; i < 6_000; i++) {
        const a = (i * 2.399963) % (2 * Math.PI);
        const r = Math.sqrt(i) * 10;
        g.addNode(`n${i}`, {
          ...app.graph.getNodeAttributes(app.graph.nodes()[0]!),
          nodeType: types[i % types.length]!,
          x: r * Math.cos(a),
          y: r * Math.sin(a),
          size: 2 + (i % 7),
          label: "",
        });
      }
      const container = app.renderer.sigma.getContainer();
      const Renderer = app.renderer.constructor as typeof GraphRenderer;
      app.renderer.kill();
      const noop = () => {};
      const events = { clickNode: noop, doubleClickNode: noop, clickEdge: noop, clickStage: noop, dragged: noop };
      const large = new Renderer(g, container, events);
      const flat = (large.sigma.getSetting("nodeProgramClasses") as Programs).shape;
      large.kill();
      // Each program on a bare sigma over the same graph and camera; the nodes layer read in the same task as
      // the constructor's draw (sigma's WebGL canvases do not preserve their drawing buffers).
      const draw = (program: unknown) => {
        const s = new SigmaClass(g, container, {
          defaultNodeType: "shape",
          nodeProgramClasses: { shape: program },
          renderLabels: false,
        });
        const layer = s.getCanvases().nodes!;
        const copy = document.createElement("canvas");
        [copy.width, copy.height] = [layer.width, layer.height];
        const ctx = copy.getContext("2d", { willReadFrequently: true })!;
        ctx.drawImage(layer, 0, 0);
        const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
        s.kill();
        return data;
      };
      const [a, b2] = [draw(instanced), draw(flat)];
      let inked = 0;
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (a[i + 3]! > 0) inked++;
        if (a[i] !== b2[i] || a[i + 1] !== b2[i + 1] || a[i + 2] !== b2[i + 2] || a[i + 3] !== b2[i + 3]) differing++;
      }
      return { different: instanced !== flat, inked, differing, pixels: a.length / 4 };
    });
    expect(result.different).toBe(true);
    // Thousands of shapes drawn, and not one pixel apart.
    expect(result.inked).toBeGreaterThan(result.pixels / 50);
    expect(result.differing).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
