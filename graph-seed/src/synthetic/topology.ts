// The shape of a synthetic graph, in typed arrays so 1M nodes / 3M edges fit comfortably in memory:
// domains (clusters of skewed sizes), node types in fixed proportions, and edges grown by preferential
// attachment (mostly inside a domain), so a few hubs gather many edges as in real policy/industry maps.
import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from "../model/types.ts";
import { mulberry32, pickCumulative, randInt, type Rng } from "./prng.ts";

export interface TopologyOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Share of edges whose far end is drawn from the same domain. */
  intraDomain?: number;
}

export interface Topology {
  nodes: number;
  edges: number;
  seed: number;
  /** Index into NODE_TYPES per node. */
  type: Uint8Array;
  domain: Uint32Array;
  domains: number;
  /** Directed edges: source[i] -[REL_TYPES[rel[i]]]-> target[i]. */
  source: Uint32Array;
  target: Uint32Array;
  rel: Uint8Array;
}

// How often each node type occurs: measures and concepts dominate a policy map, programmes are rare.
const TYPE_WEIGHTS: Record<NodeType, number> = {
  Concept: 18,
  Measure: 20,
  Platform: 6,
  Enterprise: 10,
  Problem: 12,
  Indicator: 8,
  Institution: 6,
  Technology: 8,
  Achievement: 5,
  Industry: 5,
  Programme: 2,
};

const T = (t: NodeType) => NODE_TYPES.indexOf(t);
const R = (r: RelType) => REL_TYPES.indexOf(r);
const ACTORS = new Set([T("Enterprise"), T("Institution"), T("Platform")]);
const STRUCTURAL = new Set([T("Concept"), T("Measure"), T("Industry"), T("Programme"), T("Problem")]);

/**
 * The relationship that reads as a sentence between a new node `a` and an older node `b`, and its direction
 * (true: a → b). The same rules a curator follows: measures solve problems, indicators measure, actors produce.
 */
export function relFor(ta: number, tb: number): [number, boolean] {
  const is = (x: number, t: NodeType) => x === T(t);
  if (is(ta, "Measure") && is(tb, "Problem")) return [R("SOLVES"), true];
  if (is(ta, "Problem") && is(tb, "Measure")) return [R("SOLVES"), false];
  if (is(ta, "Problem") && is(tb, "Problem")) return [R("CAUSES"), true];
  if (is(ta, "Indicator") && !is(tb, "Indicator")) return [R("MEASURES"), true];
  if (is(tb, "Indicator") && !is(ta, "Indicator")) return [R("MEASURES"), false];
  if (is(ta, "Measure") && (is(tb, "Technology") || is(tb, "Industry"))) return [R("TARGETS"), true];
  if (is(tb, "Measure") && (is(ta, "Technology") || is(ta, "Industry"))) return [R("TARGETS"), false];
  if (is(ta, "Measure") && ACTORS.has(tb)) return [R("INVOLVES"), true];
  if (is(tb, "Measure") && ACTORS.has(ta)) return [R("INVOLVES"), false];
  if (ACTORS.has(ta) && is(tb, "Achievement")) return [R("PRODUCES"), true];
  if (ACTORS.has(tb) && is(ta, "Achievement")) return [R("PRODUCES"), false];
  if (is(ta, "Measure") && is(tb, "Programme")) return [R("PART_OF"), true];
  if (ta === tb && STRUCTURAL.has(ta)) return [R("PART_OF"), true];
  // Firms and technologies belong to an industry; a platform to the institution that runs it.
  if ((is(ta, "Enterprise") || is(ta, "Technology")) && is(tb, "Industry")) return [R("PART_OF"), true];
  if ((is(tb, "Enterprise") || is(tb, "Technology")) && is(ta, "Industry")) return [R("PART_OF"), false];
  if (is(ta, "Platform") && is(tb, "Institution")) return [R("PART_OF"), true];
  if (is(tb, "Platform") && is(ta, "Institution")) return [R("PART_OF"), false];
  return [R("SUPPORTS"), true];
}

export function domainCount(nodes: number): number {
  return Math.max(3, Math.round(Math.sqrt(nodes) / 3));
}

export function generateTopology(opts: TopologyOptions): Topology {
  const { nodes: n, edges: e, seed } = opts;
  const intra = opts.intraDomain ?? 0.9;
  if (n < 2 || e < 1 || e > (n * (n - 1)) / 4) throw new RangeError(`synthetic: cannot make ${e} edges on ${n} nodes`);
  const rng = mulberry32(seed);
  const typeCum = cumulative(NODE_TYPES.map((t) => TYPE_WEIGHTS[t]));
  const k = domainCount(n);
  // Domain sizes follow a gentle power law: a few large industries, many small niches.
  const domainCum = cumulative(Array.from({ length: k }, (_, i) => 1 / Math.sqrt(i + 1)));

  const type = new Uint8Array(n);
  const domain = new Uint32Array(n);
  const source = new Uint32Array(e);
  const target = new Uint32Array(e);
  const rel = new Uint8Array(e);
  // Endpoint lists: a node appears once per incident edge, so a uniform pick is degree-proportional.
  const globalEnds: number[] = [];
  const domainEnds: number[][] = Array.from({ length: k }, () => []);
  const domainMembers: number[][] = Array.from({ length: k }, () => []);
  const seen = new Set<number>();
  let count = 0;

  const addEdge = (a: number, b: number): boolean => {
    if (a === b || count >= e) return false;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return false;
    seen.add(key);
    const [r, forward] = relFor(type[a]!, type[b]!);
    source[count] = forward ? a : b;
    target[count] = forward ? b : a;
    rel[count] = r;
    count++;
    globalEnds.push(a, b);
    domainEnds[domain[a]!]!.push(a, b);
    if (domain[b] !== domain[a]) domainEnds[domain[b]!]!.push(b);
    return true;
  };

  const pickFar = (d: number, bound: number): number => {
    const ends = domainEnds[d]!;
    const members = domainMembers[d]!;
    if (rng() < intra && members.length > 0) {
      // A tenth of the picks are uniform, so small new nodes still get found and the tail stays connected.
      if (ends.length > 0 && rng() < 0.9) return ends[randInt(rng, ends.length)]!;
      return members[randInt(rng, members.length)]!;
    }
    if (globalEnds.length > 0 && rng() < 0.9) return globalEnds[randInt(rng, globalEnds.length)]!;
    return randInt(rng, bound);
  };

  const perNode = Math.max(1, Math.floor(e / n));
  for (let i = 0; i < n; i++) {
    type[i] = pickCumulative(rng, typeCum);
    const d = pickCumulative(rng, domainCum);
    domain[i] = d;
    const want = Math.min(perNode, i);
    for (let tries = 0, made = 0; made < want && tries < want * 8; tries++) {
      if (addEdge(i, pickFar(d, i))) made++;
    }
    domainMembers[d]!.push(i);
  }
  // The remainder (the first nodes could not have full degree): more preferential edges until the count is exact.
  for (let guard = 0; count < e; guard++) {
    if (guard > e * 20) throw new Error(`synthetic: stuck at ${count}/${e} edges`);
    const a = randInt(rng, n);
    addEdge(a, pickFar(domain[a]!, n));
  }
  return { nodes: n, edges: e, seed, type, domain, domains: k, source, target, rel };
}

function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => (out[i] = s += w));
  return out;
}

export function degrees(t: Topology): Uint32Array {
  const deg = new Uint32Array(t.nodes);
  for (let i = 0; i < t.edges; i++) {
    deg[t.source[i]!]!++;
    deg[t.target[i]!]!++;
  }
  return deg;
}

export type { Rng };
