// The analyst's tools: paths read as arguments, the measure–problem matrix, the Cypher console, exports.
import { readFile } from "node:fs/promises";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIM_NODE } from "../../client/src/sigma/highlight.ts";
import { idByName, inkedFraction, launch, openApp, screenshot, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await b?.close();
});

async function pickIn(page: Page, slot: number, text: string): Promise<void> {
  const input = page.locator(".paths .pick").nth(slot).locator(".search-input");
  await input.fill(text);
  // The exact name, not the first hit: 科技创新 also matches 国际科技创新中心.
  const hit = page
    .locator(".paths .pick")
    .nth(slot)
    .locator(".suggestion[data-id]")
    .filter({ has: page.locator(".s-name", { hasText: new RegExp(`^${text}$`) }) })
    .first();
  await hit.waitFor();
  await hit.dispatchEvent("mousedown");
}

describe("analysis › paths", () => {
  it("finds a path from 科技创新 to 产业链韧性, highlights it with the rest dimmed, and narrates it", async () => {
    const { page } = await openApp(b);
    const from = await idByName(page, "科技创新");
    const to = await idByName(page, "产业链韧性");
    await page.click('.rail-btn[data-tab="paths"]');
    await pickIn(page, 0, "科技创新");
    await pickIn(page, 1, "产业链韧性");
    await page.click('[data-action="find-path"]');
    await page.locator(".path-item .narrative").first().waitFor();
    expect(await page.evaluate(() => window.__rg!.state().view.path)).toMatchObject({ from, to });
    const narrative = await page.locator(".path-item .narrative").first().textContent();
    expect(narrative?.length).toBeGreaterThan(10);
    const shown = await page.evaluate((DIM) => {
      const { app, graph } = window.__rg!;
      const res = app.pathResult()!;
      const onPath = new Set(res.paths.flatMap((p) => p.nodeIds));
      const s = app.renderer.sigma;
      const pathNodesLabelled = [...onPath].every((id) => s.getNodeDisplayData(id)?.forceLabel === true);
      const others = graph.nodes().filter((id) => !onPath.has(id));
      const dimmed = others.filter((id) => s.getNodeDisplayData(id)?.color === DIM).length;
      return { pathNodesLabelled, dimmed, others: others.length, first: res.paths[0]!.nodeIds };
    }, DIM_NODE);
    expect(shown.first[0]).toBe(from);
    expect(shown.first.at(-1)).toBe(to);
    expect(shown.pathNodesLabelled).toBe(true);
    expect(shown.dimmed).toBe(shown.others);
    expect(page.url()).toContain(`p=${from}%2C${to}`);
    await screenshot(page, "client-path-1920");
    await page.close();
  });
});

describe("analysis › measure–problem matrix", () => {
  it("a cell opens the tie: its chain on the graph and its evidence", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="matrix"]');
    const cell = page.locator(".heatmap td.cell").first();
    await cell.waitFor();
    const [measureId, problemId] = ((await cell.getAttribute("data-cell")) ?? "").split("|");
    await cell.click();
    await page.locator(".inspector .chain").waitFor();
    const tie = await page.evaluate(() => window.__rg!.app.currentTie());
    expect(tie?.measure.id).toBe(measureId);
    expect(tie?.problem.id).toBe(problemId);
    const focus = await page.evaluate((DIM) => {
      const { app, graph } = window.__rg!;
      const t = app.currentTie()!;
      const s = app.renderer.sigma;
      const onChain = new Set(t.nodeIds);
      const dimmed = (id: string) => s.getNodeDisplayData(id)?.color === DIM;
      return {
        chainLit: t.nodeIds.every((id) => graph.hasNode(id) && !dimmed(id)),
        chainEdgesLit: t.edgeIds.every((id) => graph.hasEdge(id) && s.getEdgeDisplayData(id)?.color !== "#eef0f2"),
        someOthersDimmed: graph.nodes().some((id) => !onChain.has(id) && dimmed(id)),
      };
    }, DIM_NODE);
    expect(focus).toEqual({ chainLit: true, chainEdgesLit: true, someOthersDimmed: true });
    await page.locator(".inspector .evidence-item mark.cited").first().waitFor();
    await screenshot(page, "client-matrix-1920");
    await page.close();
  });

  it("scrolls sideways inside the panel with the measure names held in view, full names on hover", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="matrix"]');
    await page.locator(".heatmap td.cell").first().waitFor();
    const seen = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>(".heatmap-wrap")!;
      const side = wrap.closest<HTMLElement>(".side")!.getBoundingClientRect();
      const box = () => wrap.getBoundingClientRect();
      const inPanel = box().right <= side.right + 1;
      wrap.scrollLeft = wrap.scrollWidth;
      const row = document.querySelector(".heatmap th.row")!.getBoundingClientRect();
      const cols = document.querySelectorAll(".heatmap th.col");
      const last = cols[cols.length - 1]!.getBoundingClientRect();
      const titles = [...document.querySelectorAll<HTMLElement>(".heatmap th.row")].map((th) => ({
        title: th.title,
        text: th.textContent ?? "",
      }));
      return {
        inPanel,
        scrolled: wrap.scrollLeft > 0,
        rowHeldLeft: Math.abs(row.left - box().left) < 4,
        lastColumnReachable: last.right <= box().right + 1 && last.left >= row.right - 1,
        titled: titles.every((t) => t.text.length > 0 && t.title.startsWith(t.text)),
      };
    });
    expect(seen).toEqual({ inPanel: true, scrolled: true, rowHeldLeft: true, lastColumnReachable: true, titled: true });
    await page.close();
  });
});

describe("analysis › Cypher console", () => {
  async function runQuery(page: Page, query: string): Promise<void> {
    const editor = page.locator(".editor-host .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(query);
    await page.click('.console [data-action="run"]');
  }

  it("returns rows for a read query and shows READ_ONLY for a write", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    await runQuery(page, "MATCH (n:Measure) RETURN n.name AS name, n.type AS type LIMIT 5");
    await page.locator(".console .result-table tbody tr").first().waitFor();
    expect(await page.locator(".console .result-table tbody tr").count()).toBe(5);
    expect(await page.locator(".console .result-table th").allTextContents()).toEqual(["name", "type"]);
    await screenshot(page, "client-console-1920");
    await runQuery(page, "CREATE (x:Hack {name: 'nope'}) RETURN x");
    const err = page.locator('.console .error-box[data-code="READ_ONLY"]');
    await err.waitFor();
    expect(await err.textContent()).toContain("READ_ONLY");
    await page.close();
  });

  it("adds a query's graph to the view", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    await runQuery(page, "MATCH (m:Measure)-[r:SOLVES]->(p:Problem) RETURN m, r, p LIMIT 10");
    await page.click('.console .tab[data-tab="graph"]');
    await page.click('.console [data-action="add"]');
    await expect.poll(() => page.evaluate(() => window.__rg!.graph.order)).toBeGreaterThan(2);
    expect(await page.evaluate((n) => window.__rg!.graph.hasNode(n), id)).toBe(true);
    await page.close();
  });
});

describe("analysis › saved console queries", () => {
  it("saves a query under a name next to the examples, keeps it across a reload, loads, runs and deletes it", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    const query = "MATCH (p:Problem) RETURN p.name AS name ORDER BY name LIMIT 3";
    const editor = page.locator(".editor-host .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(query);
    await page.click('.console [data-action="save-query"]');
    await page.fill(".console .save-name", "三个问题");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("rg.cypher.saved.v1") ?? "[]")))
      .toEqual([{ name: "三个问题", query }]);
    await page.close();

    const { page: again } = await openApp(b);
    await again.click('.rail-btn[data-tab="console"]');
    await again.locator(".editor-host .cm-content").waitFor();
    const library = again.locator('.console [data-action="library"]');
    // Saved queries and the ready examples share one list, in two groups.
    expect(await library.locator("optgroup:first-of-type option").allTextContents()).toEqual(["三个问题"]);
    expect(await library.locator("optgroup:last-of-type option").count()).toBeGreaterThanOrEqual(5);
    const value = await library.locator('option[data-name="三个问题"]').getAttribute("value");
    await library.selectOption(value!);
    await expect.poll(() => again.locator(".editor-host .cm-content").textContent()).toBe(query);
    await again.click('.console [data-action="run"]');
    await expect.poll(() => again.locator(".console .result-table tbody tr").count()).toBe(3);
    const del = again.locator('.console [data-action="delete-saved"]');
    expect(await del.textContent()).toContain("三个问题");
    await del.click();
    expect(await again.evaluate(() => localStorage.getItem("rg.cypher.saved.v1"))).toBe("[]");
    expect(await library.locator("option[data-name]").count()).toBe(0);
    await again.close();
  });
});

describe("analysis › exports", () => {
  it("exports GEXF that graphology-gexf parses back to the same node and edge counts", async () => {
    const { page } = await openApp(b);
    await screenshot(page, "client-overview-1920");
    const counts = await page.evaluate(() => ({ order: window.__rg!.graph.order, size: window.__rg!.graph.size }));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.selectOption('[data-action="export"]', "gexf"),
    ]);
    const text = await readFile((await download.path())!, "utf8");
    const g = parse(Graph, text);
    expect({ order: g.order, size: g.size }).toEqual(counts);
    await page.close();
  });

  it("exports a PNG of the view that is not blank", async () => {
    const { page } = await openApp(b);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.selectOption('[data-action="export"]', "png"),
    ]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    // Decode in the page and count pixels that are not the white background.
    expect(await inkedFraction(page, bytes)).toBeGreaterThan(0.01);
    await page.close();
  });
});
