// Files to upload, made at test time from the source documents (their text is never committed): the first part
// of the rural opinions as .txt, as a .docx written by the docx package and as a PDF printed by Chromium; a
// throwaway SOURCES_DIR holding copies of the sources, so an import never writes beside the user's files.
import { copyFile, mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../_chromium.ts";
import { renderDocx, renderPdf } from "../../browser/_render-document.ts";
import { SOURCES_DIR } from "../_harness.ts";

export const RURAL = "rural-revitalization-2018.zh.txt";

/** The first `n` paragraphs of the rural opinions (title, preamble, the first parts with their headings). */
export async function ruralParagraphs(n: number): Promise<string[]> {
  return (await readFile(path.join(SOURCES_DIR, RURAL), "utf8")).trim().split("\n").slice(0, n);
}

export async function uploadFiles(paragraphs: string[]) {
  const txt = Buffer.from(`${paragraphs.join("\n")}\n`, "utf8");
  const docx = Buffer.from(await renderDocx({ paragraphs, language: "zh" }));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pdf = Buffer.from(await renderPdf(page, { paragraphs, language: "zh" }));
    return { txt, docx, pdf };
  } finally {
    await browser.close();
  }
}

/** A fresh folder with copies of the source texts: SOURCES_DIR for a test that imports. */
export async function throwawaySources(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "rg-upload-sources-"));
  for (const f of await readdir(SOURCES_DIR))
    if (f.endsWith(".txt")) await copyFile(path.join(SOURCES_DIR, f), path.join(dir, f));
  return dir;
}
