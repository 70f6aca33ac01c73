// The camera, as an analyst meets it: an expansion frames the node and everything it brought (with a busy
// state while its neighbours load); the fit button and key f frame the drawn graph; collapsing an expansion
// takes back all it added.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONSISTENT,
  consistency,
  idByName,
  launch,
  offScreen,
  openApp,
  visibleNodes,
  type Browser,
} from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

const settled = (page: Page) => page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());

/** Moves the camera far into one corner, zoomed in, so that most of the graph is off-screen. */
const lookAway = async (page: Page) => {
  await page.evaluate(() => window.__rg!.app.renderer.sigma.getCamera().setState({ x: 0.02, y: 0.02, ratio: 0.03 }));
  await page.evaluate(() => window.__rg!.app.renderer.sigma.refresh());
  expect((await offScreen(page)).length).toBeGreaterThan(0);
};

describe("camera › expansion", () => {
  it("shows a busy state while neighbours load, then frames the node and all it brought", async () => {
    const { page, errors } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate(() => window.__rg!.app.settled());
    await settled(page);
    // Hold the neighbours' answer until the busy state has been seen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/nodes/*/neighbors*", async (route) => {
      await held;
      await route.continue();
    });
    await lookAway(page);
    const expanding = page.evaluate((n) => window.__rg!.app.expand(n), id);
    await page.locator(".camera-controls .busy").waitFor({ state: "visible" });
    expect(await page.locator(".canvas").getAttribute("aria-busy")).toBe("true");
    release();
    await expanding;
    await settled(page);
    expect(await page.locator(".camera-controls .busy").isHidden()).toBe(true);
    expect(await page.locator(".canvas").getAttribute("aria-busy")).toBe("false");
    expect((await visibleNodes(page)).length).toBeGreaterThan(5);
    expect(await offScreen(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("collapsing an expansion removes everything it added", async () => {
    const { page } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate((n) => window.__rg!.app.expand(n), id);
    expect((await visibleNodes(page)).length).toBeGreaterThan(5);
    await page.evaluate((n) => window.__rg!.app.collapse(n), id);
    await page.evaluate(() => window.__rg!.app.settled());
    expect(await visibleNodes(page)).toEqual([id]);
    expect(await consistency(page)).toEqual(CONSISTENT);
    await page.close();
  });
});

describe("camera › fit", () => {
  it("key f and the fit button frame the drawn graph", async () => {
    const { page } = await openApp(b);
    await settled(page);
    await lookAway(page);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("f");
    await settled(page);
    expect(await offScreen(page)).toEqual([]);
    await lookAway(page);
    await page.click('.camera-controls [data-action="fit"]');
    await settled(page);
    expect(await offScreen(page)).toEqual([]);
    await page.close();
  });
});
