// The one locator module is bundled by the client, so it must stay pure; its span arithmetic counts code points.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvidence, parseLocator, spanProblem, splitAtSpan } from "../../../graph-seed/src/model/locator.ts";
import { repoRoot } from "./_paths.ts";

describe("locator", () => {
  it("reads evidence in the own-document and the full form as the same locator", () => {
    const own = parseEvidence("s1.p2.3@4-9", "rural-revitalization-2018");
    expect(own).toEqual({ doc: "rural-revitalization-2018", sentence: "s1.p2.3", start: 4, end: 9 });
    expect(parseEvidence("rural-revitalization-2018#s1.p2.3@4-9", "other")).toEqual(own);
    expect(parseLocator("rural-revitalization-2018#s1.p2.3@4-9")).toEqual(own);
    expect(parseEvidence("Not_Kebab#s1@1-2", "x")).toBeNull();
    expect(parseLocator("doc#s1@5-5")).toBeNull();
  });

  it("cuts a sentence around its span in code points, not UTF-16 units", () => {
    // 𠀀 is one code point and two UTF-16 units: a String.slice cut would split it.
    expect(splitAtSpan("a𠀀韧性b", 1, 4)).toEqual({ before: "a", span: "𠀀韧性", after: "b" });
    expect(spanProblem(1, 4, 5)).toBeNull();
    expect(spanProblem(3, 6, 5)).toMatch(/outside/);
    expect(spanProblem(2, 2, 5)).toMatch(/outside/);
  });

  it("imports nothing from node, so the client can bundle it", () => {
    for (const f of ["locator.ts", "ids.ts"]) {
      const text = readFileSync(path.join(repoRoot, "graph-seed", "src", "model", f), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect(
        imports.every((i) => i!.startsWith("./")),
        `${f} imports ${imports.join(", ")}`,
      ).toBe(true);
    }
  });
});
