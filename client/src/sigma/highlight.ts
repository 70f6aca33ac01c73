// What the reducers read: a handful of Sets and flags, replaced (not recomputed) when the user acts, so
// each reducer call is a few lookups whatever the size of the graph.
export interface Highlight {
  hovered: string | null;
  hoverNeighbors: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** When non-empty, everything outside is dimmed (a path, a tie, a query result). */
  focusNodes: Set<string>;
  focusEdges: Set<string>;
  hiddenTypes: Set<string>;
  hiddenRels: Set<string>;
  minDegree: number;
  /** The layered reading: node sizes capped to its row pitch, long labels shortened (full on hover). */
  layered: boolean;
}

export function emptyHighlight(): Highlight {
  return {
    hovered: null,
    hoverNeighbors: new Set(),
    selectedNode: null,
    selectedEdge: null,
    focusNodes: new Set(),
    focusEdges: new Set(),
    hiddenTypes: new Set(),
    hiddenRels: new Set(),
    minDegree: 0,
    layered: false,
  };
}

// Dimmed nodes are drawn a hair translucent: the shape program reads alpha < 1 as "background" and drops the
// darker rim, so a dimmed graph is a quiet field of shapes instead of a mesh of grey outlines.
export const DIM_NODE = "rgba(227, 230, 234, 0.96)";
export const DIM_EDGE = "#eef0f2";
