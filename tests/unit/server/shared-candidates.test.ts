// Shared-entity candidates are deterministic and explain themselves; a path crossing documents names each hop's.
import { describe, expect, it } from "vitest";
import type { CompareEntity } from "../../../server/src/compare/compare-repository.ts";
import { normalizeName, sharedCandidates } from "../../../server/src/compare/shared-candidates.ts";
import { narrate } from "../../../server/src/paths/narrative.ts";

const e = (id: string, type: string, name: string, nameEn = "", aliases: string[] = []): CompareEntity => ({
  id,
  type,
  name,
  nameEn,
  aliases,
  document: id.split(":")[0]!,
  alsoIn: [],
});

describe("shared-entity candidates", () => {
  it("normalizes width, case, spaces and punctuation", () => {
    expect(normalizeName(" Ｒ＆Ｄ 投入。")).toBe(normalizeName("r&d投入"));
  });

  it("scores same names, aliases, English names and keyword overlap, strongest first", () => {
    const a = [
      e("a:1", "Problem", "产业链韧性不足"),
      e("a:2", "Concept", "新质生产力", "new quality productive forces"),
      e("a:3", "Measure", "农村人居环境整治"),
      e("a:4", "Concept", "完全无关"),
    ];
    const b = [
      e("b:1", "Problem", "产业链 韧性不足"),
      e("b:2", "Concept", "先进生产力", "New quality productive forces"),
      e("b:3", "Measure", "人居环境整治", "", ["农村人居环境整治行动"]),
      e("b:4", "Concept", "农村人居环境整治", "", []),
    ];
    const c = sharedCandidates(a, b);
    const pair = (x: string, y: string) => c.find((p) => p.a.id === x && p.b.id === y);
    expect(pair("a:1", "b:1")).toMatchObject({ score: 1, reasons: ["same-name"] });
    expect(pair("a:2", "b:2")?.reasons).toContain("same-english-name");
    expect(pair("a:3", "b:4")?.score).toBe(1); // same name, though of another type
    expect(pair("a:3", "b:3")?.reasons).toContain("keywords");
    expect(c.some((p) => p.a.id === "a:4")).toBe(false);
    expect(c.map((p) => p.score)).toEqual([...c.map((p) => p.score)].sort((x, y) => y - x));
    expect(sharedCandidates(a, b)).toEqual(c);
  });

  it("names each hop's document only when a path crosses documents", () => {
    const step = (document: string) => ({
      type: "SOLVES" as const,
      fromZh: "甲",
      toZh: "乙",
      fromEn: "A",
      toEn: "B",
      forward: true,
      inferred: false,
      quote: null,
      document,
    });
    expect(narrate([step("d1"), step("d1")]).en).not.toContain("(in d1)");
    const crossing = narrate([step("d1"), step("d2")]);
    expect(crossing.en).toContain("(in d1)");
    expect(crossing.en).toContain("(in d2)");
    expect(crossing.zh).toContain("《d2》");
  });
});
