// The document picker and the views that follow it, on the real app: with a second (imported) document in the
// run's database, the picker lists both with their counts and status, the default is the paper alone, a choice
// lands in the URL and survives a reload, the graph, search, matrix and reader follow it, "all" rings nodes by
// document with a legend, and comparing the two draws the two-column picture of shared entities.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import { commitImport, prepareImport } from "../../graph-seed/src/import/index.ts";
import { baseUrl, launch, openApp, type Browser } from "./_browser.ts";
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

/** Each document's node count, as the API lists them. */
async function docCounts(): Promise<Record<string, number>> {
  const res = (await (await fetch(`${baseUrl()}/api/documents`)).json()) as {
    documents: { id: string; nodes: number }[];
  };
  return Object.fromEntries(res.documents.map((d) => [d.id, d.nodes]));
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
  it("lists every document with counts; the default is the paper, a choice is in the URL and survives a reload", async () => {
    const { page, errors } = await openApp(b);
    await page.click('.rail-btn[data-tab="documents"]');
    await page.locator(`.doc-item[data-doc="${DRAFT}"]`).waitFor();
    const meta = await page.locator(`.doc-item[data-doc="${CURATED}"] .doc-meta`).textContent();
    expect(meta).toMatch(/[1-9]\d* 节点 · [1-9]\d* 关系/);
    expect(await page.locator(`.doc-item[data-doc="${DRAFT}"] .doc-status`).getAttribute("data-status")).toBe("draft");
    // The default: the paper loaded first, alone, with nothing in the URL (an import does not change the view).
    expect(await page.locator(`[data-doc-check="${CURATED}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-doc-check="${DRAFT}"]`).isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get("docs")).toBeNull();
    // Ticking the draft as well: both, which is "all" when no other document is loaded.
    const loaded = await page.locator(".doc-item").count();
    await page.locator(`[data-doc-check="${DRAFT}"]`).check();
    await page.waitForFunction(
      (want) => new URL(location.href).searchParams.get("docs") === want,
      loaded === 2 ? "all" : [CURATED, DRAFT].sort().join(","),
    );
    // Unticking the paper leaves only the draft.
    await page.locator(`[data-doc-check="${CURATED}"]`).uncheck();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("docs") === id, DRAFT);
    expect(await page.evaluate(() => window.__rg!.state().view.documents)).toEqual([DRAFT]);
    // A reload rebuilds the choice from the address.
    await page.reload();
    await page.evaluate(() => window.__rg!.ready);
    await page.click('.rail-btn[data-tab="documents"]');
    await page.locator(`.doc-item[data-doc="${DRAFT}"]`).waitFor();
    expect(await page.locator(`[data-doc-check="${DRAFT}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-doc-check="${CURATED}"]`).isChecked()).toBe(false);
    // "All documents" is one click.
    await page.click('[data-action="all-documents"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get("docs") === "all");
    expect(await page.locator(`[data-doc-check="${CURATED}"]`).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the graph, search and matrix follow the choice; the reader follows the evidence's document", async () => {
    const counts = await docCounts();
    const { page, errors } = await openApp(b);
    const onCanvas = () =>
      page.evaluate(() => {
        const out: Record<string, number> = {};
        window.__rg!.graph.forEachNode((_id, a) => {
          const d = String(a.document ?? "");
          out[d] = (out[d] ?? 0) + 1;
        });
        return out;
      });
    // The default view: the paper alone, as before a second document existed.
    expect(await onCanvas()).toEqual({ [CURATED]: counts[CURATED] });
    await page.evaluate((id) => window.__rg!.app.setDocuments([id]), DRAFT);
    expect(await onCanvas()).toEqual({ [DRAFT]: counts[DRAFT] });
    // Search asks for the chosen document only, and the facet names the other one where it matches too.
    await page.fill(".topbar .search-input", "创新");
    await page.locator(".topbar .suggestion[data-id]").first().waitFor();
    const hitDocs = await page.$$eval(".topbar .suggestion[data-id]", (els) =>
      els.map((e) => (e as HTMLElement).dataset.id ?? ""),
    );
    expect(hitDocs.length).toBeGreaterThan(0);
    for (const id of hitDocs) expect(id.startsWith(DRAFT)).toBe(true);
    await page.locator(`.topbar [data-facet-doc="${CURATED}"]`).waitFor();
    await page.fill(".topbar .search-input", "");
    // The matrix: the draft's measures and problems only.
    const matrixRows = async (doc: string) =>
      ((await (await fetch(`${baseUrl()}/api/matrix?document=${doc}`)).json()) as { rows: unknown[] }).rows.length;
    await page.click('.rail-btn[data-tab="matrix"]');
    await page.locator(".heatmap th.row").first().waitFor();
    expect(await page.locator(".heatmap th.row").count()).toBe(await matrixRows(DRAFT));
    // The reader opens the document a node's evidence comes from.
    const node = await page.evaluate(() => window.__rg!.graph.nodes()[0]!);
    await page.evaluate((id) => window.__rg!.app.selectNode(id, true), node);
    await page.locator(".evidence-item").first().click();
    await page.waitForFunction(
      (doc) => document.querySelector<HTMLElement>(".reader")?.dataset.document === doc,
      DRAFT,
    );
    // Back to the paper: the matrix on screen follows.
    await page.evaluate((id) => window.__rg!.app.setDocuments([id]), CURATED);
    await expect.poll(() => page.locator(".heatmap th.row").count()).toBe(await matrixRows(CURATED));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in 'all' rings each node in its document's colour, with a legend of the documents", async () => {
    const counts = await docCounts();
    const { page, errors } = await openApp(b, "?docs=all");
    // Every loaded document (the run's database may hold more than these two).
    const loaded = (await (await fetch(`${baseUrl()}/api/documents`)).json()) as {
      documents: { id: string; loaded: boolean }[];
    };
    const ids = loaded.documents.filter((d) => d.loaded).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([CURATED, DRAFT]));
    expect(await page.evaluate(() => window.__rg!.graph.order)).toBe(ids.reduce((n, id) => n + counts[id]!, 0));
    const legend = page.locator("[data-document-legend] .legend-doc");
    await legend.first().waitFor();
    expect(await legend.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc).sort())).toEqual(
      [...ids].sort(),
    );
    const colors = await legend.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.color));
    expect(new Set(colors).size).toBe(ids.length);
    // Every node on screen is ringed; a picture of it shows both colours.
    await page.waitForFunction(() => window.__rg!.app.renderer.rings.drawn > 0);
    const ringed = await page.evaluate(() => window.__rg!.app.renderer.rings.drawn);
    expect(ringed).toBeGreaterThan(counts[CURATED]! / 2);
    const pixels = await page.evaluate((cs) => {
      const c = document.querySelector<HTMLCanvasElement>("canvas.sigma-documentRings")!;
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      const hex = (i: number) => "#" + [d[i], d[i + 1], d[i + 2]].map((v) => v!.toString(16).padStart(2, "0")).join("");
      const seen = new Set<string>();
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] === 255 && cs.includes(hex(i))) seen.add(hex(i));
      return [...seen].sort();
    }, colors as string[]);
    expect(pixels).toEqual([...(colors as string[])].sort());
    // One document on view: no rings, no legend.
    await page.evaluate((id) => window.__rg!.app.setDocuments([id]), CURATED);
    await page.waitForFunction(() => window.__rg!.app.renderer.rings.drawn === 0);
    expect(await page.locator("[data-document-legend]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the review queue lists shared-entity candidates against the other document", async () => {
    const { page, errors } = await openApp(b);
    await page.click('.rail-btn[data-tab="review"]');
    await page.locator(`select.review-doc option[value="${DRAFT}"]`).waitFor({ state: "attached" });
    await page.selectOption("select.review-doc", DRAFT);
    await page.locator(`[data-shared-entities][data-doc="${DRAFT}"]`).waitFor({ state: "attached" });
    const pair = page.locator("[data-shared-entities] .shared-pair").first();
    await pair.waitFor();
    // The candidates of the draft against every other loaded document, strongest first; each pair puts the node of
    // the document loaded first on the left (kept on confirmation).
    const listed = (await (await fetch(`${baseUrl()}/api/documents`)).json()) as {
      documents: { id: string; loaded: boolean }[];
    };
    const others = listed.documents.filter((d) => d.loaded && d.id !== DRAFT).map((d) => d.id);
    const open: { a: { id: string }; b: { id: string }; score: number }[] = [];
    for (const o of others) {
      for (const [a, z] of [
        [o, DRAFT],
        [DRAFT, o],
      ] as const) {
        const res = await fetch(`${baseUrl()}/api/documents/${a}/compare/${z}`);
        if (!res.ok) continue;
        const cmp = (await res.json()) as {
          shared: { a: { id: string }; b: { id: string }; score: number; confirmed: boolean }[];
        };
        open.push(...cmp.shared.filter((s) => !s.confirmed));
        break;
      }
    }
    expect(open.length).toBeGreaterThan(0);
    expect(await page.locator("[data-shared-entities] .shared-pair").count()).toBe(Math.min(40, open.length));
    const top = Math.max(...open.map((s) => s.score));
    expect(Number(await pair.getAttribute("data-score"))).toBe(top);
    // Outside editor mode there is nothing to confirm with.
    expect(await page.locator('[data-action="confirm-shared"]').count()).toBe(0);
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
