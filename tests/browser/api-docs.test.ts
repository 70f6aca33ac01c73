// /api/docs in real Chromium: the interactive reference renders every operation of /api/openapi.json from
// files this server serves (no other host is asked), under the app's CSP (no violation), and it is not an
// API route itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launch, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe("api docs › interactive reference", () => {
  it("renders every operation of the OpenAPI document, locally and within the CSP", async () => {
    const page = await b.ctx.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    const base = new URL(baseUrl());
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("request", (r) => {
      if (new URL(r.url()).host !== base.host && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    const res = await page.goto(`${baseUrl()}/api/docs`);
    expect(page.url()).toBe(`${baseUrl()}/api/docs/`);
    expect(res!.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    const doc = await page.evaluate(() => fetch("/api/openapi.json").then((r) => r.json()));
    const operations = Object.values(doc.paths as Record<string, Record<string, unknown>>).reduce(
      (n, item) => n + Object.keys(item).filter((k) => ["get", "post", "put", "patch", "delete"].includes(k)).length,
      0,
    );
    expect(operations).toBeGreaterThan(10);
    await expect.poll(() => page.locator(".opblock").count()).toBe(operations);
    expect(await page.locator(".info .title").textContent()).toContain(doc.info.title);
    expect(Object.keys(doc.paths)).not.toContain("/docs");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    // Only GET: another method is refused like any undeclared method of the API.
    const post = await page.evaluate(() => fetch("/api/docs/", { method: "POST" }).then((r) => r.status));
    expect(post).toBe(405);
    await page.close();
  });
});
