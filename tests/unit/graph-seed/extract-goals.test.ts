// goal-dated, indicator-quantity and the quantity parser on synthetic texts.
import { describe, expect, it } from "vitest";
import { quantities, yearIn } from "../../../graph-seed/src/extract/quantity.ts";
import { goalDated } from "../../../graph-seed/src/extract/rules/goal-dated.ts";
import { indicatorQuantity } from "../../../graph-seed/src/extract/rules/indicator-quantity.ts";
import { runRules } from "./_extract.ts";

describe("goal-dated", () => {
  it("takes a dated sentence and the sentences after it in its paragraph, with year and target figure", () => {
    const text =
      "某规划\n到2027年，全域旅游格局基本形成，游客满意度提高到90%。民宿品质明显提升。\n到2035年，建成旅游强省。\n截至2023年底，已有景区12个。";
    const r = runRules(text, [goalDated]);
    const goals = r.nodes.filter((n) => n.method === "goal-dated");
    expect(goals.map((g) => [g.name, g.props.year, g.props.value, g.props.unit])).toEqual([
      ["全域旅游格局基本形成", 2027, 90, "%"],
      ["民宿品质明显提升", 2027, null, null],
      ["建成旅游强省", 2035, null, null],
    ]);
    expect(goals.every((g) => g.type === "Indicator" && g.props.kind === "goal")).toBe(true);
    expect(r.edges.map((e) => e.type)).toEqual(["PART_OF"]);
  });

  it("reads a falling target as well as a rising one", () => {
    const r = runRules("某方案\n到2026年，单位能耗下降到0.8吨，物流费用率降低到12%。", [goalDated]);
    expect(r.nodes.map((n) => [n.props.value, n.props.unit])).toEqual([[0.8, "吨"]]);
  });

  it("reads 'By 2030,' in English", () => {
    const r = runRules("A Strategy\nBy 2030, every village will have broadband.", [goalDated], "en");
    expect(r.nodes.map((n) => n.props.year)).toEqual([2030]);
  });
});

describe("quantities", () => {
  it("scales 万 and reads bounds, but not ordinals or years", () => {
    expect(quantities("企业2.82万家，占比30%以上，第3项，2022年").map((q) => [q.value, q.unit, q.bound])).toEqual([
      [28200, "家", null],
      [30, "%", "min"],
    ]);
    expect(yearIn("截至2022年底")).toBe(2022);
    expect(yearIn("by 2030 the")).toBe(2030);
  });
});

describe("indicator-quantity", () => {
  it("names a figure from the start of its list item to its unit", () => {
    const r = runRules("某报告\n2023年，全省拥有省级孵化器86家、众创空间1.2万个，研发投入占比达到2.5%。", [
      indicatorQuantity,
    ]);
    expect(r.names("indicator-quantity")).toEqual([
      "全省拥有省级孵化器86家",
      "众创空间1.2万个",
      "研发投入占比达到2.5%",
    ]);
    expect(r.nodes.map((n) => [n.props.value, n.props.unit, n.props.year])).toEqual([
      [86, "家", 2023],
      [12000, "个", 2023],
      [2.5, "%", 2023],
    ]);
  });
});
