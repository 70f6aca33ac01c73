import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { narrate } from "../../../server/src/paths/narrative.ts";
import { buildLuceneQuery, escapeLucene, singleCjkChars } from "../../../server/src/search/lucene-query.ts";
import { rankExactFirst, toHit } from "../../../server/src/search/search-service.ts";
import { chainWeight, toTie } from "../../../server/src/ties/ties-service.ts";

describe("the Lucene query builder", () => {
  it("makes CJK runs phrases and English words exact, prefix and fuzzy clauses", () => {
    const q = buildLuceneQuery("韧性 resil")!;
    expect(q).toContain('"韧性"');
    expect(q).toContain("resil*");
    expect(q).toContain("resil~1");
  });

  it("gives numbers no typo clause (2020 is not 2021) but keeps their prefix", () => {
    const q = buildLuceneQuery("2020")!;
    expect(q).not.toContain("~");
    expect(q).toContain("2020*");
    expect(buildLuceneQuery("resilience 2020")).toContain("resilience~1");
  });

  it("ranks an entity named exactly as the query first and keeps the rest in order", () => {
    const hit = (id: string, name: string, nameEn = "") => ({
      ...toHit({ node: { id, type: "Concept", name, nameEn }, score: 1 }, name, "fulltext"),
    });
    const ranked = rankExactFirst(
      [hit("a", "国际科技创新中心"), hit("b", "科技创新体系"), hit("c", "科技创新"), hit("d", "x", "S&T Innovation")],
      "科技创新",
    );
    expect(ranked.map((h) => h.id)).toEqual(["c", "a", "b", "d"]);
    expect(rankExactFirst([hit("a", "甲"), hit("d", "乙", "S&T Innovation")], " s&t innovation ")[0]!.id).toBe("d");
  });

  it("finds lone CJK characters, which the bigram index cannot match", () => {
    expect(singleCjkChars("链")).toEqual(["链"]);
    expect(singleCjkChars("产业 链 x")).toEqual(["链"]);
    expect(singleCjkChars("产业链")).toEqual([]);
  });

  it("never lets user syntax through: every special character is escaped (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeLucene(s);
        // After removing escaped pairs, no special character is left bare.
        return !/[+\-!(){}[\]^"~*?:\\/&|]/.test(out.replace(/\\[\s\S]/g, ""));
      }),
    );
    expect(buildLuceneQuery("*:*")).toBeNull();
    expect(buildLuceneQuery("AND OR")).not.toMatch(/\bAND\b|\bOR\b/);
  });

  it("highlights the match inside the fragment", () => {
    const hit = toHit(
      { node: { id: "x", type: "Concept", name: "产业链韧性", nameEn: "Industrial chain resilience" }, score: 1 },
      "韧性",
      "fulltext",
    );
    expect(hit.fragment.slice(hit.highlight!.start, hit.highlight!.end)).toBe("韧性");
    const en = toHit(
      { node: { id: "x", type: "Concept", name: "产业链韧性", nameEn: "Industrial chain resilience" }, score: 1 },
      "RESIL",
      "fulltext",
    );
    expect(en.field).toBe("nameEn");
    expect(en.fragment.slice(en.highlight!.start, en.highlight!.end).toLowerCase()).toBe("resil");
  });
});

describe("path narratives", () => {
  it("reads each hop in walking order, passive against the arrow, citing [n] and quotes", () => {
    const { zh, en } = narrate([
      {
        type: "SUPPORTS",
        fromZh: "科技创新",
        toZh: "创新链",
        fromEn: "Innovation",
        toEn: "Innovation chain",
        forward: true,
        inferred: false,
        quote: "支撑",
      },
      {
        type: "PART_OF",
        fromZh: "创新链",
        toZh: "产业链韧性",
        fromEn: "Innovation chain",
        toEn: "Chain resilience",
        forward: false,
        inferred: true,
        quote: null,
      },
    ]);
    expect(zh).toContain("科技创新支撑创新链[1]");
    expect(zh).toContain("创新链包含产业链韧性[2]（推断）");
    expect(en).toContain("Innovation supports Innovation chain [1]");
    expect(en).toContain("Innovation chain includes Chain resilience [2] (inferred)");
    expect(en).toMatch(/in 2 steps\.$/);
  });
});

describe("measure–problem ties", () => {
  const n = (id: string, type: string) => ({ id, type, name: id, nameEn: id });
  const r = (id: string, type: string, source: string, target: string, inferred = false) => ({
    id,
    type,
    source,
    target,
    inferred,
    evidence: ["d#s1@0-1"],
  });

  it("names a chain by its first indirection and says whether it is stated", () => {
    expect(toTie({ nodes: [n("m", "Measure"), n("p", "Problem")], rels: [r("e1", "SOLVES", "m", "p")] })).toMatchObject(
      { kind: "direct", stated: true },
    );
    const sub = toTie({
      nodes: [n("m", "Measure"), n("s", "Measure"), n("p", "Problem")],
      rels: [r("e1", "PART_OF", "s", "m"), r("e2", "SOLVES", "s", "p", true)],
    });
    expect(sub).toMatchObject({ kind: "sub-measure", stated: false, inferredEdgeIds: ["e2"] });
    expect(
      toTie({
        nodes: [n("m", "Measure"), n("q", "Problem"), n("p", "Problem")],
        rels: [r("e1", "SOLVES", "m", "q"), r("e2", "PART_OF", "q", "p")],
      }).kind,
    ).toBe("sub-problem");
    expect(
      toTie({
        nodes: [n("m", "Measure"), n("q", "Problem"), n("p", "Problem")],
        rels: [r("e1", "SOLVES", "m", "q"), r("e2", "CAUSES", "q", "p")],
      }).kind,
    ).toBe("cause");
    expect(
      toTie({
        nodes: [n("m", "Measure"), n("x", "Platform"), n("p", "Problem")],
        rels: [r("e1", "INVOLVES", "m", "x"), r("e2", "SOLVES", "x", "p")],
      }).kind,
    ).toBe("platform");
  });

  it("weighs a stated direct tie 1 and longer or inferred chains less", () => {
    expect(chainWeight({ edgeIds: ["a"], stated: true })).toBe(1);
    expect(chainWeight({ edgeIds: ["a", "b"], stated: true })).toBeLessThan(1);
    expect(chainWeight({ edgeIds: ["a"], stated: false })).toBeLessThan(chainWeight({ edgeIds: ["a"], stated: true }));
  });
});
