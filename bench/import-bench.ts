// `npm run bench -- import [--pages 300] [--no-pdf]`: an upload through POST /api/documents, timed from the
// request to the draft in the database, against the real app (createApp) over a throwaway Neo4j and a throwaway
// copy of SOURCES_DIR. Two cases of issue 13: a 20,000-character text (goal < 5 s; the first upload of a process
// also loads jieba's dictionaries, so it is reported apart), and a long PDF — the rural opinions repeated to
// ~300 A4 pages, printed by Chromium — whose 202 is followed by polling the status (its phase and page count).
// The database first gets the curated seed, as `npm start` loads it: its schema (constraints, indexes) is then in
// place, as it is for a real upload.
// Results go to bench/results/import.json and the "Importing" section of docs/benchmarks.md.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { pino } from "pino";
import { loadConfig, REPO_ROOT } from "../server/src/config.ts";
import { createApp } from "../server/src/http/create-app.ts";
import { seedAll } from "../graph-seed/src/load/index.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_chromium.ts";
import { renderPdf } from "../tests/browser/_render-document.ts";
import { writeImportSection, type ImportBenchResult, type Upload } from "./import-report.ts";
import { startBenchDb } from "./lib/database.ts";

const TOKEN = "bench-editor-token-0123456789abcdef";

export async function runImportBench(argv: string[]): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: { pages: { type: "string" }, "no-pdf": { type: "boolean" } },
  });
  const targetPages = Number(v.pages ?? 300);
  const userSources = process.env.SOURCES_DIR ?? path.resolve(REPO_ROOT, "..", "shared", "sources");
  const rural = (await readFile(path.join(userSources, "rural-revitalization-2018.zh.txt"), "utf8"))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const sources = await mkdtemp(path.join(os.tmpdir(), "rg-import-bench-sources-"));
  for (const f of await readdir(userSources))
    if (f.endsWith(".txt")) await copyFile(path.join(userSources, f), path.join(sources, f));

  const db = await startBenchDb({ log: (l) => console.log(l) });
  await seedAll(db.driver, {
    documentsDir: path.join(REPO_ROOT, "graph-seed", "documents"),
    sourcesDir: sources,
    database: db.database,
  });
  const base = loadConfig({ ...process.env, LOG_LEVEL: "silent" });
  const app = createApp({
    config: { ...base, sourcesDir: sources, editor: { token: TOKEN, label: "bench" } },
    driver: db.driver,
    database: db.database,
    providerKind: db.target.kind,
    log: pino({ level: "silent" }),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const uploads: Upload[] = [];
  try {
    // 20,000 characters: the opinions, then their first parts again under a new heading, until the count is met.
    const text = (round: number) => {
      const out = [`${rural[0]}（第${round}稿）`, ...rural.slice(1)];
      for (let i = 1; Array.from(out.join("\n")).length < 20_000; i++) out.push(rural[i % rural.length]!);
      return `${out.join("\n")}\n`;
    };
    for (const [round, label] of [
      [1, "20,000 characters, first upload of the process (jieba's dictionaries load)"],
      [2, "20,000 characters"],
      [3, "20,000 characters"],
    ] as const) {
      const body = Buffer.from(text(round), "utf8");
      uploads.push(await upload(url, label, `text-${round}.txt`, body, Array.from(body.toString()).length, null));
    }
    if (!v["no-pdf"]) {
      const { pdf, pages, chars } = await longPdf(rural, targetPages);
      uploads.push(await upload(url, `${pages}-page PDF`, "long.pdf", Buffer.from(pdf), chars, pages));
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    await rm(sources, { recursive: true, force: true });
  }
  const result: ImportBenchResult = {
    command: `npm run bench -- import${argv.length ? ` ${argv.join(" ")}` : ""}`,
    at: new Date().toISOString(),
    node: process.version,
    nproc: os.cpus().length,
    load: os.loadavg()[0]!,
    uploads,
  };
  const dir = path.join(REPO_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "import.json"), `${JSON.stringify(result, null, 2)}\n`);
  await writeImportSection(result);
  console.log("bench/results/import.json and docs/benchmarks.md (Importing) written");
}

/** One upload: POST, then (on 202) the status polled every 250 ms until draft or failed, with its phases. */
async function upload(
  url: string,
  label: string,
  name: string,
  bytes: Buffer,
  chars: number,
  pages: number | null,
): Promise<Upload> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  const t0 = performance.now();
  const at = () => Math.round(performance.now() - t0);
  const res = await fetch(`${url}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  const answer = (await res.json()) as { id: string; status: string; counts: { nodes: number; edges: number } | null };
  if (res.status >= 300) throw new Error(`bench/import: ${name} answered ${res.status} ${JSON.stringify(answer)}`);
  const answeredMs = at();
  const progress: { ms: number; phase: string; done: number | null; total: number | null }[] = [];
  let status = answer.status;
  while (status === "importing") {
    await new Promise((r) => setTimeout(r, 250));
    const s = (await (await fetch(`${url}/documents/${answer.id}`)).json()) as {
      status: string;
      progress?: { phase: string; done: number | null; total: number | null } | null;
      error?: { code: string; message: string } | null;
    };
    status = s.status;
    const p = s.progress;
    const last = progress[progress.length - 1];
    if (p && (!last || last.phase !== p.phase || last.done !== p.done)) progress.push({ ms: at(), ...p });
    if (status === "failed") throw new Error(`bench/import: ${name} failed: ${JSON.stringify(s.error)}`);
  }
  const doneMs = at();
  const docs = (await (await fetch(`${url}/documents`)).json()) as {
    documents: { id: string; nodes: number; relationships: number }[];
  };
  const d = docs.documents.find((x) => x.id === answer.id)!;
  const u: Upload = {
    label,
    bytes: bytes.length,
    chars,
    pages,
    httpStatus: res.status,
    answeredMs,
    draftMs: doneMs,
    nodes: d.nodes,
    edges: d.relationships,
    progress,
  };
  console.log(
    `${label}: ${res.status} after ${answeredMs} ms, draft after ${doneMs} ms (${d.nodes} nodes, ${d.relationships} edges)` +
      (progress.length
        ? `; progress ${progress.map((p) => `${p.phase}${p.done !== null ? ` ${p.done}/${p.total}` : ""}@${p.ms}`).join(", ")}`
        : ""),
  );
  return u;
}

/** The opinions repeated under numbered parts and printed by Chromium until the PDF has `target` pages. */
async function longPdf(rural: string[], target: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const build = (copies: number) => [
      rural[0]!,
      ...Array.from({ length: copies }, (_, i) => [`第${i + 1}部分`, ...rural.slice(1)]).flat(),
    ];
    const pagesOf = (pdf: Uint8Array) =>
      Buffer.from(pdf)
        .toString("latin1")
        .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    const probe = pagesOf(await renderPdf(page, { paragraphs: build(1), language: "zh" }));
    let copies = Math.ceil(target / probe);
    for (;;) {
      const paragraphs = build(copies);
      const pdf = await renderPdf(page, { paragraphs, language: "zh" });
      const pages = pagesOf(pdf);
      if (pages >= target || copies > 2 * Math.ceil(target / probe)) {
        console.log(`printed ${pages} pages (${copies} copies), ${(pdf.length / 1024 / 1024).toFixed(1)} MB`);
        return { pdf, pages, chars: Array.from(paragraphs.join("\n")).length };
      }
      copies++;
    }
  } finally {
    await browser.close();
  }
}
