// solves-overlap and the cue edges (supports-cue, targets-cue) on a synthetic report.
import { beforeAll, describe, expect, it } from "vitest";
import { segmenter } from "../../../graph-seed/src/extract/segmenter.ts";
import { cueEdges } from "../../../graph-seed/src/extract/rules/cue-edges.ts";
import { measureHeading } from "../../../graph-seed/src/extract/rules/measure-heading.ts";
import { problemHeading } from "../../../graph-seed/src/extract/rules/problem-heading.ts";
import { solvesOverlap } from "../../../graph-seed/src/extract/rules/solves-overlap.ts";
import { runRules } from "./_extract.ts";

const REPORT = [
  "某市冷链物流发展研究",
  "一、存在的主要问题",
  "（一）冷链仓储设施不足",
  "（二）物流信息平台分散",
  "二、对策建议",
  "（一）加快冷链仓储设施建设",
  "以骨干冷库为依托，新建一批冷库，为农产品上行提供坚实保障。围绕生鲜电商，优化配送。",
  "（二）整合物流信息平台",
  "统一数据标准。",
].join("\n");

// jieba loads its dictionaries once per process (about a second, more on a busy machine): not part of a test.
beforeAll(() => void segmenter(), 60_000);

describe("solves-overlap", () => {
  it("ties each measure to the problem that shares its words, with evidence from both", () => {
    const r = runRules(REPORT, [measureHeading, problemHeading, solvesOverlap]);
    const name = (id: string) => r.nodes.find((n) => n.id === id)!.name;
    const solves = r.edges.filter((e) => e.type === "SOLVES").map((e) => [name(e.source), name(e.target)]);
    expect(solves).toEqual([
      ["加快冷链仓储设施建设", "冷链仓储设施不足"],
      ["整合物流信息平台", "物流信息平台分散"],
    ]);
    for (const e of r.edges) {
      expect(e.evidence).toHaveLength(2);
      expect(e.confidence).toBeGreaterThan(0.5);
      expect(e.why).toBeTruthy();
    }
  });
});

describe("cue edges", () => {
  it("reads 以X为依托 as X SUPPORTS the measure, 为X提供保障 as the measure SUPPORTS X, 围绕X as TARGETS", () => {
    const r = runRules(REPORT, [measureHeading, cueEdges]);
    const name = (id: string) => r.nodes.find((n) => n.id === id)!.name;
    expect(r.edges.map((e) => [e.type, name(e.source), name(e.target), e.method])).toEqual([
      ["SUPPORTS", "骨干冷库", "加快冷链仓储设施建设", "supports-cue"],
      ["SUPPORTS", "加快冷链仓储设施建设", "农产品上行", "supports-cue"],
      ["TARGETS", "加快冷链仓储设施建设", "生鲜电商", "targets-cue"],
    ]);
  });
});
