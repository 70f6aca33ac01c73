// "Import document" in real Chromium against the real server: the editor enters the token, opens the dialog,
// chooses a small .txt made at test time (the first paragraphs of the rural opinions), sees the upload's progress
// and the import's, then the counts by type; the new document opens (chosen in the URL's `docs`, its nodes on the
// canvas). A refused file shows its error in place. The server's SOURCES_DIR is a throwaway copy (_global-setup).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REPO_ROOT } from "../../server/src/config.ts";
import { baseUrl, launch, openApp, screenshot, type Browser } from "./_browser.ts";

const ID = "browser-import-txt";
const token = () => inject("editorToken");
const SOURCES = process.env.SOURCES_DIR ?? path.resolve(REPO_ROOT, "..", "shared", "sources");

const remove = () =>
  fetch(`${baseUrl()}/api/documents/${ID}`, { method: "DELETE", headers: { authorization: `Bearer ${token()}` } });

let b: Browser;
let text: string;
beforeAll(async () => {
  const rural = await readFile(path.join(SOURCES, "rural-revitalization-2018.zh.txt"), "utf8");
  text = `${rural.trim().split("\n").slice(0, 24).join("\n")}\n`;
  await remove();
  b = await launch({ width: 1400, height: 900 });
});
afterAll(async () => {
  await b?.close();
  await remove();
});

describe("import a document from the explorer", () => {
  it("is offered in editor mode only", async () => {
    const { page, errors } = await openApp(b);
    expect(await page.locator('[data-action="import-document"]').count()).toBe(0);
    await page.click('[data-action="edit-mode"]');
    await page.fill(".token-input", token());
    await page.press(".token-input", "Enter");
    await page.locator('[data-action="import-document"]').waitFor();
    await page.click('[data-action="leave-editing"]');
    expect(await page.locator('[data-action="import-document"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("uploads a .txt with progress, shows the counts by type and opens the new document", async () => {
    const { page, errors } = await openApp(b);
    await page.click('[data-action="edit-mode"]');
    await page.fill(".token-input", token());
    await page.press(".token-input", "Enter");
    await page.click('[data-action="import-document"]');
    await page.locator("[data-import-dialog]").waitFor();
    // Every text the status line shows, in order: the progress as the user saw it.
    await page.evaluate(() => {
      const el = document.querySelector("[data-import-status]")!;
      const seen: string[] = [];
      (window as unknown as { __importSeen: string[] }).__importSeen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.setInputFiles("[data-import-file]", {
      name: "opinions.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text, "utf8"),
    });
    await page.fill("[data-import-id]", ID);
    await page.click('[data-action="start-import"]');
    await page.locator(`[data-import-summary="${ID}"]`).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __importSeen: string[] }).__importSeen);
    expect(
      seen.some((s) => /上传中 \d+%|Uploading \d+%/.test(s)),
      seen.join(" | "),
    ).toBe(true);
    const summary = await page.locator("[data-import-summary] li").allTextContents();
    expect(summary.some((s) => /措施|Measure/.test(s))).toBe(true);
    await page.locator('[data-import-summary] li[data-type="Measure"]').waitFor();
    // The new document is open: chosen in the URL, its nodes on the canvas.
    await expect.poll(() => new URL(page.url()).searchParams.get("docs")).toBe(ID);
    const graph = (await (await fetch(`${baseUrl()}/api/graph?document=${ID}`)).json()) as { nodes: { key: string }[] };
    const keys = graph.nodes.map((n) => n.key);
    expect(keys.length).toBeGreaterThan(5);
    const onCanvas = await page.evaluate((ks) => ks.filter((k) => window.__rg!.graph.hasNode(k)).length, keys);
    expect(onCanvas).toBe(keys.length);
    const docs = (await (await fetch(`${baseUrl()}/api/documents`)).json()) as {
      documents: { id: string; status: string; nodes: number }[];
    };
    const listed = docs.documents.find((d) => d.id === ID);
    expect(listed).toMatchObject({ status: "draft" });
    await screenshot(page, "import-done");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes a file dropped onto the dialog, and shows a refused file's error in place, with its message", async () => {
    const { page } = await openApp(b);
    await page.click('[data-action="edit-mode"]');
    await page.fill(".token-input", token());
    await page.press(".token-input", "Enter");
    await page.click('[data-action="import-document"]');
    // A drop as the browser delivers it: a DataTransfer holding the file, dropped on the dialog.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["an old Word file"], "plan.doc", { type: "application/msword" }));
      const dialog = document.querySelector("[data-import-dialog]")!;
      dialog.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
      dialog.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator("[data-import-file-name]").textContent()).toContain("plan.doc");
    await page.click('[data-action="start-import"]');
    const err = page.locator('[data-import-error="READ_UNKNOWN_FORMAT"]');
    await err.waitFor();
    expect(await err.textContent()).toContain(".docx");
    await page.close();
  });
});
