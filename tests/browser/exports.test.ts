// The export menu beside GEXF and JSON: a PNG with the canvas's labels, a title and a legend; an SVG of the
// same picture; nodes.csv and edges.csv; GraphML. Each is read back and checked against the canvas graph.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, type Browser } from "./_browser.ts";

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

async function exported(page: Page, choice: string, files = 1): Promise<Download[]> {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) =>
    page.on("download", (d) => {
      downloads.push(d);
      if (downloads.length === files) resolve();
    }),
  );
  await page.selectOption('[data-action="export"]', choice);
  await all;
  return downloads;
}

const settle = (page: Page) => page.waitForFunction(() => !window.__rg!.app.renderer.sigma.getCamera().isAnimated());

/** Width, height and the count of pixels that are not white in a band of rows, decoded in the page. */
const inkIn = (page: Page, png: Buffer, rows: [number, number]) =>
  page.evaluate(
    async ({ b64, rows }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const [from, to] = [Math.round(rows[0] * img.height), Math.round(rows[1] * img.height)];
      const d = ctx.getImageData(0, from, c.width, to - from).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) ink++;
      return { width: img.width, height: img.height, ink };
    },
    { b64: png.toString("base64"), rows },
  );

describe("exports › pictures", () => {
  it("the PNG carries a title, the canvas's labels and a legend", async () => {
    const { page } = await openApp(b);
    await settle(page);
    const view = await page.evaluate(() => window.__rg!.app.renderer.sigma.getDimensions());
    const [png] = await exported(page, "png");
    const withLabels = await readFile((await png!.path())!);
    const whole = await inkIn(page, withLabels, [0, 1]);
    // Title above and legend below the view, at twice the view's pixels.
    expect(whole.width).toBe(view.width * 2);
    expect(whole.height).toBeGreaterThan(view.height * 2 + 48 * 2);
    const title = await inkIn(page, withLabels, [0, (48 * 2) / whole.height]);
    expect(title.ink).toBeGreaterThan(500);
    const legendTop = (48 + view.height) / (whole.height / 2);
    expect((await inkIn(page, withLabels, [legendTop, 1])).ink).toBeGreaterThan(500);
    // The same view with its labels switched off has markedly less ink in the graph's band: labels are in.
    await page.evaluate(() => {
      const s = window.__rg!.app.renderer.sigma;
      s.setSetting("renderLabels", false);
      s.refresh();
    });
    const [bare] = await exported(page, "png");
    const band: [number, number] = [(48 * 2) / whole.height, legendTop];
    const labelled = (await inkIn(page, withLabels, band)).ink;
    const unlabelled = (await inkIn(page, await readFile((await bare!.path())!), band)).ink;
    expect(labelled - unlabelled).toBeGreaterThan(2000);
    await page.close();
  });

  it("the SVG holds every drawn node and edge, the placed labels, the title and the legend", async () => {
    const { page } = await openApp(b, "?lang=en");
    await settle(page);
    const [svg] = await exported(page, "svg");
    const text = await readFile((await svg!.path())!, "utf8");
    const seen = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, "image/svg+xml");
      const { app, graph } = window.__rg!;
      const s = app.renderer.sigma;
      return {
        parsed: !doc.querySelector("parsererror"),
        nodes: doc.querySelectorAll("circle.node").length,
        drawnNodes: graph.filterNodes((id) => !s.getNodeDisplayData(id)!.hidden).length,
        edges: doc.querySelectorAll("line.edge").length,
        drawnEdges: graph.size,
        labels: [...doc.querySelectorAll("text.label")].map((e) => e.textContent).sort(),
        placed: [...app.renderer.labels.drawn].sort(),
        title: doc.querySelector("text.title")?.textContent ?? "",
        legendTypes: doc.querySelectorAll('.legend-entry[data-kind="node"]').length,
        types: new Set(graph.mapNodes((_id, a) => a.nodeType)).size,
      };
    }, text);
    expect(seen.parsed).toBe(true);
    expect(seen.nodes).toBe(seen.drawnNodes);
    expect(seen.edges).toBe(seen.drawnEdges);
    expect(seen.labels.length).toBeGreaterThan(5);
    expect(seen.labels).toEqual(seen.placed);
    expect(seen.title).toContain("Resilience Graph");
    expect(seen.legendTypes).toBe(seen.types);
    await page.close();
  });
});

describe("exports › tables and GraphML", () => {
  it("nodes.csv and edges.csv hold one row per node and edge of the canvas", async () => {
    const { page } = await openApp(b);
    const downloads = await exported(page, "csv", 2);
    const files = Object.fromEntries(
      await Promise.all(downloads.map(async (d) => [d.suggestedFilename(), await readFile((await d.path())!, "utf8")])),
    );
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    // Parsed in the page by a strict RFC 4180 reader: quoted fields may hold commas and line breaks.
    const rows = await page.evaluate((f) => {
      const parse = (s: string) => {
        const out: string[][] = [];
        let row: string[] = [];
        let cell = "";
        let quoted = false;
        for (let i = 0; i < s.length; i++) {
          const c = s[i]!;
          if (quoted) {
            if (c === '"' && s[i + 1] === '"') {
              cell += '"';
              i++;
            } else if (c === '"') quoted = false;
            else cell += c;
          } else if (c === '"') quoted = true;
          else if (c === ",") {
            row.push(cell);
            cell = "";
          } else if (c === "\r" && s[i + 1] === "\n") {
            row.push(cell);
            out.push(row);
            row = [];
            cell = "";
            i++;
          } else cell += c;
        }
        return out;
      };
      const nodes = parse(f["nodes.csv"]!.replace(/^\uFEFF/, ""));
      const edges = parse(f["edges.csv"]!.replace(/^\uFEFF/, ""));
      const g = window.__rg!.graph;
      const id = nodes[0]!.indexOf("id");
      const name = nodes[0]!.indexOf("name");
      return {
        nodeRows: nodes.length - 1,
        edgeRows: edges.length - 1,
        order: g.order,
        size: g.size,
        widths: [new Set(nodes.map((r) => r.length)).size, new Set(edges.map((r) => r.length)).size],
        namesMatch: nodes.slice(1).every((r) => g.getNodeAttribute(r[id]!, "name") === r[name]),
        edgeHeader: edges[0]!.slice(0, 3),
      };
    }, files);
    expect(rows.nodeRows).toBe(rows.order);
    expect(rows.edgeRows).toBe(rows.size);
    expect(rows.widths).toEqual([1, 1]);
    expect(rows.namesMatch).toBe(true);
    expect(rows.edgeHeader).toEqual(["id", "source", "target"]);
    await page.close();
  });

  it("GraphML parses back to the canvas's nodes, edges and names", async () => {
    const { page } = await openApp(b);
    const [file] = await exported(page, "graphml");
    const text = await readFile((await file!.path())!, "utf8");
    const seen = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, "application/xml");
      const g = window.__rg!.graph;
      const nameKey = doc.querySelector('key[for="node"][attr\\.name="name"]')?.getAttribute("id");
      const nodes = [...doc.querySelectorAll("graph > node")];
      return {
        parsed: !doc.querySelector("parsererror"),
        nodes: nodes.length,
        edges: doc.querySelectorAll("graph > edge").length,
        order: g.order,
        size: g.size,
        namesMatch: nodes.every(
          (n) =>
            n.querySelector(`data[key="${nameKey}"]`)?.textContent ===
            g.getNodeAttribute(n.getAttribute("id")!, "name"),
        ),
        endsKnown: [...doc.querySelectorAll("graph > edge")].every(
          (e) => g.hasNode(e.getAttribute("source")!) && g.hasNode(e.getAttribute("target")!),
        ),
      };
    }, text);
    expect(seen).toEqual({
      parsed: true,
      nodes: seen.order,
      edges: seen.size,
      order: seen.order,
      size: seen.size,
      namesMatch: true,
      endsKnown: true,
    });
    expect(seen.nodes).toBeGreaterThan(50);
    await page.close();
  });
});
