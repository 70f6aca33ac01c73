// The document picker and the compare view, on the real app: with a second (imported) document in the run's
// database, the picker lists both with their counts, a choice lands in the URL and survives a reload, and
// comparing the two draws the two-column picture of shared entities.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import { commitImport, prepareImport } from "../../graph-seed/src/import/index.ts";
import { launch, openApp, type Browser } from "./_browser.ts";
import { sourcesDirFrom } from "../../graph-seed/src/config.ts";

const CURATED = "beijing-industrial-chain-resilience";
const DRAFT = "browser-docs-rural";
const SOURCES = sourcesDirFrom(process.env);

let b: Browser;
const target = inject("neo4j");
const driver = createDriver(target);
let sources = "";

async function removeDraft() {
  await driver.executeQuery(
    "MATCH (n:Entity {document: $id}) DETACH DELETE n WITH count(*) AS _ MATCH (m:SeedLoad {document: $id}) DELETE m",
    { id: DRAFT },
    { database: target.database },
  );
}

beforeAll(async () => {
  sources = await mkdtemp(path.join(os.tmpdir(), "rg-browser-docs-"));
  const prepared = await prepareImport({
    bytes: await readFile(path.join(SOURCES, "rural-revitalization-2018.zh.txt")),
    fileName: "rural.txt",
    id: DRAFT,
    sourcesDir: sources,
  });
  await commitImport(prepared, driver, target.database);
  b = await launch({ width: 1600, height: 1000 });
}, 120_000);
afterAll(async () => {
  await b?.close();
  await removeDraft();
  await driver.close();
  await rm(sources, { recursive: true, force: true });
});

describe("documents › picker, URL state, compare", () => {
  it("lists every document with counts; a choice is in the URL and survives a reload", async () => {
    const { page, errors } = await openApp(b);
    await page.click('.rail-btn[data-tab="documents"]');
    await page.locator(`.doc-item[data-doc="${DRAFT}"]`).waitFor();
    const meta = await page.locator(`.doc-item[data-doc="${CURATED}"] .doc-meta`).textContent();
    expect(meta).toMatch(/[1-9]\d* 节点 · [1-9]\d* 关系/);
    // "All" at first: both ticked, nothing in the URL.
    expect(await page.locator(`[data-doc-check="${DRAFT}"]`).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get("docs")).toBeNull();
    // Unticking every other document (the draft, and whatever else loads by default beside the seed paper)
    // leaves only the curated one chosen.
    const others = (
      await page.locator(".doc-item[data-doc]").evaluateAll((els) => els.map((e) => e.dataset.doc))
    ).filter((id): id is string => !!id && id !== CURATED);
    expect(others).toContain(DRAFT);
    for (const id of others) await page.locator(`[data-doc-check="${id}"]`).uncheck();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("docs") === id, CURATED);
    expect(await page.evaluate(() => window.__rg!.state().view.documents)).toEqual([CURATED]);
    // A reload rebuilds the choice from the address.
    await page.reload();
    await page.click('.rail-btn[data-tab="documents"]');
    await page.locator(`.doc-item[data-doc="${DRAFT}"]`).waitFor();
    expect(await page.locator(`[data-doc-check="${DRAFT}"]`).isChecked()).toBe(false);
    expect(await page.locator(`[data-doc-check="${CURATED}"]`).isChecked()).toBe(true);
    // "All documents" clears it.
    await page.click('[data-action="all-documents"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get("docs") === null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compares the two documents: shared pairs drawn between two columns", async () => {
    const { page, errors } = await openApp(b);
    await page.click('.rail-btn[data-tab="documents"]');
    await page.locator('select[data-compare="a"] option[value]').nth(1).waitFor({ state: "attached" });
    await page.selectOption('select[data-compare="a"]', CURATED);
    await page.selectOption('select[data-compare="b"]', DRAFT);
    await page.click('[data-action="compare"]');
    await page.locator(".compare-svg").waitFor();
    const shared = Number(await page.locator(".compare-counts").getAttribute("data-shared"));
    expect(shared).toBeGreaterThan(0);
    const lines = await page.locator(".compare-svg line.shared-link").count();
    expect(lines).toBe(Math.min(12, shared));
    expect(await page.locator(".compare-svg text[data-a]").count()).toBe(lines);
    expect(await page.locator(".compare-svg text[data-b]").count()).toBe(lines);
    expect(errors).toEqual([]);
    await page.close();
  });
});
