// The knowledge model shared by the seed files, the loader, the API and the client.
// Unions come from `as const` arrays so the runtime allow-lists and the types cannot drift.

/** Node types, stored as Neo4j labels (every node also carries the label `Entity`). */
export const NODE_TYPES = [
  "Concept",
  "Measure",
  "Platform",
  "Enterprise",
  "Problem",
  "Indicator",
  "Institution",
  "Technology",
  "Achievement",
  "Industry",
  "Programme",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The Chinese name of each node type, for legends and generated names. */
export const NODE_TYPE_ZH: Record<NodeType, string> = {
  Concept: "概念",
  Measure: "措施",
  Platform: "平台",
  Enterprise: "企业",
  Problem: "问题",
  Indicator: "指标",
  Institution: "机构",
  Technology: "技术",
  Achievement: "成果",
  Industry: "产业",
  Programme: "计划",
};

/** Relationship types. Direction always reads as a sentence: (source) -[TYPE]-> (target). */
export const REL_TYPES = [
  "SUPPORTS", // a concept, platform, enterprise, institution or measure strengthens another node
  "SOLVES", // a measure solves or mitigates a problem
  "PART_OF", // a sub-measure of a path, a shortfall of a problem, a member of a whole (三城一区)
  "CAUSES", // a shortfall or condition leads to a risk or another problem
  "MEASURES", // an indicator quantifies a node (a figure the paper gives)
  "PRODUCES", // an institution, platform or enterprise yields an achievement or a standard
  "TARGETS", // a measure acts on a technology, industry or link of the chain
  "INVOLVES", // a measure relies on an actor (enterprise kind, institution, platform)
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** The label every knowledge node carries, under a uniqueness constraint on `id`. */
export const ENTITY_LABEL = "Entity";
/** The label of the per-document seed marker, written last by the loader. */
export const SEED_MARKER_LABEL = "SeedLoad";

// Locators (the pointers into source documents) and their grammar live in locator.ts; re-exported here for the
// many modules that import the model from one place.
export { formatLocator, parseLocator, type Locator } from "./locator.ts";
