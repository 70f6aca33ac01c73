// problem-heading, problem-list, problem-clause and problem-named on synthetic texts.
import { describe, expect, it } from "vitest";
import { measureHeading } from "../../../graph-seed/src/extract/rules/measure-heading.ts";
import { problemClause } from "../../../graph-seed/src/extract/rules/problem-clause.ts";
import { problemHeading } from "../../../graph-seed/src/extract/rules/problem-heading.ts";
import { problemList } from "../../../graph-seed/src/extract/rules/problem-list.ts";
import { problemNamed } from "../../../graph-seed/src/extract/rules/problem-named.ts";
import { runRules } from "./_extract.ts";

describe("problem-heading", () => {
  it("names a problem by the words after a dash, or by its first clause", () => {
    const text =
      "某报告\n一、当前面临的困难和挑战\n（一）人才支撑的短板——高端人才不足\n正文。\n（二）资金投入偏少，结构失衡\n二、对策";
    expect(runRules(text, [problemHeading]).names("problem-heading")).toEqual(["高端人才不足", "资金投入偏少"]);
  });
});

describe("problem-list", () => {
  it("splits the list after 主要表现在 on ；, with the clause before it as the whole", () => {
    const text =
      "某意见\n当前，县域发展不平衡问题较为突出，主要表现在：物流成本偏高，冷链设施缺乏；职业教育滞后；数字服务覆盖不足。";
    const r = runRules(text, [problemList]);
    expect(r.names("problem-list")).toEqual([
      "县域发展不平衡问题较为突出",
      "物流成本偏高，冷链设施缺乏",
      "职业教育滞后",
      "数字服务覆盖不足",
    ]);
    expect(r.edges.filter((e) => e.type === "PART_OF")).toHaveLength(3);
  });

  it("splits on ，when the list has no ；", () => {
    const text = "某报告\n主要表现在：园区配套不健全，融资渠道单一，审批环节偏多。";
    expect(runRules(text, [problemList]).names("problem-list")).toEqual([
      "园区配套不健全",
      "融资渠道单一",
      "审批环节偏多",
    ]);
  });
});

describe("problem-clause", () => {
  it("takes clauses with a deficiency predicate in a problem part, not in an action part", () => {
    const text = [
      "某报告",
      "一、存在的问题",
      "（一）基础薄弱",
      "本地配套企业数量有限，研发投入强度不足，检测能力亟待提高。",
      "二、对策建议",
      "（一）补强基础",
      "应对资金不足，设立引导基金。",
    ].join("\n");
    const r = runRules(text, [problemHeading, problemClause]);
    expect(r.names("problem-clause")).toEqual(["研发投入强度不足", "检测能力亟待提高"]);
    expect(r.edges.every((e) => e.type === "PART_OF")).toBe(true);
  });

  it("reads English: lack of, insufficient", () => {
    const text =
      "A Review\nI. Challenges\nThe region faces a lack of skilled technicians, while funding is insufficient. Ports are busy.";
    expect(runRules(text, [problemClause], "en").names("problem-clause")).toEqual([
      "The region faces a lack of skilled technicians",
      "while funding is insufficient",
    ]);
  });
});

describe("problem-named", () => {
  it("takes the noun phrase a measure solves, not 问题导向 nor a bare quoted term", () => {
    const text = [
      "某方案",
      "一、重点任务",
      "（一）着力解决中小企业融资难的突出问题",
      "坚持问题导向，补齐县域物流短板，把解决好“三农”问题放在首位。",
    ].join("\n");
    const r = runRules(text, [measureHeading, problemNamed]);
    expect(r.names("problem-named")).toEqual(["中小企业融资难的突出问题", "县域物流短板"]);
  });
});

describe("problem-list, items on their own lines", () => {
  it("takes the numbered lines after a cue that ends its line", () => {
    const text =
      "某报告\n一、现状\n当前短板仍然明显，主要表现在：\n（1）园区配套不健全；\n（2）融资渠道单一；\n二、对策";
    expect(runRules(text, [problemList]).names("problem-list")).toEqual([
      "当前短板仍然明显",
      "园区配套不健全",
      "融资渠道单一",
    ]);
  });

  it("takes the next paragraphs when the list is unnumbered", () => {
    const text = "某报告\n一、现状\n具体问题是：\n审批环节偏多。\n人才流失严重。";
    expect(runRules(text, [problemList]).names("problem-list")).toEqual(["审批环节偏多", "人才流失严重"]);
  });
});
