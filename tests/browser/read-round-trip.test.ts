// Round trips through real tools: the source documents (read at run time from SOURCES_DIR) and a synthetic
// English report are printed to PDF by Chromium and written to .docx, then read back by the reader. The text
// read back must keep ≥ 99% of the characters (LCS over the longer text, see tests/_text-fidelity.ts) and every
// paragraph in its order; the PDF's running head and page numbers must be gone.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../../graph-seed/src/read/index.ts";
import { characterFidelity, paragraphOrder } from "../_text-fidelity.ts";
import { launch, type Browser } from "./_browser.ts";
import { renderDocx, renderPdf, syntheticEnglish, type RenderSpec } from "./_render-document.ts";
import { sourcesDirFrom } from "../../graph-seed/src/config.ts";

const sourcesDir = sourcesDirFrom(process.env);
const sources = readdirSync(sourcesDir).filter((f) => /\.(zh|en)\.txt$/.test(f));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.ctx.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface Case {
  name: string;
  spec: () => Promise<{ spec: RenderSpec; expected: string }>;
}

const cases: Case[] = [
  ...sources.map((file) => ({
    name: file,
    spec: async () => {
      // The expected text is the source as the reader reads it as .txt: one paragraph per non-blank line.
      const expected = (await readDocument(readFileSync(path.join(sourcesDir, file)), file)).text;
      const language = file.endsWith(".en.txt") ? ("en" as const) : ("zh" as const);
      return { spec: { paragraphs: expected.split("\n"), language }, expected };
    },
  })),
  {
    name: "a synthetic English report",
    spec: async () => {
      const paragraphs = syntheticEnglish(60);
      return { spec: { paragraphs, language: "en" as const }, expected: paragraphs.join("\n") };
    },
  },
  {
    name: "a synthetic English report set justified with indented paragraphs",
    spec: async () => {
      const paragraphs = syntheticEnglish(60, 11);
      return {
        spec: { paragraphs, language: "en" as const, layout: "indented" as const },
        expected: paragraphs.join("\n"),
      };
    },
  },
];

function check(label: string, expected: string, actual: string) {
  const fidelity = characterFidelity(expected, actual);
  const order = paragraphOrder(expected, actual);
  process.stdout.write(
    `[round-trip] ${label}: ${(fidelity * 100).toFixed(2)}% of characters, ${order.inOrder}/${order.paragraphs} paragraphs in order, ${actual.split("\n").length} read\n`,
  );
  expect(fidelity).toBeGreaterThanOrEqual(0.99);
  expect(order.missing).toEqual([]);
  // Paragraphs kept apart: a page break may legitimately rejoin a paragraph the original split, but no more
  // than 2% of them may be merged or split.
  const paragraphs = order.paragraphs;
  expect(Math.abs(actual.split("\n").length - paragraphs)).toBeLessThanOrEqual(Math.ceil(0.02 * paragraphs));
}

describe("the reader's round trip through real tools", () => {
  it("has the source documents to render", () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });

  for (const c of cases) {
    it(`reads ${c.name} back from a PDF printed by Chromium`, { timeout: 60_000 }, async () => {
      const { spec, expected } = await c.spec();
      const pdf = await renderPdf(page, spec);
      const read = await readDocument(pdf, "printed.pdf");
      expect(read.pages).toBeGreaterThan(1);
      expect(read.language).toBe(spec.language);
      check(`${c.name} via PDF (${read.pages} pages)`, expected, read.text);
      // The running head (the title cut short) and the page numbers were on every page: none is left.
      expect(read.text).not.toMatch(spec.language === "zh" ? /第 ?\d+ ?页/ : /Page \d+ of \d+/);
      const head = Array.from(spec.paragraphs[0]!).slice(0, 30).join("");
      const count = (text: string) => text.split("\n").filter((l) => l === head).length;
      expect(count(read.text)).toBe(count(expected));
      expect(read.warnings.join(" ")).toMatch(/running head/);
    });

    it(`reads ${c.name} back from a .docx`, { timeout: 60_000 }, async () => {
      const { spec, expected } = await c.spec();
      const read = await readDocument(await renderDocx(spec), "written.docx");
      expect(read.language).toBe(spec.language);
      check(`${c.name} via docx`, expected, read.text);
    });
  }
});
