// The schema view: node types and relationship types with their counts, drawn as a small graph from
// GET /api/schema, without the product's internal labels.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("schema view", () => {
  it("draws every node type with its count and one line per linked type pair", async () => {
    const { page, errors } = await openApp(b, "?lang=en");
    await page.click('.rail-btn[data-tab="schema"]');
    await page.locator(".schema-view .schema-node").first().waitFor();
    const schema = await page.evaluate(() => fetch("/api/schema").then((r) => r.json()));
    const types = (schema.nodeTypes as { type: string; count: number }[]).filter((n) => n.count > 0);
    const drawn = await page
      .locator(".schema-view .schema-node")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-type"), e.querySelector("text")!.textContent]));
    expect(drawn).toEqual(types.map((n) => [n.type, String(n.count)]));
    const pairs = new Set(
      (schema.patterns as { from: string; to: string }[])
        .filter((p) => types.some((n) => n.type === p.from) && types.some((n) => n.type === p.to))
        .map((p) => `${p.from}>${p.to}`),
    );
    expect(pairs.size).toBeGreaterThan(3);
    expect(await page.locator(".schema-view .schema-edge").count()).toBe(pairs.size);
    // The relationship types listed are the model's, with the database's counts.
    const rels = await page.locator(".schema-view .schema-rels li").allTextContents();
    for (const r of (schema.relTypes as { type: string; count: number }[]).filter((x) => x.count > 0))
      expect(rels).toContain(`${r.type} · ${r.count.toLocaleString("en")}`);
    const text = (await page.locator(".schema-view").textContent()) ?? "";
    for (const internal of schema.internalLabels as string[]) expect(text).not.toContain(internal);
    expect(errors).toEqual([]);
    await page.close();
  });
});
