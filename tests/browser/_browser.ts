// Helpers for the browser tests: Debian's Chromium through playwright-core with a throwaway profile, a page
// on the app that waits until the first draw, and screenshots saved under test-artifacts/.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { REPO_ROOT } from "../../server/src/config.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../_chromium.ts";

export const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts");

export interface Browser {
  ctx: BrowserContext;
  close(): Promise<void>;
}

export async function launch(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "rg-chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    acceptDownloads: true,
    locale: "zh-CN",
    args: CHROMIUM_ARGS,
  });
  return {
    ctx,
    close: async () => {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export function baseUrl(): string {
  return inject("baseUrl");
}

/** Opens the app (optionally at a query string) and waits until the graph is drawn; page errors fail the test. */
export async function openApp(b: Browser, search = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await b.ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${baseUrl()}/${search}`);
  await page.waitForFunction(() => !!window.__rg);
  await page.evaluate(() => window.__rg!.ready);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Sigma draws on the next animation frame: wait for two so the canvas holds the latest state.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: file });
  return file;
}

export const visibleNodes = (page: Page) => page.evaluate(() => window.__rg!.graph.nodes().sort());

/** Finds a node id by its Chinese name through the API the page uses. */
export async function idByName(page: Page, name: string): Promise<string> {
  const id = await page.evaluate((n) => {
    let found: string | null = null;
    window.__rg!.app.store.nodes.forEach((a, k) => {
      if (a.name === n) found = k;
    });
    return found;
  }, name);
  if (!id) throw new Error(`browser test: no node named ${name}`);
  return id;
}

/** Fraction of a PNG's pixels that are not near-white, decoded in the page (no image library on the Node side). */
export async function inkedFraction(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) n++;
    return n / (d.length / 4);
  }, png.toString("base64"));
}

/** Waits for `n` animation frames: a condition (frames drawn), not a fixed delay. */
export const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

/**
 * The canvas graph against the state and the store: the node set the state names, exactly the known edges
 * between them (none missing, none twice), and sigma holding display data for every node and edge.
 */
export const consistency = (page: Page) =>
  page.evaluate(() => {
    const { app, graph } = window.__rg!;
    const c = app.state().view.content;
    const want = [...(c.scope === "all" ? app.store.baseIds : c.nodes)].sort();
    const nodes = graph.nodes().sort();
    const wantEdges = [...app.store.edges.values()]
      .filter((e) => graph.hasNode(e.source) && graph.hasNode(e.target))
      .map((e) => e.key)
      .sort();
    const edges = graph.edges().sort();
    const s = app.renderer.sigma;
    return {
      nodesMatchState: JSON.stringify(want) === JSON.stringify(nodes),
      edgesMatchStore: JSON.stringify(wantEdges) === JSON.stringify(edges),
      orphanEdges: graph.filterEdges((_e, _a, src, tgt) => !graph.hasNode(src) || !graph.hasNode(tgt)).length,
      nodesDrawn: nodes.every((id) => {
        const d = s.getNodeDisplayData(id);
        return !!d && Number.isFinite(d.x) && Number.isFinite(d.y);
      }),
      edgesDrawn: edges.every((id) => !!s.getEdgeDisplayData(id)),
    };
  });

export const CONSISTENT = {
  nodesMatchState: true,
  edgesMatchStore: true,
  orphanEdges: 0,
  nodesDrawn: true,
  edgesDrawn: true,
};

/** Drawn nodes whose centre lies outside the canvas. */
export const offScreen = (page: Page) =>
  page.evaluate(() => {
    const { app, graph } = window.__rg!;
    const s = app.renderer.sigma;
    const { width, height } = s.getDimensions();
    return graph.filterNodes((id) => {
      const d = s.getNodeDisplayData(id)!;
      if (d.hidden) return false;
      const p = s.framedGraphToViewport(d);
      return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
    });
  });
