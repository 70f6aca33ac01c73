// The views the README and docs show, at 1920×1080: the whole graph with its legend (shapes and colours by
// type) and the layered measure → problem reading. Saved under test-artifacts/; look at them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inkedFraction, launch, openApp, screenshot, type Browser } from "./_browser.ts";
import { readFile } from "node:fs/promises";

let b: Browser;
beforeAll(async () => {
  b = await launch({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await b?.close();
});

describe("views › overview", () => {
  it("shows the whole graph with the legend's shapes beside it", async () => {
    const { page, errors } = await openApp(b);
    await page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());
    const marks = await page
      .locator(".legend .legend-item[data-type] .type-mark")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-shape")));
    expect(new Set(marks).size).toBeGreaterThanOrEqual(4);
    // Labels never overlap (the placer drops a label that would), and the hubs keep theirs.
    const drawn = await page.evaluate(() => window.__rg!.app.renderer.labels.drawn);
    expect(drawn).toEqual(expect.arrayContaining(["科技创新", "产业链韧性", "关键核心技术"]));
    const file = await screenshot(page, "client-overview");
    expect(await inkedFraction(page, await readFile(file))).toBeGreaterThan(0.03);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the layered measure → problem reading", async () => {
    const { page } = await openApp(b);
    await page.click('[data-action="layered"]');
    await page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());
    await screenshot(page, "client-layered-1920");
    // Spaced for its labels: at 1920 nearly every node is labelled, the paths and the problems all are.
    const seen = await page.evaluate(() => {
      const { app, graph } = window.__rg!;
      const drawn = new Set(app.renderer.labels.drawn);
      const heads = graph.filterNodes((_id, a) => a.level === "path" || a.level === "problem");
      return {
        drawn: drawn.size,
        nodes: graph.order,
        heads: heads.length,
        headsLabelled: heads.filter((id) => drawn.has(app.renderer.sigma.getNodeDisplayData(id)!.label!)).length,
      };
    });
    expect(seen.drawn).toBeGreaterThan(seen.nodes * 0.9);
    expect(seen.heads).toBeGreaterThan(4);
    expect(seen.headsLabelled).toBe(seen.heads);
    await page.click('[data-action="layered"]');
    await page.close();
  });
});
