// Node type colours, shared by the client, the API's /api/schema and the generated docs pictures
// (Tableau 10 + 2: distinct hues that stay readable on white and in greyscale print).
import type { NodeType } from "./types.ts";

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
