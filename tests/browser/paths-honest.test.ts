// Paths and the matrix say what is stated and what is inferred: a "stated only" switch on each, hops marked,
// citations that open the reader at their sentence, and a matrix error that a successful retry takes away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch({ width: 1600, height: 1000 });
});
afterAll(async () => {
  await b?.close();
});

describe("paths › stated and inferred", () => {
  it("marks an inferred hop, leaves it out with 'stated only', and a citation opens the reader at its sentence", async () => {
    const first = await openApp(b);
    // The ends of an inferred edge with no stated edge beside it: without the switch the path is that edge.
    const ends = await first.page.evaluate(() => {
      const g = window.__rg!.graph;
      const e = g.edges().find((id) => {
        if (g.getEdgeAttribute(id, "inferred") !== true) return false;
        const [s, t] = g.extremities(id);
        return g
          .edges(s, t)
          .concat(g.edges(t, s))
          .every((x) => g.getEdgeAttribute(x, "inferred") === true);
      })!;
      return g.extremities(e);
    });
    await first.page.close();
    const { page } = await openApp(b, `?p=${ends[0]},${ends[1]},shortest,3`);
    // A link with a path request opens on the paths panel; clicking its tab then would close it.
    if (!(await page.locator(".side.open .paths").isVisible())) await page.click('.rail-btn[data-tab="paths"]');
    await page.locator('.path-item [data-step="inferred"]').first().waitFor();

    // A citation in the narrative opens the hop's edge in the inspector, that locator's sentence in the reader.
    const link = page.locator(".path-item .narrative a.cite-link").first();
    const locator = await link.getAttribute("data-cite-locator");
    expect(locator).toMatch(/#.+@\d+-\d+$/);
    await link.click();
    const active = page.locator(".inspector .evidence-item.active");
    await active.waitFor();
    expect(await active.getAttribute("data-locator")).toBe(locator);
    await page.locator(".inspector .reader .cited-sentence mark.cited").waitFor();

    await page.check("[data-path-stated]");
    await page.click('[data-action="find-path"]');
    await page.waitForFunction(() => window.__rg!.state().view.path?.stated === true);
    expect(new URL(page.url()).searchParams.get("p")).toContain("+stated");
    // The answer comes: paths of stated hops only, or no path at all.
    await page.waitForFunction(() => {
      const items = document.querySelectorAll(".path-item");
      const box = document.querySelector(".path-results .error-box");
      const res = window.__rg!.app.pathResult();
      return res?.stated === true && (items.length > 0 || box !== null);
    });
    expect(await page.locator('.path-item [data-step="inferred"]').count()).toBe(0);
    const inferredHops = await page.evaluate(
      () =>
        window
          .__rg!.app.pathResult()!
          .paths.flatMap((p) => p.steps)
          .filter((s) => s.inferred).length,
    );
    expect(inferredHops).toBe(0);
  });
});

describe("matrix › stated only, and a retry that clears the error", () => {
  it("'stated only' leaves out every inferred cell", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="matrix"]');
    await page.locator(".heatmap td.cell").first().waitFor();
    const before = await page.locator(".heatmap td.cell").count();
    const inferredTitle = /推断|inferred/;
    const titles = () =>
      page.locator(".heatmap td.cell").evaluateAll((els) => els.map((e) => e.getAttribute("title") ?? ""));
    expect((await titles()).some((x) => inferredTitle.test(x))).toBe(true);
    await page.check("[data-matrix-stated]");
    await page.waitForFunction((n) => document.querySelectorAll(".heatmap td.cell").length < n, before);
    const after = await titles();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((x) => inferredTitle.test(x))).toBe(false);
    expect(await page.isChecked("[data-matrix-stated]")).toBe(true);
  });

  it("shows the error of a failed load, and a successful retry takes it away", async () => {
    const { page } = await openApp(b);
    await page.route("**/api/matrix*", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "UNAVAILABLE", message: "database unavailable" } }),
      }),
    );
    await page.click('.rail-btn[data-tab="matrix"]');
    await page.locator(".matrix .error-box").waitFor();
    await page.unroute("**/api/matrix*");
    // Opening the tab again retries the load.
    await page.click('.rail-btn[data-tab="paths"]');
    await page.click('.rail-btn[data-tab="matrix"]');
    await page.locator(".heatmap td.cell").first().waitFor();
    expect(await page.locator(".matrix .error-box").count()).toBe(0);
  });
});
