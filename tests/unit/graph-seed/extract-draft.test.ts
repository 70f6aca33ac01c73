// The whole extractor: deterministic, ids namespaced by document, every item a draft with evidence that
// resolves, and the draft passes the seed schemas — or is refused naming the defect.
import { beforeAll, describe, expect, it } from "vitest";
import { segmenter } from "../../../graph-seed/src/extract/segmenter.ts";
import { parseDocument, resolveLocator } from "../../../graph-seed/src/document/index.ts";
import { draftToSeed, extractDraft } from "../../../graph-seed/src/extract/index.ts";
import { detectLanguage } from "../../../graph-seed/src/read/index.ts";
import { SeedValidationError } from "../../../graph-seed/src/model/seed.ts";
import { nodeSchema } from "../../../graph-seed/src/seed/schema.ts";

const TEXT = [
  "关于加快某县茶产业振兴的实施意见",
  "（2024年3月1日）",
  "一、面临的问题",
  "当前，茶产业发展质量不高，主要表现在：品牌影响力不足；加工装备落后；人才短缺。",
  "二、发展目标",
  "到2028年，茶园面积达到12万亩。",
  "三、重点任务",
  "（一）打响区域公用品牌",
  "实施茶叶品牌提升行动，支持县茶业集团开拓市场。",
  "（二）升级加工装备",
  "建设茶叶加工示范园区，推广清洁化生产线。",
].join("\n");

// jieba loads its dictionaries once per process (about a second, more on a busy machine): not part of a test.
beforeAll(() => void segmenter(), 60_000);

describe("extractDraft", () => {
  const doc = parseDocument(TEXT, "tea-plan");
  const g = extractDraft(doc, "zh");

  it("gives the same graph on every run", () => {
    expect(extractDraft(parseDocument(TEXT, "tea-plan"), "zh")).toEqual(g);
  });

  it("prefixes every node id with the document id, so two documents never collide", () => {
    const other = extractDraft(parseDocument(TEXT, "tea-plan-copy"), "zh");
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(other.nodes.some((n) => ids.has(n.id))).toBe(false);
    for (const n of g.nodes) expect(n.id.startsWith("tea-plan-")).toBe(true);
  });

  it("drafts measures, problems, a goal with its figure, a programme and an enterprise, all resolving", () => {
    const types = new Set(g.nodes.map((n) => `${n.type}/${n.method}`));
    for (const t of [
      "Measure/measure-heading",
      "Problem/problem-list",
      "Indicator/goal-dated",
      "Programme/programme-named",
      "Enterprise/organisation",
    ])
      expect(types).toContain(t);
    const goal = g.nodes.find((n) => n.method === "goal-dated")!;
    expect([goal.props.year, goal.props.value, goal.props.unit]).toEqual([2028, 120000, "亩"]);
    for (const n of g.nodes) {
      expect(n.confidence).toBeGreaterThan(0);
      expect(n.confidence).toBeLessThanOrEqual(1);
      for (const l of n.evidence) expect(() => resolveLocator(doc, l)).not.toThrow();
    }
  });

  it("passes the seed schemas as drafts with status, confidence and method", () => {
    const seed = draftToSeed(g, {
      doc,
      file: "tea-plan.zh.txt",
      sha256: "a".repeat(64),
      titleEn: "Tea plan",
      language: "zh",
    });
    expect(seed.nodes).toHaveLength(g.nodes.length);
    expect(seed.edges).toHaveLength(g.edges.length);
    expect(seed.nodes.every((n) => n.status === "draft" && typeof n.method === "string")).toBe(true);
  });

  it("refuses a draft whose evidence does not resolve, naming it", () => {
    const broken = {
      ...g,
      nodes: [{ ...g.nodes[0]!, evidence: [{ doc: "tea-plan", sentence: "s9.p9.9", start: 0, end: 2 }] }],
    };
    let err: unknown = null;
    try {
      draftToSeed(broken, {
        doc,
        file: "tea-plan.zh.txt",
        sha256: "a".repeat(64),
        titleEn: "Tea plan",
        language: "zh",
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).issues[0]!.problem).toContain("s9.p9.9");
  });

  it("the schema wants confidence and method on a draft, and none of them on a curated node", () => {
    const base = {
      id: "x",
      type: "Concept",
      name: "甲",
      nameEn: "a",
      summaryZh: "甲",
      summaryEn: "a",
      evidence: ["title@0-1"],
    };
    expect(nodeSchema.safeParse(base).success).toBe(true);
    expect(nodeSchema.safeParse({ ...base, status: "draft" }).success).toBe(false);
    expect(nodeSchema.safeParse({ ...base, status: "draft", confidence: 0.5, method: "measure-heading" }).success).toBe(
      true,
    );
    expect(nodeSchema.safeParse({ ...base, status: "draft", confidence: 2, method: "x" }).success).toBe(false);
  });
});

describe("detectLanguage (the reader's, the only one)", () => {
  it("tells Chinese from English, a Chinese text quoting English names staying zh", () => {
    expect(detectLanguage("某县推进AI和IoT应用的意见").language).toBe("zh");
    expect(detectLanguage("A plan for resilient supply chains").language).toBe("en");
  });
});
