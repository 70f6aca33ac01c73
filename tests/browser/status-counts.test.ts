// The status line says what is shown of what exists: the legend's filters lower the shown count exactly as
// the renderer hides nodes and edges, and the whole graph's size stays the "of".
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launch, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

/** Nodes and edges the renderer draws (its reducers' verdict), and the graph's size. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const { app, graph } = window.__rg!;
    const s = app.renderer.sigma;
    s.refresh();
    return {
      nodes: graph.filterNodes((id) => !s.getNodeDisplayData(id)!.hidden).length,
      edges: graph.filterEdges((id) => !s.getEdgeDisplayData(id)!.hidden).length,
      total: app.overviewTotal(),
    };
  });

const counts = async (page: Page) => {
  const text = (await page.locator("[data-counts]").textContent()) ?? "";
  const m = /^([\d,]+) of ([\d,]+) nodes · ([\d,]+) edges$/.exec(text);
  if (!m) throw new Error(`status-counts test: unexpected status "${text}"`);
  const n = (s: string) => Number(s.replace(/,/g, ""));
  return { nodes: n(m[1]!), total: n(m[2]!), edges: n(m[3]!) };
};

describe("status line › shown of existing", () => {
  it("follows the legend's type, relation and degree filters", async () => {
    const page = await b.ctx.newPage();
    await page.goto(`${baseUrl()}/?lang=en`);
    await page.waitForFunction(() => !!window.__rg);
    await page.evaluate(() => window.__rg!.ready);
    const all = await drawn(page);
    expect(await counts(page)).toEqual({ nodes: all.nodes, total: all.total, edges: all.edges });

    await page.evaluate(() => window.__rg!.app.toggleType("Measure"));
    const noMeasures = await drawn(page);
    expect(noMeasures.nodes).toBeLessThan(all.nodes);
    expect(await counts(page)).toEqual({ nodes: noMeasures.nodes, total: all.total, edges: noMeasures.edges });

    await page.evaluate(() => window.__rg!.app.toggleRel("SUPPORTS"));
    await page.evaluate(() => window.__rg!.app.setMinDegree(3));
    const filtered = await drawn(page);
    expect(filtered.edges).toBeLessThan(noMeasures.edges);
    expect(filtered.nodes).toBeLessThan(noMeasures.nodes);
    expect(await counts(page)).toEqual({ nodes: filtered.nodes, total: all.total, edges: filtered.edges });

    // A custom view still counts against the whole graph.
    const id = await page.evaluate(() => window.__rg!.graph.nodes()[0]!);
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate(() => window.__rg!.app.settled());
    expect((await counts(page)).total).toBe(all.total);
    await page.close();
  });
});
