// The history keys work on view changes, not only on writes: Ctrl+Z takes a hidden node back, and both redo
// keys (Ctrl+Y and Ctrl+Shift+Z) hide it again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("history keys › view changes", () => {
  it("Ctrl+Z undoes hiding a node; Ctrl+Y and Ctrl+Shift+Z each redo it", async () => {
    const { page } = await openApp(b);
    const id = await page.evaluate(() => window.__rg!.graph.nodes()[0]!);
    const shown = () => page.evaluate((n) => window.__rg!.graph.hasNode(n), id);
    expect(await shown()).toBe(true);
    await page.evaluate((n) => window.__rg!.app.hide(n), id);
    await page.waitForFunction((n) => !window.__rg!.graph.hasNode(n), id);
    // Keys go to the page, not a text field.
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    for (const redoKey of ["Control+y", "Control+Shift+z"]) {
      await page.keyboard.press("Control+z");
      await page.waitForFunction((n) => window.__rg!.graph.hasNode(n), id);
      await page.keyboard.press(redoKey);
      await page.waitForFunction((n) => !window.__rg!.graph.hasNode(n), id);
    }
    expect(await shown()).toBe(false);
  });
});
