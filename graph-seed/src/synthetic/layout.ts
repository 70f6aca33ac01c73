// Positions computed once per synthetic graph, so rendering benchmarks measure drawing, not layout.
// Every size gets a cheap clustered placement (domains on a sunflower spiral, hubs near their domain's
// centre); up to FA2_MAX_NODES a short synchronous ForceAtlas2 run then refines it.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { gaussian, mulberry32 } from "./prng.ts";
import { degrees, type Topology } from "./topology.ts";

export interface Layout {
  x: Float32Array;
  y: Float32Array;
  method: "clustered" | "clustered+fa2";
}

export const FA2_MAX_NODES = 10_000;
const FA2_ITERATIONS = 60;

export function clusteredPlacement(t: Topology): Layout {
  const rng = mulberry32(t.seed ^ 0x5eed);
  const deg = degrees(t);
  const size = new Uint32Array(t.domains);
  const maxDeg = new Uint32Array(t.domains);
  for (let i = 0; i < t.nodes; i++) {
    const d = t.domain[i]!;
    size[d]!++;
    if (deg[i]! > maxDeg[d]!) maxDeg[d] = deg[i]!;
  }
  // Sunflower spiral with area proportional to the nodes placed so far: domains do not overlap much.
  const cx = new Float64Array(t.domains);
  const cy = new Float64Array(t.domains);
  let area = 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let d = 0; d < t.domains; d++) {
    area += size[d]!;
    const r = 1.6 * Math.sqrt(area);
    cx[d] = r * Math.cos(d * golden);
    cy[d] = r * Math.sin(d * golden);
  }
  const x = new Float32Array(t.nodes);
  const y = new Float32Array(t.nodes);
  for (let i = 0; i < t.nodes; i++) {
    const d = t.domain[i]!;
    const spread = 0.5 * Math.sqrt(size[d]!);
    const pull = 1 - 0.8 * Math.sqrt(deg[i]! / Math.max(1, maxDeg[d]!));
    x[i] = cx[d]! + gaussian(rng) * spread * pull;
    y[i] = cy[d]! + gaussian(rng) * spread * pull;
  }
  return { x, y, method: "clustered" };
}

/** A graphology graph of the topology (undirected multi-free view is not needed: edges are unique pairs). */
export function toGraphology(t: Topology, layout?: Layout): Graph {
  const g = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  for (let i = 0; i < t.nodes; i++) {
    g.addNode(String(i), layout ? { x: layout.x[i]!, y: layout.y[i]! } : {});
  }
  for (let i = 0; i < t.edges; i++) g.addDirectedEdge(String(t.source[i]!), String(t.target[i]!));
  return g;
}

export function computeLayout(t: Topology): Layout {
  const base = clusteredPlacement(t);
  if (t.nodes > FA2_MAX_NODES) return base;
  const g = toGraphology(t, base);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: t.nodes > 2000 };
  forceAtlas2.assign(g, { iterations: FA2_ITERATIONS, settings });
  const x = new Float32Array(t.nodes);
  const y = new Float32Array(t.nodes);
  g.forEachNode((key, a) => {
    x[Number(key)] = a.x as number;
    y[Number(key)] = a.y as number;
  });
  return { x, y, method: "clustered+fa2" };
}
