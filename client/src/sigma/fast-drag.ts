// Dragging a node of a large graph without re-indexing the whole graph on every mouse move. Sigma answers a
// node's attribute change with a full process (every node and edge: 0.8 s tasks at 10k in software WebGL);
// here the dragged node's cached display data is moved in place and only its own buffers (the node and its
// edges) are rewritten, then one frame is scheduled. The graph itself is updated once, when the drag ends.
// This reaches into sigma 3's internals (nodeDataCache, program indexes), kept to this one file.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

interface SigmaInternals {
  nodeDataCache: Record<string, { x: number; y: number }>;
  normalizationFunction: (p: { x: number; y: number }) => { x: number; y: number };
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  scheduleRender(): void;
}

/** Moves `node` to graph coordinates (x, y) on screen only; false when sigma's internals are not as expected. */
export function moveDrawnNode<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  node: string,
  x: number,
  y: number,
): boolean {
  const s = sigma as unknown as SigmaInternals;
  const data = s.nodeDataCache?.[node];
  const fingerprint = s.nodeIndices?.[node];
  const position = s.nodeProgramIndex?.[node];
  if (!data || fingerprint === undefined || position === undefined || typeof s.normalizationFunction !== "function")
    return false;
  const p = s.normalizationFunction({ x, y });
  data.x = p.x;
  data.y = p.y;
  s.addNodeToProgram(node, fingerprint, position);
  for (const edge of sigma.getGraph().edges(node)) {
    const f = s.edgeIndices[edge];
    const at = s.edgeProgramIndex[edge];
    if (f !== undefined && at !== undefined) s.addEdgeToProgram(edge, f, at);
  }
  s.scheduleRender();
  return true;
}
