// The first view as the page loads it: one /api/graph request in the compact columns format, drawn from what
// it holds; when the server's cap left nodes out, the status bar says "N of M" and the legend offers a way in.
// (The cap is simulated by rewriting the real answer's totals: the seed graph is far under the cap.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphColumns } from "../../server/src/api/graph-columns.ts";
import { baseUrl, launch, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("overview › first load", () => {
  it("asks for the graph once, in columns, and draws every node it holds", async () => {
    const page = await b.ctx.newPage();
    const requests: string[] = [];
    page.on("request", (r) => {
      if (/\/api\/graph\b/.test(r.url())) requests.push(r.url());
    });
    await page.goto(`${baseUrl()}/`);
    await page.waitForFunction(() => !!window.__rg);
    await page.evaluate(() => window.__rg!.ready);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain("format=columns");
    const { order, total } = await page.evaluate(() => ({
      order: window.__rg!.graph.order,
      total: window.__rg!.app.overviewTotal(),
    }));
    expect(order).toBeGreaterThan(100);
    expect(total).toBe(order);
    expect(await page.locator("[data-capped]").count()).toBe(0);
    await page.close();
  });

  it("says how many of how many nodes a capped overview shows, and offers each type's nodes", async () => {
    const page = await b.ctx.newPage();
    await page.route("**/api/graph?*format=columns*", async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as GraphColumns;
      body.attributes = { ...body.attributes, truncated: true, omitted: 5_000, total: body.nodes.id.length + 5_000 };
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(`${baseUrl()}/?lang=en`);
    await page.waitForFunction(() => !!window.__rg);
    await page.evaluate(() => window.__rg!.ready);
    const shown = await page.evaluate(() => window.__rg!.graph.order);
    const counts = await page.locator("[data-counts]").textContent();
    expect(counts).toContain(`${shown.toLocaleString()} of ${(shown + 5_000).toLocaleString()}`);
    await expect.poll(() => page.locator("[data-capped]").count()).toBe(1);
    expect(await page.locator('.legend [data-action="show-type"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
