// Layouts and the expansion controls, checked from node positions through window.__rg: ForceAtlas2 moves
// nodes, counts real iterations and stops; the layered reading puts measures left of problems, one group per
// strategic path; "show more" adds what a capped expansion left out; collapse removes what expanding added.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSISTENT, consistency, frames, idByName, launch, openApp, visibleNodes, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

type Pos = Record<string, { x: number; y: number }>;
const positions = (page: Page): Promise<Pos> =>
  page.evaluate(() => {
    const out: Pos = {};
    window.__rg!.graph.forEachNode((id, a) => (out[id] = { x: a.x, y: a.y }));
    return out;
  });
const moved = (a: Pos, b: Pos) =>
  Object.keys(a).filter((id) => Math.hypot(a[id]!.x - b[id]!.x, a[id]!.y - b[id]!.y) > 1e-3).length;
const progress = (page: Page) => page.evaluate(() => window.__rg!.app.progress);

describe("layouts › ForceAtlas2", () => {
  it("start moves positions and reports real iterations; stop stops them", async () => {
    const { page, errors } = await openApp(b);
    const before = await positions(page);
    await page.click('[data-action="layout"]');
    await expect.poll(() => progress(page).then((p) => p.running && p.iterations >= 10)).toBe(true);
    expect(moved(before, await positions(page))).toBeGreaterThan(0);
    // The tooltip reads the worker's real iteration count, not elapsed time.
    expect(await page.locator('[data-action="layout"]').getAttribute("title")).toMatch(/\d+ \/ \d+ 次迭代/);
    await page.click('[data-action="layout"]');
    await expect.poll(() => progress(page).then((p) => p.running)).toBe(false);
    const stopped = await positions(page);
    const iterations = (await progress(page)).iterations;
    await frames(page, 30);
    expect(moved(stopped, await positions(page))).toBe(0);
    expect((await progress(page)).iterations).toBe(iterations);
    expect(await page.locator('[data-action="layout"]').getAttribute("aria-pressed")).toBe("false");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs to its planned iteration count, then stops on its own with progress at 100%", async () => {
    const { page } = await openApp(b);
    await page.click('[data-action="layout"]');
    await expect.poll(() => progress(page).then((p) => p.running), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => progress(page).then((p) => p.running), { timeout: 90_000 }).toBe(false);
    const p = await progress(page);
    expect(p.iterations).toBeGreaterThanOrEqual(p.target);
    expect(p.progress).toBe(1);
    expect(await page.locator(".progress").getAttribute("aria-valuenow")).toBe("100");
    await page.close();
  });
});

describe("layouts › layered measure → problem", () => {
  it("puts every measure left of every problem, one group of columns per strategic path, and switching back restores force positions", async () => {
    const { page } = await openApp(b);
    const force = await positions(page);
    await page.click('[data-action="layered"]');
    expect(await page.evaluate(() => window.__rg!.state().view.layout)).toBe("layered");
    const cols = await page.evaluate(() => {
      const g = window.__rg!.graph;
      const measures = g.filterNodes((_id, a) => a.nodeType === "Measure").map((id) => g.getNodeAttributes(id));
      const problems = g.filterNodes((_id, a) => a.nodeType === "Problem").map((id) => g.getNodeAttributes(id));
      const byPath: Record<string, number[]> = {};
      for (const m of measures) (byPath[String(m.path ?? "")] ??= []).push(m.x);
      return {
        measures: measures.length,
        problems: problems.length,
        maxMeasureX: Math.max(...measures.map((m) => m.x)),
        minProblemX: Math.min(...problems.map((p) => p.x)),
        pathXs: Object.values(byPath).map((xs) => [...new Set(xs)]),
      };
    });
    expect(cols.measures).toBeGreaterThan(3);
    expect(cols.problems).toBeGreaterThan(1);
    expect(cols.maxMeasureX).toBeLessThan(cols.minProblemX);
    expect(cols.pathXs.length).toBeGreaterThan(1);
    // Each path is one group of columns, and no two paths' groups interleave.
    const spans = cols.pathXs.map((xs) => [Math.min(...xs), Math.max(...xs)] as const).sort((a, c) => a[0] - c[0]);
    expect(spans.every((sp, i) => i === 0 || sp[0] > spans[i - 1]![1])).toBe(true);
    expect(page.url()).toContain("layout=layered");
    await page.click('[data-action="layered"]');
    expect(moved(force, await positions(page))).toBe(0);
    await page.close();
  });
});

describe("layouts › layered reading on screen", () => {
  it("fits a 1280×800 canvas with rows a label apart on screen, long blocks wrapped into sub-columns", async () => {
    const { page } = await openApp(b);
    await page.click('[data-action="layered"]');
    await page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());
    await frames(page, 2);
    const seen = await page.evaluate(() => {
      const { app, graph } = window.__rg!;
      const s = app.renderer.sigma;
      const { width, height } = s.getDimensions();
      const pts = graph.mapNodes((id, a) => ({ id, ...s.graphToViewport({ x: a.x, y: a.y }) }));
      const byX = new Map<number, number[]>();
      for (const p of pts) {
        const gx = Math.round(graph.getNodeAttribute(p.id, "x"));
        byX.set(gx, [...(byX.get(gx) ?? []), p.y]);
      }
      let minGap = Infinity;
      for (const ys of byX.values()) {
        ys.sort((a, c) => a - c);
        for (let i = 1; i < ys.length; i++) minGap = Math.min(minGap, ys[i]! - ys[i - 1]!);
      }
      return {
        inside: pts.every((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height),
        minGap,
        columns: byX.size,
        labels: app.renderer.labels.drawn.length,
        nodes: graph.order,
      };
    });
    expect(seen.inside).toBe(true);
    // Rows at least a 13px label apart on a 1280×800 screen, in more columns than paths + 2 (long blocks wrap).
    expect(seen.minGap).toBeGreaterThanOrEqual(14);
    expect(seen.columns).toBeGreaterThan(6);
    // Even this small canvas keeps a good share of the labels (the 1920 view keeps nearly all, see views).
    expect(seen.labels).toBeGreaterThan(seen.nodes * 0.3);
    await page.close();
  });
});

describe("expansion › show more and collapse", () => {
  it("a capped expansion offers show more, which adds what the cap left out", async () => {
    const { page } = await openApp(b);
    // The node with most neighbours, expanded with a small cap so there is something left out.
    const id = await page.evaluate(() => {
      const s = window.__rg!.app.store;
      return [...s.nodes.keys()].sort((a, c) => s.neighbors(c).length - s.neighbors(a).length)[0]!;
    });
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.evaluate((n) => window.__rg!.app.expand(n, 3), id);
    const first = await visibleNodes(page);
    expect(first.length).toBe(4);
    const more = page.locator('.inspector [data-action="more"]');
    await more.waitFor();
    const omitted = await page.evaluate(() => window.__rg!.app.lastExpansion!.omitted);
    expect(omitted).toBeGreaterThan(0);
    expect(await more.textContent()).toContain(`+${omitted}`);
    await more.click();
    await expect.poll(() => visibleNodes(page).then((n) => n.length)).toBe(7);
    expect((await visibleNodes(page)).filter((n) => first.includes(n))).toEqual(first);
    expect(await page.evaluate(() => window.__rg!.app.lastExpansion!.limit)).toBe(6);
    expect(await consistency(page)).toEqual(CONSISTENT);
    await page.close();
  });

  it("collapse removes everything the expansion brought, also neighbours tied to each other", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.click('.inspector [data-action="expand"]');
    await page.locator('.inspector [data-action="collapse"]').waitFor();
    const expanded = await visibleNodes(page);
    expect(expanded.length).toBeGreaterThan(1);
    // Some of the neighbours are tied to each other: the old rule kept those, this one takes them back too.
    const tied = await page.evaluate((n) => {
      const g = window.__rg!.graph;
      return g.nodes().filter((m) => m !== n && !g.neighbors(m).every((k) => k === n || k === m)).length;
    }, id);
    expect(tied).toBeGreaterThan(0);
    const expected = [id];
    await page.click('.inspector [data-action="collapse"]');
    await expect.poll(() => visibleNodes(page)).toEqual(expected);
    expect(await page.evaluate(() => window.__rg!.state().view.content.expanded)).toEqual([]);
    await page.locator('.inspector [data-action="expand"]').waitFor();
    expect(await page.locator('.inspector [data-action="collapse"]').count()).toBe(0);
    expect(await consistency(page)).toEqual(CONSISTENT);
    await page.close();
  });
});
