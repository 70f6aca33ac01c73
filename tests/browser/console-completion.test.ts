// The Cypher console's completion, typed as a user types: labels after `(n:`, relationship types after `[r:`,
// property keys after `n.`, all from the live schema and never the product's internal labels; and the Run
// button's shortcut hint names the platform's modifier key.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

async function openConsole(page: Page): Promise<void> {
  await page.click('.rail-btn[data-tab="console"]');
  await page.locator(".editor-host .cm-content").waitFor();
  // The schema is fetched after the editor mounts; completion is only meaningful once it has arrived.
  await page.locator(".console[data-schema='ready']").waitFor();
}

/** Replaces the editor's text by typing `text` key by key, and returns the completion list's labels. */
async function optionsAfterTyping(page: Page, text: string): Promise<string[]> {
  await page.locator(".editor-host .cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
  const list = page.locator(".cm-tooltip-autocomplete li");
  await list.first().waitFor();
  return list.evaluateAll((els) => els.map((e) => (e.querySelector(".cm-completionLabel")?.textContent ?? "").trim()));
}

describe("console › completion from the live schema", () => {
  it("offers labels after (n:, relationship types after [r: and property keys after n.", async () => {
    const { page, errors } = await openApp(b);
    await openConsole(page);
    const schema = await page.evaluate(() => fetch("/api/schema").then((r) => r.json()));
    const internal: string[] = schema.internalLabels;
    expect(internal).toContain("SeedLoad");

    const labels = await optionsAfterTyping(page, "MATCH (n:");
    expect(labels).toEqual(expect.arrayContaining([":Measure", ":Problem"]));
    for (const l of internal) expect(labels).not.toContain(`:${l}`);

    const rels = await optionsAfterTyping(page, "MATCH ()-[r:");
    expect(rels).toEqual(expect.arrayContaining([":SOLVES", ":SUPPORTS"]));
    expect(rels).not.toContain(":Measure");

    const keys = await optionsAfterTyping(page, "MATCH (n:Measure) RETURN n.");
    expect(keys).toEqual(expect.arrayContaining(["name"]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names Ctrl on Linux in the Run button's shortcut hint, ⌘ on macOS", async () => {
    const { page } = await openApp(b);
    await page.click('.rail-btn[data-tab="console"]');
    const run = page.locator('.console [data-action="run"]');
    expect(await run.textContent()).toContain("Ctrl+↵");
    expect(await run.textContent()).not.toContain("⌘");
    await page.close();
    // The same page as a Mac reports itself.
    const mac = await b.ctx.newPage();
    await mac.addInitScript(() => Object.defineProperty(navigator, "platform", { get: () => "MacIntel" }));
    await mac.goto(page.url());
    await mac.waitForFunction(() => !!window.__rg);
    await mac.click('.rail-btn[data-tab="console"]');
    expect(await mac.locator('.console [data-action="run"]').textContent()).toContain("⌘");
    await mac.close();
  });
});
