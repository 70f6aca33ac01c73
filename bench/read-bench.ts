// Reading a long PDF (issue 13: a 300-page PDF to text in < 60 s, with progress). Prints a ~300-page A4 PDF with
// Chromium (the rural revitalization source repeated, read at run time from SOURCES_DIR; or the synthetic
// English report with --lang en), then times readDocument on it, page by page, and checks the text read back
// against the text printed (LCS share of characters, paragraphs in order).
// Usage: npx tsx bench/read-bench.ts [--pages 300] [--lang zh|en] [--rounds 1]
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { readDocument } from "../graph-seed/src/read/index.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_chromium.ts";
import { characterFidelity, paragraphOrder } from "../tests/_text-fidelity.ts";
import { renderPdf, syntheticEnglish } from "../tests/browser/_render-document.ts";
import { sourcesDirFrom } from "../graph-seed/src/config.ts";

const { values: v } = parseArgs({
  options: { pages: { type: "string" }, lang: { type: "string" }, rounds: { type: "string" } },
});
const targetPages = Number(v.pages ?? 300);
const language = v.lang === "en" ? "en" : "zh";
const rounds = Number(v.rounds ?? 1);
const sourcesDir = sourcesDirFrom(process.env);

// One unit of text and about how many A4 pages it fills (measured once, then repeated to reach the target).
const unit =
  language === "zh"
    ? readFileSync(path.join(sourcesDir, "rural-revitalization-2018.zh.txt"), "utf8")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : syntheticEnglish(120);
const build = (copies: number) => [
  unit[0]!,
  ...Array.from({ length: copies }, (_, i) => [`Part ${i + 1}`, ...unit.slice(1)]).flat(),
];

/** Page objects in a PDF Chromium wrote (uncompressed object dictionaries). */
const pageCount = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString("latin1")
    .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

const profile = await mkdtemp(path.join(os.tmpdir(), "rg-read-bench-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await ctx.newPage();
  const probe = await readDocument(await renderPdf(page, { paragraphs: build(1), language }), "probe.pdf");
  let copies = Math.ceil(targetPages / probe.pages!);
  let paragraphs: string[];
  let pdf: Uint8Array;
  let printMs: number;
  let t: number;
  // Repeated parts fill a little less than the probe (one title for all): add copies until the target is met.
  for (;;) {
    paragraphs = build(copies);
    t = performance.now();
    pdf = await renderPdf(page, { paragraphs, language });
    printMs = performance.now() - t;
    if (pageCount(pdf) >= targetPages || copies >= 2 * Math.ceil(targetPages / probe.pages!)) break;
    copies++;
  }
  console.log(
    `printed ${copies} copies of a ${probe.pages}-page text with Chromium in ${(printMs / 1000).toFixed(1)} s: ${(pdf.length / 1024 / 1024).toFixed(1)} MB`,
  );
  for (let r = 1; r <= rounds; r++) {
    const marks: string[] = [];
    t = performance.now();
    const read = await readDocument(pdf, "long.pdf", {
      onProgress: (p) => {
        if (p.done % 50 === 0 || p.done === p.total)
          marks.push(`${p.done}/${p.total} at ${((performance.now() - t) / 1000).toFixed(1)} s`);
      },
    });
    const ms = performance.now() - t;
    const expected = paragraphs.join("\n");
    const fidelity = characterFidelity(expected, read.text);
    const order = paragraphOrder(expected, read.text);
    console.log(`round ${r}: progress ${marks.join(", ")}`);
    if (order.missing.length)
      console.log(`round ${r}: first paragraphs not found in order: ${JSON.stringify(order.missing)}`);
    console.log(
      `round ${r}: ${read.pages} pages, ${Array.from(read.text).length} characters to text in ${(ms / 1000).toFixed(1)} s ` +
        `(${(read.pages! / (ms / 1000)).toFixed(1)} pages/s); ${(fidelity * 100).toFixed(2)}% of characters, ` +
        `${order.inOrder}/${order.paragraphs} paragraphs in order; rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
    );
  }
} finally {
  await ctx.close();
  await rm(profile, { recursive: true, force: true });
}
