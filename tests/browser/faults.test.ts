// Guarantee 9 of issue 6, the client under faults: the API going away while the page is open gives a clear,
// recoverable message (the graph stays, a retry finishes the action), and rapid expand/undo sequences leave
// the canvas graph exactly what the state says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  CONSISTENT,
  consistency,
  frames,
  idByName,
  inkedFraction,
  launch,
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

describe("faults › the API goes away while the page is open", () => {
  it("a failed expansion says the server cannot be reached, keeps the graph, and its retry finishes the expansion", async () => {
    const { page, errors } = await openApp(b);
    const id = await idByName(page, "产业链韧性");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), id);
    await page.locator('.inspector [data-action="expand"]').waitFor();

    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    await page.click('.inspector [data-action="expand"]');
    const notice = page.locator('.notice[role="alert"]');
    await notice.waitFor();
    expect(await notice.getAttribute("data-code")).toBe("NETWORK");
    expect(await notice.textContent()).toMatch(/无法连接到服务器.*展开邻居/);
    // Not a blank page: the graph is still there, unchanged, and still drawn.
    expect(await visibleNodes(page)).toEqual([id]);
    expect(await consistency(page)).toEqual(CONSISTENT);
    expect(await page.locator(".topbar, .canvas canvas").count()).toBeGreaterThan(1);

    // Inspecting another node while the server is away: the inspector says so and offers its own retry.
    const other = await page.evaluate((n) => window.__rg!.app.store.baseIds.find((x) => x !== n)!, id);
    await page.evaluate((n) => window.__rg!.app.selectNode(n), other);
    await page.locator('.inspector .error-box [data-action="retry-node"]').waitFor();

    await page.unroute("**/api/**");
    await page.click('.inspector [data-action="retry-node"]');
    await page.locator(".inspector .node-name").waitFor();
    await page.click('.notice [data-action="notice-retry"]');
    await expect.poll(() => visibleNodes(page).then((n) => n.length)).toBeGreaterThan(1);
    await expect.poll(() => notice.isHidden()).toBe(true);
    expect(await page.evaluate(() => window.__rg!.state().view.content.expanded)).toEqual([id]);
    expect(await consistency(page)).toEqual(CONSISTENT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a notice can be dismissed, and the next action that works needs nothing else", async () => {
    const { page, errors } = await openApp(b);
    const id = await idByName(page, "科技创新");
    await page.evaluate((n) => window.__rg!.app.isolate(n), id);
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    await page.evaluate((n) => window.__rg!.app.expand(n), id);
    await page.locator(".notice").waitFor();
    await page.click('.notice [data-action="notice-dismiss"]');
    await expect.poll(() => page.locator(".notice").isHidden()).toBe(true);
    await page.unroute("**/api/**");
    await page.evaluate((n) => window.__rg!.app.expand(n), id);
    expect((await visibleNodes(page)).length).toBeGreaterThan(1);
    expect(await page.locator(".notice").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
  it("a failed path search shows the same banner, and its retry finds the path", async () => {
    const { page, errors } = await openApp(b);
    const [from, to] = [await idByName(page, "科技创新"), await idByName(page, "产业链韧性")];
    await page.route("**/api/paths**", (route) => route.abort("connectionrefused"));
    await page.evaluate(
      ([f, t]) => window.__rg!.app.findPath({ from: f!, to: t!, mode: "shortest", k: 3 }),
      [from, to],
    );
    const notice = page.locator('.notice[role="alert"]');
    await notice.waitFor();
    expect(await notice.getAttribute("data-code")).toBe("NETWORK");
    expect(await notice.textContent()).toMatch(/无法连接到服务器.*查找路径/);
    await page.unroute("**/api/paths**");
    await page.click('.notice [data-action="notice-retry"]');
    await expect.poll(() => page.evaluate(() => window.__rg!.app.pathResult()?.paths.length ?? 0)).toBeGreaterThan(0);
    await expect.poll(() => notice.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("faults › rapid expand and undo", () => {
  it("20 fast expand/undo alternations over several nodes end on the expected node set, drawn, without errors", async () => {
    const { page, errors } = await openApp(b);
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const root = await idByName(page, "产业链韧性");
    const others = await page.evaluate((r) => window.__rg!.app.store.neighbors(r).slice(0, 3), root);
    expect(others.length).toBe(3);
    const ids = [root, ...others];
    await page.evaluate((n) => window.__rg!.app.isolate(n), root);
    await expect.poll(() => visibleNodes(page)).toEqual([root]);

    // All fired in one tick, without waiting for any answer: the order must still hold.
    await page.evaluate(async (list) => {
      const app = window.__rg!.app;
      for (let i = 0; i < 20; i++) {
        void app.expand(list[i % list.length]!);
        app.undo();
      }
      await app.settled();
    }, ids);
    expect(await visibleNodes(page)).toEqual([root]);
    expect(await consistency(page)).toEqual(CONSISTENT);

    // The same through the page: the inspector's button and Ctrl+Z, as fast as Playwright can click.
    await page.evaluate((n) => window.__rg!.app.selectNode(n), root);
    for (let i = 0; i < 20; i++) {
      await page.click('.inspector [data-action="expand"]');
      await page.locator(".canvas").focus();
      await page.keyboard.press("Control+z");
    }
    await page.evaluate(() => window.__rg!.app.settled());
    expect(await visibleNodes(page)).toEqual([root]);
    expect(await consistency(page)).toEqual(CONSISTENT);

    // Then one more expansion: the node set is the root plus exactly what the API sends as its neighbours.
    const last = others[0]!;
    await page.evaluate((n) => window.__rg!.app.expand(n), last);
    const res = (await (
      await fetch(`${baseUrl()}/api/nodes/${encodeURIComponent(last)}/neighbors?limit=25`)
    ).json()) as {
      nodes: { key: string }[];
    };
    const expected = [...new Set([root, last, ...res.nodes.map((n) => n.key)])].sort();
    expect(await visibleNodes(page)).toEqual(expected);
    expect(await consistency(page)).toEqual(CONSISTENT);
    await frames(page, 2);
    expect(await inkedFraction(page, await page.locator(".canvas").screenshot())).toBeGreaterThan(0.002);
    expect(errors).toEqual([]);
    await page.close();
  });
});
