// Curation in the explorer, in real Chromium against the real server: editor mode from the token, the review
// queue worked by keyboard (accept, reject, next), undo of a write through the audit trail, batch accept, and the
// document back to curated. The drafts are made through the write API and every trace of them removed after.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl, launch, openApp, screenshot, type Browser } from "./_browser.ts";

const DOC = "beijing-industrial-chain-resilience";
const token = () => inject("editorToken");
const auth = () => ({ authorization: `Bearer ${token()}`, "content-type": "application/json" });

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: auth(),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}

interface Queue {
  status: string;
  drafts: { id: string; confidence: number }[];
  reviewed: number;
}
/** Waits for a condition (a write, a reload of the queue) rather than sleeping. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });
const queue = async () => (await api<Queue>("GET", `/review?document=${DOC}`)).json;

// Three drafts of one made-up rule, at three confidences, evidenced by a real sentence of the seed paper.
const DRAFTS = [
  { id: "browser-draft-high", confidence: 0.9 },
  { id: "browser-draft-mid", confidence: 0.6 },
  { id: "browser-draft-low", confidence: 0.3 },
];

let b: Browser;
beforeAll(async () => {
  b = await launch();
  const exported = (await api<{ nodes: { evidence: string[] }[] }>("GET", `/documents/${DOC}/export`)).json;
  const evidence = exported.nodes[0]!.evidence.slice(0, 1);
  for (const [i, d] of DRAFTS.entries()) {
    const res = await api("POST", "/nodes", {
      document: DOC,
      id: d.id,
      type: "Concept",
      name: `浏览器草稿${i + 1}`,
      nameEn: `Browser draft ${i + 1}`,
      summaryZh: "测试用草稿",
      summaryEn: "A draft made by the browser test",
      evidence,
      status: "draft",
      confidence: d.confidence,
      method: "browser-test-rule",
    });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  // Whatever the test left of the drafts leaves the graph: the seed is what the other files expect.
  for (const d of DRAFTS) {
    const changes = (
      await api<{ changes: { after: { nodes: { id: string; properties: { version: number } }[] } }[] }>(
        "GET",
        `/changes?target=${d.id}&limit=1`,
      )
    ).json.changes;
    const last = changes[0]?.after.nodes.find((n) => n.id === d.id);
    if (last) await api("DELETE", `/nodes/${d.id}`, { expectedVersion: last.properties.version });
  }
  await b?.close();
});

describe("curation › editor mode and the review queue", () => {
  it("enters editor mode, works the queue by keyboard, undoes a reject, batch-accepts, and leaves", async () => {
    const { page, errors } = await openApp(b);
    await page.click('[data-action="edit-mode"]');
    await page.fill(".token-input", token());
    await page.press(".token-input", "Enter");
    await page.locator("[data-editing-badge]").waitFor();
    // Kept for the tab only: in sessionStorage, never in a cookie or the URL.
    expect(await page.evaluate(() => sessionStorage.getItem("rg:editor-token"))).toBe(token());
    expect(await page.evaluate(() => document.cookie)).not.toContain(token());
    expect(page.url()).not.toContain(token());

    await page.click('.rail-btn[data-tab="review"]');
    const items = page.locator(".review-item");
    await poll(() => items.count()).toBe(3);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(
      DRAFTS.map((d) => d.id),
    );
    // The focused draft's evidence is highlighted in the panel's reader.
    await page.locator(".review-reader mark.cited").waitFor();
    await poll(() => page.locator("[data-progress]").textContent()).toContain("0 / 3");

    // a: the most confident draft is accepted (it stays in the graph, no longer a draft).
    await page.keyboard.press("a");
    await poll(() => items.count()).toBe(2);
    await poll(() => page.locator("[data-progress]").textContent()).toContain("1 / 3");
    // j then r: the next one down (the least confident) is rejected and leaves the graph.
    await page.keyboard.press("j");
    await expect
      .poll(() => page.locator('.review-item[aria-current="true"]').getAttribute("data-id"))
      .toBe("browser-draft-low");
    await page.keyboard.press("r");
    await poll(() => items.count()).toBe(1);
    let q = await queue();
    expect(q.drafts.map((d) => d.id)).toEqual(["browser-draft-mid"]);
    expect((await fetch(`${baseUrl()}/api/nodes/browser-draft-high`)).status).toBe(200);
    expect((await fetch(`${baseUrl()}/api/nodes/browser-draft-low`)).status).toBe(404);

    // Ctrl+Z in editor mode undoes the last write (the reject) through the audit trail: the draft is back.
    await page.keyboard.press("Control+z");
    await expect
      .poll(async () => (await queue()).drafts.map((d) => d.id).sort())
      .toEqual(["browser-draft-low", "browser-draft-mid"]);
    await poll(() => items.count()).toBe(2);

    // Batch: everything at or above confidence 0 is accepted, and the document reads as curated again.
    await page.fill(".review-min", "0");
    await page.click('[data-action="accept-above"]');
    await poll(() => page.locator("[data-progress]").getAttribute("data-status")).toBe("curated");
    q = await queue();
    expect(q.status).toBe("curated");
    expect(q.drafts).toEqual([]);
    await screenshot(page, "curation-review-curated");

    await page.click('[data-action="leave-editing"]');
    await page.locator('[data-action="edit-mode"]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("rg:editor-token"))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
