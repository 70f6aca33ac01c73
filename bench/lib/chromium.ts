// Headless Chromium (the system's /usr/bin/chromium through playwright-core, fresh profile, no network
// beyond loopback) showing a page that loads a bench bundle built with esbuild from bench/browser/.
import { createServer, type Server } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../tests/_chromium.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VIEWPORT = { width: 1280, height: 800 };
const ARGS = ["--headless", ...CHROMIUM_ARGS];

export interface BenchBrowser {
  page: Page;
  renderer: string;
  version: string;
  /** Another page of the same bundle in the same browser (a fresh JS heap for each measured variant). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface BenchPageOptions {
  /** Extra loopback routes (path → body), e.g. a graph as JSON fetched by the page outside the timings. */
  routes?: Record<string, string | Buffer>;
  /** Headed under Xvfb with Mesa's llvmpipe (--use-gl=angle --use-angle=gl) instead of headless SwiftShader. */
  headed?: boolean;
}

/** Bundles bench/browser/<entry>.ts, serves it on 127.0.0.1 and opens it in a fresh Chromium profile. */
export async function openBenchPage(entry: string, opts: BenchPageOptions = {}): Promise<BenchBrowser> {
  const out = await build({
    entryPoints: [path.join(HERE, "..", "browser", `${entry}.ts`)],
    bundle: true,
    format: "iife",
    write: false,
    minify: false,
    target: "chrome120",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const js = out.outputFiles[0]!.text;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}#c{width:${VIEWPORT.width}px;height:${VIEWPORT.height}px}</style></head><body><div id="c"></div><script src="/bench.js"></script></body></html>`;
  const server: Server = createServer((req, res) => {
    const extra = req.url ? opts.routes?.[req.url] : undefined;
    if (extra !== undefined) res.writeHead(200, { "content-type": "application/json" }).end(extra);
    else if (req.url === "/bench.js") res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    else res.writeHead(200, { "content-type": "text/html" }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const profile = await mkdtemp(path.join(os.tmpdir(), "rg-bench-chromium-"));
  let ctx: BrowserContext | null = null;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: !opts.headed,
      args: opts.headed
        ? [
            ...ARGS.filter((a) => a !== "--headless" && a !== "--disable-gpu"),
            "--use-gl=angle",
            "--use-angle=gl",
            "--ignore-gpu-blocklist",
          ]
        : ARGS,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const open = async (p: Page) => {
      p.setDefaultTimeout(60_000);
      await p.goto(url);
      await p.waitForFunction(() => "bench" in window);
      return p;
    };
    const c0 = ctx;
    const page = await open(ctx.pages()[0] ?? (await ctx.newPage()));
    const renderer = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl");
      const ext = gl?.getExtension("WEBGL_debug_renderer_info");
      return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : "no WebGL";
    });
    const version = ctx.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    const c = ctx;
    return {
      page,
      renderer,
      version,
      newPage: async () => open(await c0.newPage()),
      close: async () => {
        await c.close();
        server.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await ctx?.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
}

/** What crosses into the page: positions and edge endpoints as plain arrays. */
export interface PageGraph {
  x: number[];
  y: number[];
  s: number[];
  t: number[];
}
