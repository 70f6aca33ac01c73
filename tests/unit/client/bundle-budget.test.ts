// The first load's budget (issue 16 item 1), on the production build: the JavaScript and CSS the page loads
// before anything is opened, no source maps, and the Cypher editor left to a chunk loaded on first use.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../server/src/config.ts";

const JS_BUDGET = 450 * 1024;
const CSS_BUDGET = 40 * 1024;

describe("client bundle › first load budget", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "rg-bundle-"));
  let html = "";
  const size = (rel: string) => statSync(path.join(out, rel)).size;
  const initial = (ext: "js" | "css") =>
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!).filter((f) => f.endsWith(`.${ext}`));

  beforeAll(() => {
    execFileSync(
      "npx",
      ["vite", "build", "--config", "client/vite.config.ts", "--outDir", out, "--logLevel", "error"],
      {
        cwd: REPO_ROOT,
        stdio: "pipe",
      },
    );
    html = readFileSync(path.join(out, "index.html"), "utf8");
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("loads at most 450 KB of JavaScript and 40 KB of CSS before anything is opened", () => {
    const js = initial("js");
    const css = initial("css");
    expect(js.length).toBeGreaterThan(0);
    expect(js.reduce((s, f) => s + size(f), 0)).toBeLessThanOrEqual(JS_BUDGET);
    expect(css.reduce((s, f) => s + size(f), 0)).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it("keeps the Cypher editor out of the initial JavaScript, in a chunk of its own", () => {
    const assets = readdirSync(path.join(out, "assets"));
    expect(assets.some((f) => /^cypher-editor-.*\.js$/.test(f))).toBe(true);
    expect(initial("js").some((f) => f.includes("cypher-editor"))).toBe(false);
  });

  it("ships no source maps and at most a handful of @font-face rules up front", () => {
    expect(readdirSync(path.join(out, "assets")).filter((f) => f.endsWith(".map"))).toEqual([]);
    const css = initial("css")
      .map((f) => readFileSync(path.join(out, f), "utf8"))
      .join("\n");
    expect((css.match(/@font-face/g) ?? []).length).toBeLessThanOrEqual(4);
  });
});
