// Node type and relation colours, one table each, shared by the client, the API's /api/schema and the generated
// docs pictures. Node types: Tableau 10 + 2, distinct hues that stay readable on white and in greyscale print.
import type { NodeType, RelType } from "./types.ts";

export const NODE_COLORS: Record<NodeType, string> = {
  Concept: "#4e79a7",
  Measure: "#f28e2b",
  Platform: "#59a14f",
  Enterprise: "#e15759",
  Problem: "#b07aa1",
  Indicator: "#9c755f",
  Institution: "#76b7b2",
  Technology: "#edc948",
  Achievement: "#ff9da7",
  Industry: "#bab0ac",
  Programme: "#d37295",
};

/** Relation colours: muted beside the node colours, so the nodes carry the eye and the edges the structure. */
export const REL_COLORS: Record<RelType, string> = {
  SUPPORTS: "#7f93ad",
  SOLVES: "#3a9a5b",
  PART_OF: "#a3a3a3",
  CAUSES: "#d0565c",
  MEASURES: "#9c755f",
  PRODUCES: "#e0a030",
  TARGETS: "#c4689b",
  INVOLVES: "#6bb3ad",
};
