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
  };
}

export const DIM_NODE = "#e3e6ea";
export const DIM_EDGE = "#eef0f2";
