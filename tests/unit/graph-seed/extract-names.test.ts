// programme-named, organisation, principle and concept-keywords on synthetic texts.
import { beforeAll, describe, expect, it } from "vitest";
import { segmenter } from "../../../graph-seed/src/extract/segmenter.ts";
import { conceptKeywords } from "../../../graph-seed/src/extract/rules/concept-keywords.ts";
import { organisation } from "../../../graph-seed/src/extract/rules/organisation.ts";
import { principle } from "../../../graph-seed/src/extract/rules/principle.ts";
import { programmeNamed } from "../../../graph-seed/src/extract/rules/programme-named.ts";
import { runRules } from "./_extract.ts";

// jieba loads its dictionaries once per process (about a second, more on a busy machine): not part of a test.
beforeAll(() => void segmenter(), 60_000);

describe("programme-named", () => {
  it("names programmes after the verbs that launch them, splits lists and skips places and verb phrases", () => {
    const text = [
      "某方案",
      "深入实施县域商业体系建设工程，继续实施“百校千企”、青年创业扶持计划，逐步扩大试点，建设示范区，部署若干重大工程。",
      "依据《某省数据条例》执行。",
    ].join("\n");
    const r = runRules(text, [programmeNamed]);
    expect(r.names("programme-named").sort()).toEqual(
      ["“百校千企”", "《某省数据条例》", "县域商业体系建设工程", "青年创业扶持计划"].sort(),
    );
    expect(r.nodes.find((n) => n.name.startsWith("《"))!.props.kind).toBe("document");
  });
});

describe("organisation", () => {
  it("types names by suffix: enterprises, institutions, platforms", () => {
    const r = runRules("某报告\n支持东海重工集团联合滨江大学，依托临港科创中心开展研发，不要把干部与局部算进来。", [
      organisation,
    ]);
    const byType = Object.fromEntries(r.nodes.map((n) => [n.name, n.type]));
    expect(byType).toEqual({ 东海重工集团: "Enterprise", 滨江大学: "Institution", 临港科创中心: "Platform" });
  });
});

describe("principle", () => {
  it("takes the first clause of each paragraph under a principles heading", () => {
    const text =
      "某意见\n一、总体要求\n（一）基本原则\n——坚持生态优先。保护好山水。\n——坚持改革创新，破除障碍。\n二、任务\n——坚持别的。";
    expect(runRules(text, [principle]).names("principle")).toEqual(["坚持生态优先", "坚持改革创新"]);
  });
});

describe("concept-keywords", () => {
  it("makes concepts of the keywords line and the title's content words, evidenced where they occur", () => {
    const text =
      "数字经济赋能县域振兴研究\n摘要：本文讨论县域。\n关键词：数字经济 县域振兴\n数字经济改变了县域产业。县域振兴需要人才。";
    const r = runRules(text, [conceptKeywords]);
    const names = r.names("concept-keywords");
    expect(names).toEqual(expect.arrayContaining(["数字经济", "县域振兴"]));
    const de = r.nodes.find((n) => n.name === "数字经济")!;
    expect(de.evidence.map((e) => e.sentence)).toEqual(["keywords", "s0.p1.1", "title"]);
    expect(names).not.toContain("研究");
  });
});
