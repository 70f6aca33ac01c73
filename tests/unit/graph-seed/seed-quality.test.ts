// Data-quality rules over the real curated seed, checked against the paper read at run time.
// The expected figures and counts below are the curator's own reading of the paper, typed as facts.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveLocator } from "../../../graph-seed/src/document/index.ts";
import type { ParsedDocument } from "../../../graph-seed/src/document/index.ts";
import { checkSeedQuality, readSeedFolders } from "../../../graph-seed/src/seed/index.ts";
import type { ValidatedSeed } from "../../../graph-seed/src/seed/index.ts";
import type { SeedEdge, SeedNode } from "../../../graph-seed/src/model/seed.ts";
import { NODE_TYPES, REL_TYPES } from "../../../graph-seed/src/model/types.ts";
import { PAPER_ID, documentsDir, sourcesDir } from "./_paths.ts";

let seed: ValidatedSeed;
let doc: ParsedDocument;
let node: (id: string) => SeedNode | undefined;
const edges = (): SeedEdge[] => seed.edges;
const has = (type: string, source: string, target: string) =>
  edges().some((e) => e.type === type && e.source === source && e.target === target);

beforeAll(async () => {
  const bundle = await readSeedFolders([path.join(documentsDir, PAPER_ID)], sourcesDir);
  seed = bundle.seeds[0]!;
  doc = bundle.documents.get(PAPER_ID)!;
  const byId = new Map(seed.nodes.map((n) => [n.id, n]));
  node = (id) => byId.get(id);
});

describe("the curated graph of the paper", () => {
  it("passes every data-quality rule (measures reach problems, problems are solved, no orphans, spans name their node)", () => {
    expect(checkSeedQuality([seed], new Map([[PAPER_ID, doc]]))).toEqual([]);
  });

  it("resolves every locator of every node and edge", () => {
    for (const item of [...seed.nodes, ...seed.edges]) {
      for (const l of item.evidence) expect(() => resolveLocator(doc, l)).not.toThrow();
    }
  });

  it("holds the four platforms of 三城一区 with their roles, each PART_OF it", () => {
    const members = {
      "zhongguancun-science-city": "聚焦",
      "huairou-science-city": "突破",
      "future-science-city": "搞活",
      "beijing-etdz": "升级",
    };
    expect(node("three-cities-one-zone")?.type).toBe("Platform");
    for (const [id, role] of Object.entries(members)) {
      expect(node(id)?.type).toBe("Platform");
      expect(node(id)?.props.role).toBe(role);
      expect(has("PART_OF", id, "three-cities-one-zone")).toBe(true);
    }
  });

  it("holds every measure of the four paths: 3, 2, 2 and 3 numbered points", () => {
    const points = seed.nodes.filter((n) => n.type === "Measure" && n.props.level === "point");
    const perPath = [1, 2, 3, 4].map((p) => points.filter((n) => n.props.pathNo === p).length);
    expect(perPath).toEqual([3, 2, 2, 3]);
    const paths = seed.nodes.filter((n) => n.type === "Measure" && n.props.level === "path");
    expect(paths.sort((a, b) => Number(a.props.pathNo) - Number(b.props.pathNo)).map((n) => n.props.path)).toEqual([
      "三(一)",
      "三(二)",
      "三(三)",
      "三(四)",
    ]);
    for (const p of points) {
      const parent = paths.find((x) => x.props.pathNo === p.props.pathNo)!;
      expect(has("PART_OF", p.id, parent.id)).toBe(true);
      // A point's evidence is its own numbered paragraph in the document.
      expect(p.evidence[0]!.sentence).toBe(`s3.${p.props.pathNo}.${p.props.point}.p1.1`);
    }
  });

  it("names the mechanisms the paper lists as sub-measures of the right point", () => {
    const expected: Record<string, string> = {
      "sm-1-3-open-competition": "m-1-3-national-tasks",
      "sm-2-1-plan-b": "m-2-1-substitution-backup",
      "sm-2-2-bamboo-forest": "m-2-2-chain-projects",
      "sm-2-2-chain-map": "m-2-2-chain-projects",
      "sm-2-2-project-pool": "m-2-2-chain-projects",
      "sm-3-1-leaders-pose-smes-answer": "m-3-1-ecosystem-leaders",
      "sm-1-2-tech-roadmap": "m-1-2-tech-industry-docking",
      "sm-4-3-warning-system": "m-4-3-security-monitoring",
      "specialised-sme-cultivation-plan": "m-3-2-specialised-smes",
    };
    for (const [sub, point] of Object.entries(expected)) expect(has("PART_OF", sub, point), sub).toBe(true);
  });

  it("holds the three problems and the eight weak links of problem 一", () => {
    const problems = seed.nodes.filter((n) => n.type === "Problem" && n.props.level === "problem");
    expect(problems.map((n) => n.props.problem).sort()).toEqual([1, 2, 3]);
    const weak = seed.nodes.filter((n) => n.props.group === "weak-link").map((n) => n.name);
    expect(weak.sort()).toEqual(
      ["关键元器件", "关键材料", "高端芯片", "工业母机", "工业软件", "基本算法", "开发平台", "核心设备"].sort(),
    );
  });

  it("keeps the causal chain from missing technology to disruption", () => {
    expect(has("CAUSES", "lack-indigenous-results", "weak-self-control")).toBe(true);
    expect(has("CAUSES", "weak-self-control", "foreign-monopoly")).toBe(true);
    expect(has("CAUSES", "foreign-monopoly", "chain-break-risk")).toBe(true);
    expect(has("CAUSES", "chain-break-risk", "chain-operation-hindered")).toBe(true);
    expect(has("CAUSES", "lack-chain-leaders", "weak-chain-command")).toBe(true);
  });

  it("ties each path to the problem it mirrors, marked inferred with reasons, and keeps stated ties stated", () => {
    const mirror = [
      ["path-1-key-core-tech", "problem-1-core-tech-missing"],
      ["path-3-enterprise-clusters", "problem-2-local-clusters-weak"],
      ["path-4-innovation-ecosystem", "problem-3-innovation-system-weak"],
      ["path-2-supply-chain-stability", "chain-break-risk"],
    ];
    for (const [s, t] of mirror) {
      const e = edges().find((x) => x.type === "SOLVES" && x.source === s && x.target === t);
      expect(e?.inferred, `${s} → ${t}`).toBe(true);
      expect(e?.whyZh.length).toBeGreaterThan(0);
      expect(e?.whyEn.length).toBeGreaterThan(0);
    }
    const stated = edges().find(
      (x) => x.type === "SOLVES" && x.source === "sm-1-2-chip-full-chain" && x.target === "weak-link-high-end-chips",
    );
    expect(stated?.inferred).toBe(false);
  });

  it("holds every figure of the paper with the right value and unit", () => {
    const figures: [string, number, string][] = [
      ["ind-high-tech-enterprises", 28200, "家"],
      ["ind-tech-smes", 15500, "家"],
      ["ind-listed-companies", 780, "家"],
      ["ind-unicorns", 102, "家"],
      ["ind-potential-unicorns", 143, "家"],
      ["ind-daily-new-tech-firms", 289, "家/天"],
      ["ind-zgc-standards", 15000, "项"],
      ["ind-international-standards", 605, "项"],
      ["ind-3c1z-economic-share", 30, "%"],
      ["ind-nature-index-rank", 1, "位次"],
      ["ind-rd-intensity-rank", 1, "位次"],
      ["ind-invention-patents-rank", 1, "位次"],
    ];
    for (const [id, value, unit] of figures) {
      expect(node(id)?.type, id).toBe("Indicator");
      expect(node(id)?.props).toMatchObject({ value, unit });
      expect(
        edges().some((e) => e.type === "MEASURES" && e.source === id),
        `${id} measures something`,
      ).toBe(true);
    }
    expect(node("ind-nature-index-rank")?.props.consecutiveYears).toBe(4);
    expect(node("ind-3c1z-economic-share")?.props.bound).toBe("min");
    expect(node("ind-high-tech-enterprises")?.props.year).toBe(2022);
    expect(seed.nodes.filter((n) => n.type === "Indicator")).toHaveLength(figures.length);
  });

  it("says that science and technology innovation supports chain resilience", () => {
    expect(has("SUPPORTS", "sci-tech-innovation", "industrial-chain-resilience")).toBe(true);
  });

  it("uses only known types and stays within the expected size", () => {
    for (const n of seed.nodes) expect(NODE_TYPES).toContain(n.type);
    for (const e of seed.edges) expect(REL_TYPES).toContain(e.type);
    expect(seed.nodes.length).toBeGreaterThanOrEqual(120);
    expect(seed.edges.length).toBeGreaterThanOrEqual(250);
  });
});

describe("checkSeedQuality", () => {
  it("reports a measure that solves nothing, an unsolved problem, an orphan and a span that does not name its node", () => {
    const broken: ValidatedSeed = structuredClone(seed);
    broken.edges = broken.edges.filter(
      (e) => !(e.type === "SOLVES" && (e.source === "m-4-3-security-monitoring" || e.source.startsWith("sm-4-3-"))),
    );
    // Cut the weak link from its solvers and from its parent, which is solved.
    broken.edges = broken.edges.filter((e) => !(e.type === "SOLVES" && e.target === "weak-link-basic-algorithms"));
    broken.edges = broken.edges.filter((e) => !(e.type === "PART_OF" && e.source === "weak-link-basic-algorithms"));
    broken.edges.push({
      ...broken.edges[0]!,
      id: "x",
      type: "CAUSES",
      source: "weak-link-basic-algorithms",
      target: "chain-break-risk",
    });
    broken.edges = broken.edges.filter((e) => e.source !== "xiaomi" && e.target !== "xiaomi");
    broken.nodes.find((n) => n.id === "boe")!.evidence = [{ doc: PAPER_ID, sentence: "title", start: 0, end: 2 }];
    const issues = checkSeedQuality([broken], new Map([[PAPER_ID, doc]]));
    const items = issues.map((i) => i.item);
    expect(items).toContain("m-4-3-security-monitoring");
    expect(issues).toContainEqual({
      item: "weak-link-basic-algorithms",
      problem: expect.stringMatching(/solved by no Measure/),
    });
    expect(items).toContain("xiaomi");
    expect(items).toContain("boe");
  });
});
