// The draft extractor: a parsed document in, a draft graph out. Pure and deterministic — no database, no network,
// no model. Rules run in order; stronger rules first, so weaker ones leave the spans they took.
import type { ParsedDocument } from "../document/index.ts";
import { createContext } from "./builder.ts";
import type { DraftGraph, Rule } from "./types.ts";
import { conceptKeywords } from "./rules/concept-keywords.ts";
import { cueEdges } from "./rules/cue-edges.ts";
import { goalDated } from "./rules/goal-dated.ts";
import { indicatorQuantity } from "./rules/indicator-quantity.ts";
import { measureClause } from "./rules/measure-clause.ts";
import { measureHeading } from "./rules/measure-heading.ts";
import { organisation } from "./rules/organisation.ts";
import { principle } from "./rules/principle.ts";
import { problemClause } from "./rules/problem-clause.ts";
import { problemHeading } from "./rules/problem-heading.ts";
import { problemList } from "./rules/problem-list.ts";
import { problemNamed } from "./rules/problem-named.ts";
import { programmeNamed } from "./rules/programme-named.ts";
import { solvesOverlap } from "./rules/solves-overlap.ts";

export type { DraftEdge, DraftGraph, DraftNode, SectionRole } from "./types.ts";
export { draftToSeed, DRAFT_VERSION } from "./to-seed.ts";

/** Every rule, in the order it runs. */
export const RULES: readonly [string, Rule][] = [
  ["measure-heading", measureHeading],
  ["problem-heading", problemHeading],
  ["problem-list", problemList],
  ["goal-dated", goalDated],
  ["principle", principle],
  ["problem-clause", problemClause],
  ["problem-named", problemNamed],
  ["measure-clause", measureClause],
  ["indicator-quantity", indicatorQuantity],
  ["programme-named", programmeNamed],
  ["organisation", organisation],
  ["concept-keywords", conceptKeywords],
  ["cue-edges", cueEdges],
  ["solves-overlap", solvesOverlap],
];

export function extractDraft(doc: ParsedDocument, language: "zh" | "en"): DraftGraph {
  const ctx = createContext(doc, language);
  for (const [, rule] of RULES) rule(ctx);
  const nodes = [...ctx.nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  const edges = ctx
    .edgeList()
    .sort((a, b) => `${a.source}${a.type}${a.target}`.localeCompare(`${b.source}${b.type}${b.target}`));
  return { docId: doc.docId, nodes, edges };
}
