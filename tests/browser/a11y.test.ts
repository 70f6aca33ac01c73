// Keyboard and screen readers: axe-core on every panel (no serious or critical violation), a closed drawer's
// controls out of the tab order, and a node reached, selected and inspected without a mouse.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idByName, launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
let axeSource: string;
beforeAll(async () => {
  b = await launch();
  axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
});
afterAll(async () => {
  await b?.close();
});

/** axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's CSP (no inline script) does not stop it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: RunOptions): Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

const PANELS = ["legend", "paths", "matrix", "review", "documents", "schema"] as const;
/** What each panel shows once its data is in: axe checks the filled panel, not the one still loading. */
const FILLED: Partial<Record<(typeof PANELS)[number], string>> = {
  matrix: ".heatmap td.cell",
  review: "select.review-doc option",
  documents: ".doc-item",
  schema: ".schema-view svg",
};

describe("accessibility › axe-core", () => {
  it("finds no serious or critical violation on any panel, the console or the inspector", async () => {
    const { page } = await openApp(b);
    const found: Record<string, string[]> = {};
    for (const tab of PANELS) {
      const btn = page.locator(`.rail-btn[data-tab="${tab}"]`);
      if ((await btn.getAttribute("aria-pressed")) !== "true") await btn.click();
      await expect.poll(() => btn.getAttribute("aria-pressed")).toBe("true");
      await page.evaluate(() => window.__rg!.app.settled());
      const filled = FILLED[tab];
      if (filled) await page.locator(filled).first().waitFor({ state: "attached" });
      found[tab] = await violations(page);
    }
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    found.console = await violations(page);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.locator('.inspector [data-action="expand"]').waitFor();
    found.inspector = await violations(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await page.close();
  });
});

describe("accessibility › keyboard", () => {
  it("keeps a closed drawer's controls out of the tab order", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    await page.click('.rail-btn[data-tab="console"]');
    // Tab through the whole page: focus never lands inside the closed drawer.
    const stops = await page.evaluate(
      () => document.querySelectorAll("button, input, select, textarea, a[href]").length,
    );
    let inDrawer = 0;
    for (let i = 0; i < stops + 5; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => !!document.activeElement?.closest(".drawer"))) inDrawer++;
    }
    expect(inDrawer).toBe(0);
    await page.close();
  });

  it("reaches, selects and inspects a node from the keyboard through the search list", async () => {
    const { page } = await openApp(b);
    await page.locator("body").press("/");
    await page.keyboard.type("产业链韧性");
    await page.locator('.suggestions [role="option"]').first().waitFor();
    // Down moves through the hits (the listbox marks the active one); Enter picks it.
    await page.keyboard.press("ArrowDown");
    const id = await page.locator('.suggestions [role="option"][aria-selected="true"]').getAttribute("data-id");
    expect(id).toBeTruthy();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__rg!.state().view.selection)).toEqual({ kind: "node", id });
    await page.locator('.inspector [data-action="expand"]').waitFor();
    await page.close();
  });
});
