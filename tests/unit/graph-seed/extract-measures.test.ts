// measure-heading and measure-clause on synthetic plans.
import { describe, expect, it } from "vitest";
import { measureClause } from "../../../graph-seed/src/extract/rules/measure-clause.ts";
import { measureHeading } from "../../../graph-seed/src/extract/rules/measure-heading.ts";
import { runRules, spanText } from "./_extract.ts";

const PLAN = [
  "关于推动某市海洋经济提质的实施方案",
  "一、发展成效回顾",
  "（一）港口吞吐量持续增长",
  "海港建设取得明显成效。",
  "二、重点任务",
  "（一）壮大海洋装备产业，培育链条。推进船舶配套企业集聚。围绕深远海养殖，加快建设试验平台；完善标准。",
  "第一，依托沿海园区，持续实施海工装备攻关。建立首台套保险补偿机制。",
  "（二）完善海洋金融服务",
].join("\n");

describe("measure-heading", () => {
  it("takes every numbered heading under an action part, by its first clause, and none under a review part", () => {
    const { names, nodes, doc } = runRules(PLAN, [measureHeading]);
    expect(names("measure-heading")).toEqual(["壮大海洋装备产业", "持续实施海工装备攻关", "完善海洋金融服务"]);
    const point = nodes.find((n) => n.name === "持续实施海工装备攻关")!;
    expect(spanText(doc, point)).toBe("持续实施海工装备攻关");
    expect(point.props.level).toBe("point");
    for (const n of nodes) {
      expect(n.confidence).toBeGreaterThan(0.8);
      expect(n.id.startsWith("t-doc-m-")).toBe(true);
    }
  });

  it("ties a point to the heading above it with PART_OF", () => {
    const { edges, nodes } = runRules(PLAN, [measureHeading]);
    const byName = (x: string) => nodes.find((n) => n.name === x)!.id;
    expect(edges.map((e) => [e.type, e.source, e.target])).toEqual([
      ["PART_OF", byName("持续实施海工装备攻关"), byName("壮大海洋装备产业")],
    ]);
  });

  it("takes a top-level verb-led heading when nothing is numbered below it", () => {
    const { names } = runRules("某方案\n一、加强人才引进\n引进高端人才。\n二、面临的主要问题\n人才不足。", [
      measureHeading,
    ]);
    expect(names("measure-heading")).toEqual(["加强人才引进"]);
  });
});

describe("measure-clause", () => {
  it("takes the first verb-led clause of each sentence inside a measure, part of that measure", () => {
    const { names, edges } = runRules(PLAN, [measureHeading, measureClause]);
    expect(names("measure-clause")).toEqual(["推进船舶配套企业集聚", "加快建设试验平台", "建立首台套保险补偿机制"]);
    expect(edges.filter((e) => e.method === "part-of-structure")).toHaveLength(4);
  });

  it("reads English plans: 'We will …' and imperative clauses", () => {
    const text = [
      "A Plan for Coastal Industry",
      "I. Actions",
      "A. Port capacity",
      "We will expand berths in the northern harbour. The harbour is busy. Establish a dredging fund.",
    ].join("\n");
    const { names } = runRules(text, [measureHeading, measureClause], "en");
    expect(names("measure-heading")).toEqual(["Port capacity"]);
    expect(names("measure-clause")).toEqual([
      "We will expand berths in the northern harbour",
      "Establish a dredging fund",
    ]);
  });
});

describe("section roles", () => {
  it("tells problem, background, frame and action parts from their headings", async () => {
    const { classifyHeading } = await import("../../../graph-seed/src/extract/roles.ts");
    const cases: [string, string][] = [
      ["存在的主要问题", "problem"],
      ["发展基础", "context"],
      ["总则", "context"],
      ["总体要求", "requirements"],
      ["保障措施", "action"],
      ["夯实产业发展基础", "action"],
      ["Key challenges", "problem"],
      ["Background", "context"],
      ["Actions", "action"],
    ];
    for (const [heading, role] of cases) expect([heading, classifyHeading(heading, true)]).toEqual([heading, role]);
    expect(classifyHeading("基本原则", false)).toBe("principles");
    expect(classifyHeading("主要目标", false)).toBe("goals");
  });
});
