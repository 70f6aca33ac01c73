// Graph edits in the explorer, in real Chromium against the real server: a span selected in the reader becomes a
// node (its locator resolves to exactly the selected text) and evidence of the selected node; connect by search
// with that span, retype and reverse the edge; undo and redo by keyboard; merge with its preview; delete with what
// goes along shown first; a node's history; batch accept by rule as one change that one Ctrl+Z takes back.
// Everything is made through the write API or the UI on nodes of the test's own, and removed after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launch, screenshot, type Browser } from "./_browser.ts";
import { DOC, api, editorPage, poll } from "./_curation.ts";

interface NodeJson {
  properties: Record<string, unknown>;
  evidence: { locator: string; span?: string }[];
}
const node = async (id: string) => api<NodeJson>("GET", `/nodes/${id}`);
const evidenceOf = async (id: string) => (await node(id)).json.evidence.map((e) => e.locator);

// Nodes of the test's own: A and B to connect, DUP to merge into A, DRAFT1/2 of one rule for the batch.
const A = "browser-graph-a";
const B = "browser-graph-b";
const DUP = "browser-graph-dup";
const DRAFTS = ["browser-graph-draft-1", "browser-graph-draft-2"];
const SPLIT = "browser-graph-split";
const SPLIT_T = "browser-graph-split-target";
const made: string[] = [];

let b: Browser;
let evidence: string[];
let pick: { sentence: string; start: number; end: number; text: string };
let pick2: { sentence: string; start: number; end: number; text: string };

async function create(id: string, name: string, extra: Record<string, unknown> = {}) {
  const res = await api("POST", "/nodes", {
    document: DOC,
    id,
    type: "Concept",
    name,
    nameEn: id,
    summaryZh: "测试用节点",
    summaryEn: "A node of the browser test",
    evidence,
    ...extra,
  });
  expect(res.status).toBe(201);
  made.push(id);
}

async function inspect(page: Page, id: string): Promise<void> {
  await page.evaluate((n) => window.__rg!.app.reveal(n).then(() => window.__rg!.app.selectNode(n, true)), id);
  await page.locator(`[data-curate="${id}"]`).waitFor();
  await page.locator(".inspector .reader .reader-body").waitFor();
}

/** Selects code points [start, end) of a sentence in the inspector's reader, as a mouse drag would. */
async function selectSpan(page: Page, p: { sentence: string; start: number; end: number }): Promise<void> {
  await page.evaluate(({ sentence, start, end }) => {
    const el = document.querySelector(`.inspector .reader [data-sentence="${sentence}"]`)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const at = (cp: number): [Node, number] => {
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const cps = Array.from(n.textContent ?? "");
        if (seen + cps.length >= cp) return [n, cps.slice(0, cp - seen).join("").length];
        seen += cps.length;
      }
      throw new Error("selectSpan: offset beyond the sentence");
    };
    const range = document.createRange();
    range.setStart(...at(start));
    walker.currentNode = el;
    range.setEnd(...at(end));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, p);
}

/** Types into a search box inside `scope` and picks the hit with this id. */
async function pickBySearch(page: Page, scope: string, query: string, id: string): Promise<void> {
  await page.fill(`${scope} .search-input`, query);
  const hit = page.locator(`${scope} .suggestion[data-id="${id}"]`);
  await hit.waitFor();
  await hit.click();
}

beforeAll(async () => {
  b = await launch();
  const exported = (await api<{ nodes: { evidence: string[] }[] }>("GET", `/documents/${DOC}/export`)).json;
  evidence = exported.nodes[0]!.evidence.slice(0, 1);
  // Two spans of body sentences the seed's first evidence does not cite, without white space in them.
  const doc = (await api<{ sentences: { id: string; text: string; role: string }[] }>("GET", `/documents/${DOC}`)).json;
  const cited = evidence[0]!.split("@")[0];
  const spans = doc.sentences
    .filter((s) => s.role === "body" && s.id !== cited && Array.from(s.text).length > 20)
    .map((s) => ({ sentence: s.id, start: 3, end: 9, text: Array.from(s.text).slice(3, 9).join("") }))
    .filter((s) => !/\s/.test(s.text));
  [pick, pick2] = [spans[0]!, spans[5]!];
  await create(A, "浏览器甲节点");
  await create(B, "浏览器乙节点");
  await create(DUP, "浏览器甲重复", { aliases: ["甲的别名"] });
  // A node with two locators and a relation, to split.
  const two = exported.nodes.find((n) => n.evidence.length >= 2)!.evidence.slice(0, 2);
  await create(SPLIT, "浏览器拆分源", { evidence: two });
  await create(SPLIT_T, "浏览器拆分目标");
  expect(
    (await api("POST", "/edges", { type: "SUPPORTS", source: SPLIT, target: SPLIT_T, evidence: two })).status,
  ).toBe(201);
  for (const [i, id] of DRAFTS.entries())
    await create(id, `浏览器批量草稿${i + 1}`, { status: "draft", confidence: 0.5, method: "browser-batch-rule" });
});

afterAll(async () => {
  // Whatever is left of the test's nodes leaves the graph (their edges with them).
  for (const id of made) {
    const cur = await node(id);
    if (cur.status !== 200 || cur.json.properties.id !== id) continue;
    await api("DELETE", `/nodes/${id}`, { expectedVersion: cur.json.properties.version ?? 1 });
  }
  await b?.close();
});

describe("curation › the reader", () => {
  it("turns a selected span into a node evidenced by exactly that span, then adds a span as evidence", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, A);
    await selectSpan(page, pick);
    const bar = page.locator(".inspector [data-span-bar]");
    await bar.locator(".span-quote mark").waitFor();
    expect(await bar.locator(".span-quote mark").textContent()).toBe(pick.text);
    const locator = `${DOC}#${pick.sentence}@${pick.start}-${pick.end}`;
    expect(await bar.locator(".locator").textContent()).toBe(locator);

    await bar.locator('[data-action="span-create"]').click();
    const form = bar.locator("[data-span-create]");
    expect(await form.locator('[name="name"]').inputValue()).toBe(pick.text);
    await form.locator('[name="type"]').selectOption("Measure");
    await form.locator('[name="nameEn"]').fill("Browser span node");
    await screenshot(page, "curation-span-node");
    await form.locator('[data-action="span-create-submit"]').click();
    // The new node is selected in the inspector; the server resolved its evidence to the selected text.
    await page.locator('[data-curate="browser-span-node"]').waitFor();
    made.push("browser-span-node");
    const created = (await node("browser-span-node")).json;
    expect(created.properties).toMatchObject({ type: "Measure", name: pick.text, nameEn: "Browser span node" });
    expect(created.evidence).toEqual([expect.objectContaining({ locator, span: pick.text })]);
    await poll(() => page.evaluate(() => window.__rg!.graph.hasNode("browser-span-node"))).toBe(true);

    // Add as evidence: another span, to the selected node.
    await page.locator(".inspector .reader .reader-body").waitFor();
    await selectSpan(page, pick2);
    const loc2 = `${DOC}#${pick2.sentence}@${pick2.start}-${pick2.end}`;
    await poll(() => bar.locator(".locator").textContent()).toBe(loc2);
    await bar.locator('[data-action="span-evidence"]').click();
    await poll(() => evidenceOf("browser-span-node")).toEqual([locator, loc2]);

    // Ctrl+Z undoes that write through the audit trail, Ctrl+Y redoes it.
    await page.locator(".inspector .node-name").click();
    await page.keyboard.press("Control+z");
    await poll(() => evidenceOf("browser-span-node")).toEqual([locator]);
    await page.keyboard.press("Control+y");
    await poll(() => evidenceOf("browser-span-node")).toEqual([locator, loc2]);
    await page.keyboard.press("Control+z");
    await poll(() => evidenceOf("browser-span-node")).toEqual([locator]);
    await page.keyboard.press("Control+Shift+z");
    await poll(() => evidenceOf("browser-span-node")).toEqual([locator, loc2]);

    // The node's history lists the writes, newest first.
    await page.evaluate(() => window.__rg!.app.clearSelection());
    await inspect(page, "browser-span-node");
    const history = page.locator('[data-history="browser-span-node"] .history-item');
    await poll(() => history.count()).toBe(6);
    expect(await history.evaluateAll((els) => els.map((e) => e.getAttribute("data-op")))).toEqual([
      "undo",
      "undo",
      "undo",
      "undo",
      "node.update",
      "node.create",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("curation › edges, merge and delete", () => {
  it("connects two nodes by search with a span as evidence, then retypes and reverses the edge", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, A);
    await selectSpan(page, pick);
    const connect = page.locator(`[data-connect="${A}"]`);
    await poll(() => connect.locator(".connect-span").textContent()).toBe(pick.text);
    await connect.locator('[name="relation"]').selectOption("SUPPORTS");
    await pickBySearch(page, `[data-connect="${A}"]`, "浏览器乙节点", B);
    expect(await connect.locator("[data-connect-target]").textContent()).toBe("浏览器乙节点");
    await connect.locator('[data-action="connect"]').click();
    const id = `${A}--SUPPORTS--${B}`;
    await poll(async () => (await api("GET", `/edges/${id}`)).status).toBe(200);
    const edge = (await api<{ properties: { evidence: string[] } }>("GET", `/edges/${id}`)).json;
    expect(edge.properties.evidence).toEqual([`${DOC}#${pick.sentence}@${pick.start}-${pick.end}`]);
    // The new edge is drawn and selected.
    await page.locator(`[data-curate-edge="${id}"]`).waitFor();
    await poll(() => page.evaluate((e) => window.__rg!.graph.hasEdge(e), id)).toBe(true);

    await page.locator('[name="edge-type"]').selectOption("TARGETS");
    await page.locator('[data-action="edge-retype"]').click();
    const retyped = `${A}--TARGETS--${B}`;
    await page.locator(`[data-curate-edge="${retyped}"]`).waitFor();
    expect((await api("GET", `/edges/${id}`)).status).toBe(404);
    await page.locator('[data-action="edge-reverse"]').click();
    const reversed = `${B}--TARGETS--${A}`;
    await page.locator(`[data-curate-edge="${reversed}"]`).waitFor();
    expect((await api("GET", `/edges/${reversed}`)).status).toBe(200);
    await poll(() => page.evaluate((e) => window.__rg!.graph.hasEdge(e), retyped)).toBe(false);
    await poll(() => page.evaluate((e) => window.__rg!.graph.hasEdge(e), reversed)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("merges a duplicate after showing what the kept node will hold; the merged id answers the kept node", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, DUP);
    await pickBySearch(page, `[data-merge="${DUP}"]`, "浏览器甲节点", A);
    const preview = page.locator("[data-merge-preview]");
    await preview.locator("[data-merge-aliases]").waitFor();
    expect(await preview.locator("[data-merge-aliases]").textContent()).toBe("浏览器甲重复，甲的别名");
    // Nothing is written by the preview.
    expect((await node(DUP)).json.properties.id).toBe(DUP);
    await screenshot(page, "curation-merge-preview");
    await preview.locator('[data-action="merge-confirm"]').click();
    await poll(async () => (await node(DUP)).json.properties.id).toBe(A);
    expect((await node(A)).json.properties.aliases).toEqual(["浏览器甲重复", "甲的别名"]);
    await page.locator(`[data-curate="${A}"]`).waitFor();
    await poll(() => page.evaluate((n) => window.__rg!.graph.hasNode(n), DUP)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows what a delete takes along before deleting, and deletes only when confirmed", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, B);
    await page.locator('[data-action="delete-preview"]').click();
    const preview = page.locator("[data-delete-preview]");
    await preview.locator(".delete-edges li").first().waitFor();
    expect(await preview.locator(".delete-edges li").allTextContents()).toEqual([
      "浏览器乙节点 —TARGETS→ 浏览器甲节点",
    ]);
    expect((await node(B)).status).toBe(200);
    await preview.locator('[data-action="delete-confirm"]').click();
    await poll(async () => (await node(B)).status).toBe(404);
    expect((await api("GET", `/edges/${B}--TARGETS--${A}`)).status).toBe(404);
    await poll(() => page.evaluate((n) => window.__rg!.graph.hasNode(n), B)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("curation › split", () => {
  it("splits off a new node with the ticked evidence and relation, and one Ctrl+Z joins them again", async () => {
    const { page, errors } = await editorPage(b);
    await inspect(page, SPLIT);
    const before = await evidenceOf(SPLIT);
    const form = page.locator(`[data-split="${SPLIT}"]`);
    await form.locator('[data-action="split-open"]').click();
    await form.locator('[name="split-edge"]').first().waitFor();
    await form.locator('[name="split-id"]').fill("browser-graph-split-part");
    made.push("browser-graph-split-part");
    await form.locator('[name="split-name"]').fill("浏览器拆出");
    await form.locator(`[name="split-evidence"][value="${before[1]}"]`).check();
    await form.locator(`[name="split-edge"][value="${SPLIT}--SUPPORTS--${SPLIT_T}"]`).check();
    await form.locator('[data-action="split-confirm"]').click();
    await page.locator('[data-curate="browser-graph-split-part"]').waitFor();
    expect(await evidenceOf("browser-graph-split-part")).toEqual([before[1]]);
    expect(await evidenceOf(SPLIT)).toEqual([before[0]]);
    expect((await api("GET", `/edges/browser-graph-split-part--SUPPORTS--${SPLIT_T}`)).status).toBe(200);
    expect((await api("GET", `/edges/${SPLIT}--SUPPORTS--${SPLIT_T}`)).status).toBe(404);

    await page.locator(".inspector .node-name").click();
    await page.keyboard.press("Control+z");
    await poll(async () => (await node("browser-graph-split-part")).status).toBe(404);
    expect(await evidenceOf(SPLIT)).toEqual(before);
    expect((await api("GET", `/edges/${SPLIT}--SUPPORTS--${SPLIT_T}`)).status).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("curation › drag to connect", () => {
  it("Shift-drag from one node onto another picks the target, and the connect is made with the picked span", async () => {
    const { page, errors } = await editorPage(b);
    // Two nodes alone on the canvas, placed apart: where the mouse goes is where they are drawn.
    const [from, to] = await page.evaluate(
      async ([a, z]) => {
        const app = window.__rg!.app;
        await app.reveal(a!);
        app.isolate(a!);
        await app.reveal(z!);
        app.stopForceLayout();
        const sigma = app.renderer.sigma;
        const g = window.__rg!.graph;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        while (sigma.getCamera().isAnimated()) await frame(); // isolate fits the camera, animated
        sigma.setCustomBBox(sigma.getBBox()); // so placing the two nodes does not re-frame them
        const box = sigma.getContainer().getBoundingClientRect();
        const place = (n: string, fx: number) => {
          const p = sigma.viewportToGraph({ x: box.width * fx, y: box.height * 0.5 });
          g.mergeNodeAttributes(n, { x: p.x, y: p.y });
        };
        place(a!, 0.3);
        place(z!, 0.7);
        sigma.refresh();
        await frame();
        await frame();
        return [a!, z!].map((n) => {
          const p = sigma.graphToViewport({ x: g.getNodeAttribute(n, "x"), y: g.getNodeAttribute(n, "y") });
          return { x: box.left + p.x, y: box.top + p.y };
        });
      },
      [SPLIT, SPLIT_T],
    );
    await page.keyboard.down("Shift");
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    const connect = page.locator(`[data-connect="${SPLIT}"]`);
    await poll(() => connect.locator("[data-connect-target]").textContent()).toBe("浏览器拆分目标");

    await page.locator(".inspector .reader .reader-body").waitFor();
    await selectSpan(page, pick);
    await poll(() => connect.locator(".connect-span").textContent()).toBe(pick.text);
    await connect.locator('[name="relation"]').selectOption("PART_OF");
    await connect.locator('[data-action="connect"]').click();
    await poll(async () => (await api("GET", `/edges/${SPLIT}--PART_OF--${SPLIT_T}`)).status).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("curation › batch accept", () => {
  it("accepts a rule's drafts in one change, which one Ctrl+Z takes back, progress included", async () => {
    const { page, errors } = await editorPage(b);
    await page.click('.rail-btn[data-tab="review"]');
    const items = page.locator(".review-item");
    await poll(() => items.count()).toBe(2);
    const progress = page.locator("[data-progress]");
    const before = (await progress.textContent())!;
    await page.locator(".review-rule").selectOption("browser-batch-rule");
    await page.click('[data-action="accept-rule"]');
    await poll(() => progress.getAttribute("data-status")).toBe("curated");
    const trail = await api<{ changes: { op: string; after: { nodes: { id: string }[] } }[] }>(
      "GET",
      `/changes?document=${DOC}&limit=1`,
    );
    expect(trail.json.changes[0]!.op).toBe("review.batch");
    expect(trail.json.changes[0]!.after.nodes.map((n) => n.id)).toEqual(DRAFTS);

    await page.locator(".review-panel").focus();
    await page.keyboard.press("Control+z");
    await poll(() => items.count()).toBe(2);
    await poll(() => progress.textContent()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
