// The project keeps locators into source documents, never their text. This scans every tracked file for
// runs of characters shared with any source document. Entity names are quoted as the paper gives them
// (the longest, a measure heading, is 22 characters), so a shared run of 24 or more means copied text.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/src/config.ts";
import { sourcesDirFrom } from "../../graph-seed/src/config.ts";

const RUN = 24;
const sourcesDir = sourcesDirFrom(process.env);

function sharedRuns(text: string, windows: Set<string>): string[] {
  const chars = Array.from(text);
  const hits: string[] = [];
  for (let i = 0; i + RUN <= chars.length; i++) {
    const w = chars.slice(i, i + RUN).join("");
    if (windows.has(w)) {
      hits.push(w);
      i += RUN - 1;
    }
  }
  return hits;
}

describe("the repository holds no source text", () => {
  const sources = readdirSync(sourcesDir).filter((f) => f.endsWith(".txt"));
  const windows = new Set<string>();
  for (const f of sources) {
    const chars = Array.from(readFileSync(path.join(sourcesDir, f), "utf8"));
    for (let i = 0; i + RUN <= chars.length; i++) {
      const w = chars.slice(i, i + RUN).join("");
      if (!/\s/.test(w)) windows.add(w);
    }
  }
  const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.endsWith(".png") && !f.endsWith("package-lock.json"));

  it("has source documents to compare with", () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(windows.size).toBeGreaterThan(1000);
  });

  it(`shares no run of ${RUN} characters with any source document`, () => {
    const offenders = tracked.flatMap((f) => {
      let text: string;
      try {
        text = readFileSync(path.join(REPO_ROOT, f), "utf8");
      } catch {
        return [];
      }
      return sharedRuns(text, windows).map((w) => `${f}: ${w}`);
    });
    expect(offenders).toEqual([]);
  });

  it("would catch a copied sentence", () => {
    const [first] = windows;
    expect(sharedRuns(`prefix ${first} suffix`, windows)).toHaveLength(1);
  });
});
