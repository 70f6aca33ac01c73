// The page an analyst opens: the whole graph drawn, search → inspector with evidence, expand and undo,
// a shared link rebuilt, and a clear message when the API cannot be reached.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, idByName, launch, offScreen, openApp, screenshot, visibleNodes, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("explorer › first view", () => {
  it("loads and draws every seed node with a CJK label font", async () => {
    const { page, errors } = await openApp(b);
    // The documents the first view shows (the default: the paper; no filter when it is the only one loaded).
    const docs = await page.evaluate(() => window.__rg!.app.documentQuery().document ?? "");
    const filter = docs ? `&document=${docs}` : "";
    const api = (await (await fetch(`${baseUrl()}/api/graph?limit=100000${filter}`)).json()) as {
      nodes: { key: string }[];
      edges: unknown[];
    };
    expect(api.nodes.length).toBeGreaterThan(20);
    const drawn = await page.evaluate(() => {
      const { app, graph } = window.__rg!;
      return graph.nodes().filter((id) => {
        const d = app.renderer.sigma.getNodeDisplayData(id);
        return d && Number.isFinite(d.x) && Number.isFinite(d.y) && !d.hidden;
      }).length;
    });
    expect(drawn).toBe(api.nodes.length);
    expect(await page.evaluate(() => window.__rg!.graph.size)).toBe(api.edges.length);
    expect(await page.evaluate(() => document.fonts.check('13px "Noto Sans SC"', "产业链韧性"))).toBe(true);
    await expect.poll(() => page.locator(".legend-item[data-type]").count()).toBeGreaterThan(2);
    // At 1280×800 the whole legend, down to the degree slider, fits the panel without scrolling.
    const slider = await page.locator('.legend input[type="range"]').boundingBox();
    const side = await page.locator(".side").boundingBox();
    expect(slider!.y + slider!.height).toBeLessThanOrEqual(side!.y + side!.height);
    await screenshot(page, "client-overview-1280");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a legend entry hides and shows its node type", async () => {
    const { page } = await openApp(b);
    await page.click('.legend-item[data-type="Problem"]');
    expect(await page.evaluate(() => window.__rg!.state().view.filters.hiddenTypes)).toEqual(["Problem"]);
    const hidden = await page.evaluate(() => {
      const { app, graph } = window.__rg!;
      return graph
        .filterNodes((_id, a) => a.nodeType === "Problem")
        .every((id) => app.renderer.sigma.getNodeDisplayData(id)?.hidden);
    });
    expect(hidden).toBe(true);
    expect(page.url()).toContain("ht=Problem");
    await page.click('.legend-item[data-type="Problem"]');
    expect(await page.evaluate(() => window.__rg!.state().view.filters.hiddenTypes)).toEqual([]);
    await page.close();
  });
});

describe("explorer › search and inspect", () => {
  it("search → select → the inspector shows evidence with the cited span highlighted in the reader", async () => {
    const { page } = await openApp(b);
    await page.fill(".topbar .search-input", "韧性");
    const hit = page.locator(".topbar .suggestion[data-id]").first();
    await hit.waitFor();
    const id = await hit.getAttribute("data-id");
    await hit.dispatchEvent("mousedown");
    await expect.poll(() => page.evaluate(() => window.__rg!.state().view.selection)).toEqual({ kind: "node", id });
    await page.locator(".inspector .evidence-item mark.cited").first().waitFor();
    const mark = await page.locator(".inspector .evidence-item mark.cited").first().textContent();
    expect(mark?.length).toBeGreaterThan(0);
    // The reader pane holds the document with the same span marked, scrolled into its view.
    const readerMark = page.locator(".inspector .reader .cited-sentence mark.cited");
    await readerMark.waitFor();
    expect(await readerMark.textContent()).toBe(mark);
    const inView = await page.evaluate(() => {
      const pane = document.querySelector(".inspector .reader")!;
      const m = pane.querySelector(".cited-sentence")!;
      const a = pane.getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return r.top >= a.top - 1 && r.top <= a.bottom;
    });
    expect(inView).toBe(true);
    await page.locator(".inspector .evidence").scrollIntoViewIfNeeded();
    await screenshot(page, "client-inspector-1280");
    await page.close();
  });
});

describe("explorer › expand and undo", () => {
  it("expanding an isolated node adds neighbours, and undo restores the previous node set", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    const before = await visibleNodes(page);
    expect(before).toEqual([id]);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.click('.inspector [data-action="expand"]');
    await expect.poll(() => visibleNodes(page).then((n) => n.length)).toBeGreaterThan(1);
    expect(page.url()).toContain(`x=${id}`);
    await page.click('[data-action="undo"]');
    await expect.poll(() => visibleNodes(page)).toEqual(before);
    await page.click('[data-action="redo"]');
    await expect.poll(() => visibleNodes(page).then((n) => n.length)).toBeGreaterThan(1);
    await page.close();
  });

  it("double-click on a node expands it instead of zooming", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await expect.poll(() => visibleNodes(page)).toEqual([id]);
    // The camera animates to fit; wait for it to settle before reading the node's position on screen.
    await page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());
    const ratio = await page.evaluate(() => window.__rg!.app.renderer.sigma.getCamera().ratio);
    const pos = await page.evaluate((n) => {
      const s = window.__rg!.app.renderer.sigma;
      const d = s.getNodeDisplayData(n)!;
      const p = s.framedGraphToViewport(d);
      const r = s.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);
    await page.mouse.dblclick(pos.x, pos.y);
    await expect.poll(() => visibleNodes(page).then((n) => n.length)).toBeGreaterThan(1);
    // Not sigma's double-click zoom (which zooms in on the point): the camera frames the node and everything the
    // expansion brought, so it zooms out, and every visible node is on screen.
    await page.evaluate(() => window.__rg!.app.settled());
    await page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());
    expect(await page.evaluate(() => window.__rg!.app.renderer.sigma.getCamera().ratio)).toBeGreaterThanOrEqual(ratio);
    expect(await offScreen(page)).toEqual([]);
    await page.close();
  });
});

describe("explorer › share", () => {
  it("reloading a shared URL rebuilds the same view", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate((n) => window.__rg!.app.expand(n), id);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.click('[data-action="lang"]');
    const url = await page.evaluate(() => window.__rg!.app.shareUrl());
    const nodes = await visibleNodes(page);
    const view = await page.evaluate(() => window.__rg!.state().view);
    await page.close();
    const other = await b.ctx.newPage();
    await other.goto(url);
    await other.waitForFunction(() => !!window.__rg);
    await other.evaluate(() => window.__rg!.ready);
    expect(await visibleNodes(other)).toEqual(nodes);
    expect(await other.evaluate(() => window.__rg!.state().view)).toEqual(view);
    expect(await other.locator(".inspector .node-name").textContent()).not.toBe("");
    expect(await other.evaluate(() => document.documentElement.lang)).toBe("en");
    await other.close();
  });
});

describe("explorer › when the API is unreachable", () => {
  it("says so plainly and offers a retry that recovers", async () => {
    const page = await b.ctx.newPage();
    let fail = true;
    await page.route("**/api/graph*", (route) => (fail ? route.abort("connectionrefused") : route.continue()));
    await page.goto(`${baseUrl()}/`);
    await page.locator(".fatal").waitFor();
    expect(await page.locator(".fatal h1").textContent()).toMatch(/无法连接|cannot be reached/);
    fail = false;
    await page.click('.fatal [data-action="retry"]');
    await page.waitForFunction(() => !!document.querySelector(".canvas canvas") && !document.querySelector(".fatal"));
    await page.close();
  });
});
