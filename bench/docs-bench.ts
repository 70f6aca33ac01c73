// `npm run bench -- docs`: many documents in one graph, on the product path. Twenty synthetic policy documents of
// 20,000 characters (graph-seed/src/synthetic/policy-text.ts, generated at run time) are imported one after the
// other through the product's import pipeline (read → segment → draft → load) into a throwaway Neo4j, then the
// real server (child process) answers /api/documents, /api/graph by document and compare, and Chromium opens the
// real page with all twenty documents chosen and with one. Writes bench/results/docs.json and the generated
// "Many documents" section of docs/benchmarks.md.
// Flags: --docs 20  --chars 20000  --rounds 3  --requests 20
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { commitImport, prepareImport } from "../graph-seed/src/import/index.ts";
import { policyDocument } from "../graph-seed/src/synthetic/policy-text.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_chromium.ts";
import { writeDocsSection, type DocsBenchResult } from "./docs-report.ts";
import { startBenchApp } from "./lib/app-server.ts";
import { visitApp } from "./lib/app-page.ts";
import { startBenchDb } from "./lib/database.ts";
import { httpGet } from "./lib/http-get.ts";
import { median, percentile } from "./lib/stats.ts";

export async function docsBench(argv: string[]): Promise<DocsBenchResult> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      docs: { type: "string" },
      chars: { type: "string" },
      rounds: { type: "string" },
      requests: { type: "string" },
    },
  });
  const count = Number(v.docs ?? 20);
  const chars = Number(v.chars ?? 20_000);
  const rounds = Number(v.rounds ?? 3);
  const requests = Number(v.requests ?? 20);
  const log = (l: string) => process.stdout.write(`${l}\n`);
  const loadStart = os.loadavg()[0]!.toFixed(1);
  execFileSync("npx", ["vite", "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  const sources = await mkdtemp(path.join(os.tmpdir(), "rg-bench-docs-"));
  // A small database: twenty documents of a few hundred nodes each need neither the 4g heap nor the page cache.
  const db = await startBenchDb({ log, heap: "1g", pagecache: "512m" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const imports: DocsBenchResult["imports"] = [];
    for (let i = 0; i < count; i++) {
      const doc = policyDocument(i, chars);
      const t0 = performance.now();
      const prepared = await prepareImport({
        bytes: Buffer.from(doc.text, "utf8"),
        fileName: doc.fileName,
        id: doc.id,
        sourcesDir: sources,
      });
      const t1 = performance.now();
      const res = await commitImport(prepared, db.driver, db.database);
      const t2 = performance.now();
      imports.push({
        id: doc.id,
        chars: Array.from(doc.text).length,
        nodes: res.nodes,
        edges: res.edges,
        prepareMs: Math.round(t1 - t0),
        loadMs: Math.round(t2 - t1),
      });
      log(
        `[docs] ${doc.id}: ${res.nodes} nodes, ${res.edges} edges, prepare ${(t1 - t0).toFixed(0)} ms, load ${(t2 - t1).toFixed(0)} ms`,
      );
    }
    const app = await startBenchApp(db, 30_000, path.join(REPO_ROOT, "dist", "client"), { SOURCES_DIR: sources });
    try {
      const timed = async (url: string) => {
        await httpGet(`${app.url}${url}`, 60_000); // warm: plans cached, as for a user's second view
        const ms: number[] = [];
        let bytes = 0;
        for (let r = 0; r < requests; r++) {
          const t = performance.now();
          const res = await httpGet(`${app.url}${url}`, 60_000);
          ms.push(performance.now() - t);
          if (res.status !== 200) throw new Error(`bench: ${url} answered ${res.status}`);
          bytes = res.bytes;
        }
        return { url, median: round(median(ms)), p95: round(percentile(ms, 95)), bytes };
      };
      const first = imports[0]!.id;
      const all = imports.map((d) => d.id).join(",");
      const api = [
        await timed("/api/documents"),
        await timed(`/api/graph?format=columns&limit=20000&document=${first}`),
        await timed(`/api/graph?format=columns&limit=20000&document=${all}`),
        await timed("/api/graph?format=columns&limit=20000"),
        await timed(`/api/documents/${first}/compare/${imports[1]!.id}`),
        await timed(`/api/search?q=${encodeURIComponent("数字经济")}&document=${first}`),
        await timed(`/api/matrix?document=${first}`),
      ];
      for (const a of api) log(`[docs] ${a.url}: median ${a.median} ms, p95 ${a.p95} ms, ${a.bytes} bytes`);
      const page: DocsBenchResult["page"] = [];
      for (const [label, query] of [
        ["all documents", "?docs=all"],
        ["one document", `?docs=${first}`],
      ] as const) {
        for (let r = 0; r < rounds; r++) {
          const s = await visitApp(browser, `${app.url}/${query}`, { deadlineMs: 300_000 });
          log(
            `[docs] page ${label} round ${r}: first frame ${s.firstFrameMs.toFixed(0)} ms, interactive ${s.interactiveMs.toFixed(0)} ms, longest task ${s.longestTaskMs.toFixed(0)} ms, ${s.nodesShown} nodes, pan ${s.panFps.toFixed(1)} fps, drag ${s.dragFps.toFixed(1)} fps${s.error ? `, ERROR ${s.error}` : ""}`,
          );
          page.push({
            view: label,
            firstFrameMs: round(s.firstFrameMs),
            interactiveMs: round(s.interactiveMs),
            longestTaskMs: round(s.longestTaskMs),
            nodesShown: s.nodesShown,
            panFps: round(s.panFps),
            dragFps: round(s.dragFps),
            error: s.error,
          });
        }
      }
      const result: DocsBenchResult = {
        command: `npm run bench -- docs ${argv.join(" ")}`.trim(),
        date: new Date().toISOString().slice(0, 10),
        machine: {
          cpu: os.cpus()[0]?.model ?? "?",
          nproc: os.cpus().length,
          memGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          chromium: browser.version(),
          loadavg: `${loadStart} → ${os.loadavg()[0]!.toFixed(1)}`,
        },
        imports,
        api,
        page,
      };
      const file = path.join(REPO_ROOT, "bench", "results", "docs.json");
      await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
      await writeDocsSection(result);
      log(`[docs] wrote ${path.relative(REPO_ROOT, file)} and the "Many documents" section of docs/benchmarks.md`);
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await browser.close().catch(() => {});
    await db.close();
    await rm(sources, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
