// A small typed seed, independent of the paper, for loader tests. Names are invented.
import type { SeedEdge, SeedNode, ValidatedSeed } from "../../graph-seed/src/model/seed.ts";
import type { NodeType, RelType } from "../../graph-seed/src/model/types.ts";

function node(doc: string, id: string, type: NodeType, name: string, nameEn: string): SeedNode {
  return {
    id,
    type,
    name,
    nameEn,
    summaryZh: `${name}的摘要`,
    summaryEn: `Summary of ${nameEn}`,
    aliases: [],
    evidence: [{ doc, sentence: "s1.p1.1", start: 0, end: 2 }],
    props: {},
  };
}

function edge(doc: string, source: string, type: RelType, target: string, inferred = false): SeedEdge {
  return {
    id: `${source}--${type}--${target}`,
    type,
    source,
    target,
    evidence: [{ doc, sentence: "s1.p1.1", start: 0, end: 2 }],
    inferred,
    whyZh: inferred ? "结构对应" : "",
    whyEn: inferred ? "mirrored structure" : "",
  };
}

/** `prefix` keeps ids of two fixture documents apart. */
export function fixtureSeed(doc = "fixture-doc", prefix = "fx", version = "1"): ValidatedSeed {
  const p = (s: string) => `${prefix}-${s}`;
  return {
    document: { id: doc, file: `${doc}.zh.txt`, sha256: "0".repeat(64), titleEn: "Fixture", language: "zh" },
    version,
    nodes: [
      node(doc, p("innovation"), "Concept", "测试创新", "test innovation"),
      node(doc, p("resilience"), "Concept", "测试链韧性", "test chain resilience"),
      node(doc, p("measure"), "Measure", "测试措施", "test measure"),
      node(doc, p("problem"), "Problem", "测试问题", "test problem"),
      {
        ...node(doc, p("figure"), "Indicator", "测试指标", "test figure"),
        props: { value: 42, unit: "家", year: 2022 },
      },
    ],
    edges: [
      edge(doc, p("innovation"), "SUPPORTS", p("resilience")),
      edge(doc, p("measure"), "SOLVES", p("problem"), true),
      edge(doc, p("measure"), "SUPPORTS", p("resilience")),
      edge(doc, p("figure"), "MEASURES", p("innovation")),
    ],
  };
}
