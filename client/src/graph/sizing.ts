// Node sizes from degree or a centrality the analyst picks. Computed once per content change, never per frame.
import betweenness from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { CanvasGraph } from "./model.ts";
import type { SizeBy } from "./types.ts";

/** Betweenness is O(n·m): above this the client falls back to degree rather than freeze the page. */
export const BETWEENNESS_MAX_NODES = 5_000;

export function applySizes(graph: CanvasGraph, sizeBy: SizeBy): SizeBy {
  if (graph.order === 0) return sizeBy;
  let score: (id: string) => number;
  let used = sizeBy;
  if (sizeBy === "pagerank") {
    const pr = pagerank(graph as never, { getEdgeWeight: null });
    score = (id) => pr[id] ?? 0;
  } else if (sizeBy === "betweenness" && graph.order <= BETWEENNESS_MAX_NODES) {
    const bc = betweenness(graph as never, { getEdgeWeight: null, normalized: true });
    score = (id) => bc[id] ?? 0;
  } else {
    used = "degree";
    score = (id) => graph.degree(id);
  }
  let max = 0;
  graph.forEachNode((id) => {
    max = Math.max(max, score(id));
  });
  const big = graph.order > 5_000 ? 8 : 16;
  const small = graph.order > 5_000 ? 1.5 : 3.5;
  graph.updateEachNodeAttributes((id, a) => ({
    ...a,
    size: small + (max > 0 ? Math.sqrt(score(id) / max) : 0) * (big - small),
  }));
  return used;
}
