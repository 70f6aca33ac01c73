// Switching the language at run time: the console (built once, on first opening) follows, with its buttons,
// parameters and library in English, and the status line's tag too; no Chinese is left in that chrome.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

const CJK = /[\u3400-\u9fff]/;

describe("i18n › switching to English", () => {
  it("relabels the console and the status line", async () => {
    const { page, errors } = await openApp(b);
    await page.click('.rail-btn[data-tab="console"]');
    await page.locator(".editor-host .cm-content").waitFor();
    const chrome = () =>
      page.evaluate(() => {
        const c = document.querySelector(".console")!;
        const texts = [...c.querySelectorAll(".console-toolbar button, .console-toolbar option, summary")].map(
          (e) => e.textContent ?? "",
        );
        const labels = [...c.querySelectorAll("[aria-label]"), c].map((e) => e.getAttribute("aria-label") ?? "");
        return [...texts, ...labels, document.querySelector(".status .tag")?.textContent ?? ""].join(" | ");
      });
    const id = await page.evaluate(() => window.__rg!.graph.nodes()[0]!);
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    expect(await chrome()).toMatch(CJK);
    await page.click('[data-action="lang"]');
    await expect.poll(() => page.evaluate(() => window.__rg!.state().view.lang)).toBe("en");
    const english = await chrome();
    // Example queries' names are English too; only user data (saved names, history) could be Chinese.
    const chinese = english
      .replace(/「[^」]*」/g, "")
      .split(" | ")
      .filter((s) => CJK.test(s));
    expect(chinese).toEqual([]);
    expect(english).toContain("Run");
    expect(english).toContain("custom view");
    expect(errors).toEqual([]);
    await page.close();
  });
});
