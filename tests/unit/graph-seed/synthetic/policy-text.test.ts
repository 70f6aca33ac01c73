// The benchmark's synthetic policy documents: deterministic, of the asked length, parsed into the outline an
// official document has, and sharing entities with their neighbours in a run (so compare has pairs to find).
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../../graph-seed/src/document/parse.ts";
import { policyDocument } from "../../../../graph-seed/src/synthetic/policy-text.ts";

describe("synthetic policy documents", () => {
  it("are the same on every call and about the asked length", () => {
    expect(policyDocument(3).text).toBe(policyDocument(3).text);
    expect(policyDocument(3).text).not.toBe(policyDocument(4).text);
    for (const i of [0, 7, 19]) {
      const n = Array.from(policyDocument(i, 20_000).text).length;
      expect(n).toBeGreaterThan(19_500);
      expect(n).toBeLessThan(20_500);
    }
  });

  it("parse into a title, a date line and 一、/（一） sections with sentences", () => {
    const d = policyDocument(0);
    expect(d.id).toBe("bench-policy-01");
    const parsed = parseDocument(d.text, d.id);
    expect(parsed.metadata.title).toContain("实施意见");
    expect(parsed.sentences.some((s) => s.id === "date")).toBe(true);
    const parts = parsed.sections.filter((s) => s.parentId === null).map((s) => s.numbering);
    expect(parts).toEqual(expect.arrayContaining(["一、", "二、", "三、"]));
    expect(parsed.sections.length).toBeGreaterThan(20);
    expect(parsed.sentences.length).toBeGreaterThan(100);
  });

  it("share fields with their neighbours in a run", () => {
    // A subsection builds "<field><object>" (the verb before it varies): the entity a measure names.
    const heading = (i: number) =>
      new Set(
        (policyDocument(i).text.match(/（[一二三四五六七八九十]+）\S+/g) ?? []).map((h) =>
          h.replace(/^（\S+?）\S\S/, ""),
        ),
      );
    const a = heading(0);
    const shared = [...heading(1)].filter((h) => a.has(h));
    expect(shared.length).toBeGreaterThan(0);
  });
});
