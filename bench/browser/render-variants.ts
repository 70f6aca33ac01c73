// The renderers the rendering bench compares, shared by the page (render-entry.ts) and the runner
// (render-bench.ts) without pulling the libraries into Node.
export const VARIANTS = ["sigma-default", "client", "cytoscape-canvas", "cytoscape-webgl", "vis-network"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface LoadResult {
  firstFrameMs: number;
  renderEvents: number;
}
export interface PanResult {
  frames: number;
  wallMs: number;
  /** The camera path was cut at its wall-time cap (the library's animation runs per frame, not per ms). */
  capped?: boolean;
}
