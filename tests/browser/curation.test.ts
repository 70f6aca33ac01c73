// Curation in the explorer, in real Chromium against the real server: editor mode from the token, the review
// queue worked by keyboard (accept, reject, next), undo of a write through the audit trail, batch accept, and the
// document back to curated; inspector edits with validation in place and a 409 in a second tab. The nodes are
// made through the write API and removed after (the audit trail keeps its records, which no graph read sees).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, launch, openApp, screenshot, type Browser } from "./_browser.ts";
import { DOC, api, editorPage, enterEditing, poll, token } from "./_curation.ts";

interface Queue {
  status: string;
  drafts: { id: string; confidence: number }[];
  reviewed: number;
}
const queue = async () => (await api<Queue>("GET", `/review?document=${DOC}`)).json;

// Three drafts of one made-up rule, at three confidences, evidenced by a real sentence of the seed paper.
const DRAFTS = [
  { id: "browser-draft-high", confidence: 0.9 },
  { id: "browser-draft-mid", confidence: 0.6 },
  { id: "browser-draft-low", confidence: 0.3 },
];

const EDITED = "browser-edited-node";

async function inspect(page: Page, id: string): Promise<void> {
  await page.evaluate((n) => window.__rg!.app.reveal(n).then(() => window.__rg!.app.selectNode(n, true)), id);
  await page.locator(`[data-node-edit="${id}"]`).waitFor();
}

const nodeProps = async (id: string) =>
  ((await (await fetch(`${baseUrl()}/api/nodes/${id}`)).json()) as { properties: Record<string, unknown> }).properties;

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
  const res = await api("POST", "/nodes", {
    document: DOC,
    id: EDITED,
    type: "Indicator",
    name: "浏览器编辑节点",
    nameEn: "Browser-edited node",
    summaryZh: "测试用节点",
    summaryEn: "A node the browser test edits",
    evidence,
    props: { value: 30, unit: "%" },
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  // Whatever the test left of the drafts leaves the graph: the seed is what the other files expect.
  for (const d of [...DRAFTS, { id: EDITED }]) {
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
    const { page, errors } = await editorPage(b);
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
    await poll(() => page.evaluate(() => window.__rg!.app.curation.canUndo())).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("review-panel"))).toBe(true);
    await page.keyboard.press("Control+z");
    await poll(() => page.evaluate(() => window.__rg!.app.curation.canRedo())).toBe(true);
    await expect
      .poll(async () => (await queue()).drafts.map((d) => d.id).sort())
      .toEqual(["browser-draft-low", "browser-draft-mid"]);
    await poll(() => items.count()).toBe(2);
    // The undone reject no longer counts as reviewed.
    await poll(() => page.locator("[data-progress]").textContent()).toContain("1 / 3");

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

describe("curation › inspector edits", () => {
  it("shows a validation message in place and sends nothing, then saves a valid edit", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, EDITED);
    const form = page.locator(`[data-node-edit="${EDITED}"]`);
    await form.locator('[name="name"]').fill("   ");
    await form.locator('[name="year"]').fill("20x5");
    await form.locator('[data-action="save-node"]').click();
    expect(await form.locator('[data-error-for="name"]').textContent()).toBe("必填");
    expect(await form.locator('[data-error-for="year"]').textContent()).toContain("1900");
    expect((await nodeProps(EDITED)).name).toBe("浏览器编辑节点");

    await form.locator('[name="name"]').fill("浏览器编辑后");
    await form.locator('[name="year"]').fill("2025");
    await form.locator('[data-action="save-node"]').click();
    await poll(async () => (await nodeProps(EDITED)).name).toBe("浏览器编辑后");
    expect((await nodeProps(EDITED)).year).toBe(2025);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a stale edit in a second tab answers 'changed by someone else' with their values, and may overwrite", async () => {
    const { page: first } = await openApp(b);
    const { page: second } = await openApp(b);
    for (const p of [first, second]) {
      await enterEditing(p);
      await inspect(p, EDITED);
    }
    const a = first.locator(`[data-node-edit="${EDITED}"]`);
    const z = second.locator(`[data-node-edit="${EDITED}"]`);
    await a.locator('[name="name"]').fill("第一个标签页的名称");
    await a.locator('[data-action="save-node"]').click();
    await poll(async () => (await nodeProps(EDITED)).name).toBe("第一个标签页的名称");

    // The second tab still holds the version it read: its save is refused, nothing is overwritten silently.
    await z.locator('[name="nameEn"]').fill("Second tab's English name");
    await z.locator('[data-action="save-node"]').click();
    const conflict = second.locator("[data-conflict]");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("已被他人修改");
    expect(await conflict.textContent()).toContain("第一个标签页的名称");
    expect((await nodeProps(EDITED)).nameEn).toBe("Browser-edited node");
    await screenshot(second, "curation-conflict");

    // Overwrite: the second tab's values win, now knowingly.
    await conflict.locator('[data-action="conflict-overwrite"]').click();
    await poll(async () => (await nodeProps(EDITED)).nameEn).toBe("Second tab's English name");
    await first.close();
    await second.close();
  });
});
