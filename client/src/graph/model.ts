// The graphology model behind the canvas. A store keeps every node and edge the API has sent; the canvas
// graph holds exactly the visible content, synchronised by diff so a change costs what changed, not the graph.
import Graph from "graphology";
import type { GraphPayload } from "../../../server/src/api/graph-payload.ts";
import { NODE_COLORS, REL_COLORS as PALETTE_REL_COLORS } from "../../../graph-seed/src/model/palette.ts";
import type { NodeType } from "../../../graph-seed/src/model/types.ts";
import type { Lang } from "./types.ts";

export type ApiNode = GraphPayload["nodes"][number];
export type ApiEdge = GraphPayload["edges"][number];

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: string;
  name: string;
  nameEn: string;
  summaryZh?: string;
  summaryEn?: string;
  [key: string]: unknown;
}

export interface EdgeAttrs {
  relType: string;
  type: "straight" | "curved";
  curvature: number;
  size: number;
  color: string;
  label: string;
  inferred: boolean;
  [key: string]: unknown;
}

export type CanvasGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Relation colours live beside the node colours (graph-seed/src/model/palette.ts); string-keyed for lookups. */
export const REL_COLORS: Record<string, string> = PALETTE_REL_COLORS;

export function nodeColor(type: string): string {
  return NODE_COLORS[type as NodeType] ?? "#8c8c8c";
}

export function createCanvasGraph(): CanvasGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed", allowSelfLoops: true });
}

/** Everything received so far, with an adjacency index so the canvas can find edges between visible nodes. */
export class Store {
  readonly nodes = new Map<string, ApiNode["attributes"]>();
  readonly edges = new Map<string, ApiEdge>();
  readonly adjacency = new Map<string, Set<string>>();
  /** The nodes of the whole-graph view (scope "all"). */
  readonly baseIds: string[] = [];

  merge(payload: Pick<GraphPayload, "nodes" | "edges">, base = false): void {
    for (const n of payload.nodes) {
      const prev = this.nodes.get(n.key);
      this.nodes.set(n.key, prev ? { ...prev, ...n.attributes } : n.attributes);
      if (base && !prev) this.baseIds.push(n.key);
    }
    for (const e of payload.edges) {
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.key, e);
      for (const end of [e.source, e.target]) {
        let set = this.adjacency.get(end);
        if (!set) this.adjacency.set(end, (set = new Set()));
        set.add(e.key);
      }
    }
  }

  /** Drops an edge a write removed or renamed (a retype or reversal gives it a new id). */
  forgetEdge(key: string): void {
    const e = this.edges.get(key);
    if (!e) return;
    this.edges.delete(key);
    for (const end of [e.source, e.target]) this.adjacency.get(end)?.delete(key);
  }

  /** The whole-graph view becomes these nodes (another choice of documents); what was received stays known. */
  setBase(ids: readonly string[]): void {
    this.baseIds.length = 0;
    for (const id of ids) if (this.nodes.has(id)) this.baseIds.push(id);
  }

  neighbors(id: string): string[] {
    const out = new Set<string>();
    for (const ek of this.adjacency.get(id) ?? []) {
      const e = this.edges.get(ek)!;
      out.add(e.source === id ? e.target : e.source);
    }
    return [...out];
  }

  degree(id: string): number {
    return this.adjacency.get(id)?.size ?? 0;
  }
}

export function nodeLabel(attrs: { name: string; nameEn: string }, lang: Lang): string {
  return lang === "en" && attrs.nameEn ? attrs.nameEn : attrs.name;
}

export interface SyncResult {
  added: string[];
  removed: string[];
}

type Point = { x: number; y: number };

/**
 * Makes the canvas graph hold exactly `visible` and the known edges between them. New nodes take their
 * remembered position, else one near a visible neighbour, else a spot on a ring (the layout refines it).
 */
export function syncGraph(
  graph: CanvasGraph,
  store: Store,
  visible: Iterable<string>,
  positions: Map<string, Point>,
  lang: Lang,
): SyncResult {
  const want = new Set<string>();
  for (const id of visible) if (store.nodes.has(id)) want.add(id);
  const removed: string[] = [];
  graph.forEachNode((id) => {
    if (!want.has(id)) removed.push(id);
  });
  for (const id of removed) graph.dropNode(id);
  const added: string[] = [];
  let ring = graph.order;
  for (const id of want) {
    if (graph.hasNode(id)) continue;
    const a = store.nodes.get(id)!;
    let p = positions.get(id);
    if (!p) {
      const anchor = store.neighbors(id).find((n) => graph.hasNode(n));
      const jitter = () => (Math.random() - 0.5) * 40;
      p = anchor
        ? { x: graph.getNodeAttribute(anchor, "x") + jitter(), y: graph.getNodeAttribute(anchor, "y") + jitter() }
        : { x: Math.cos(ring) * (50 + ring), y: Math.sin(ring) * (50 + ring) };
      ring++;
    }
    const { type, ...rest } = a;
    graph.addNode(id, {
      ...rest,
      nodeType: type,
      x: p.x,
      y: p.y,
      size: 4,
      color: nodeColor(type),
      label: nodeLabel(a, lang),
    });
    added.push(id);
  }
  // Edges: only around the nodes that changed, so a small expansion of a large canvas stays cheap.
  const touched = graph.order === added.length ? want : new Set(added);
  for (const id of touched) {
    for (const ek of store.adjacency.get(id) ?? []) {
      if (graph.hasEdge(ek)) continue;
      const e = store.edges.get(ek)!;
      if (graph.hasNode(e.source) && graph.hasNode(e.target)) addEdge(graph, e);
    }
  }
  if (added.length || removed.length) curveParallelEdges(graph);
  return { added, removed };
}

function addEdge(graph: CanvasGraph, e: ApiEdge): void {
  const { type, inferred, ...rest } = e.attributes;
  graph.addEdgeWithKey(e.key, e.source, e.target, {
    ...rest,
    relType: type,
    inferred: inferred === true,
    type: "straight",
    curvature: 0,
    size: 1.2,
    color: REL_COLORS[type] ?? "#b0b0b0",
    label: type,
  });
}

/** Redraws these edges as the store now has them (a write added, changed or removed them). */
export function syncEdges(graph: CanvasGraph, store: Store, keys: Iterable<string>): void {
  for (const key of keys) {
    if (graph.hasEdge(key)) graph.dropEdge(key);
    const e = store.edges.get(key);
    if (e && graph.hasNode(e.source) && graph.hasNode(e.target)) addEdge(graph, e);
  }
  curveParallelEdges(graph);
}

const CURVATURE_STEP = 0.25;

/**
 * Parallel edges (several relations between the same two nodes, either way) become distinct curves, fanned
 * symmetrically; a lone edge stays straight. (Kept free of sigma imports so it runs under node in tests.)
 */
export function curveParallelEdges(graph: CanvasGraph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const g = groups.get(key);
    if (g) g.push(edge);
    else groups.set(key, [edge]);
  });
  const curves = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length === 1) continue;
    const n = edges.length;
    const step = Math.min(CURVATURE_STEP, 0.9 / n);
    edges.sort().forEach((edge, i) => {
      // Offsets -k..k (skipping 0 when n is even); an edge drawn the other way flips its sign to bend the same side.
      let offset = i - (n - 1) / 2;
      if (n % 2 === 0) offset = offset < 0 ? Math.floor(offset) : Math.ceil(offset);
      const forward = graph.source(edge) < graph.target(edge);
      curves.set(edge, (forward ? 1 : -1) * offset * step * 1.6);
    });
  }
  // One bulk update. The "type" hint makes sigma re-index its programs, which edges just added need
  // (without it sigma repaints in place and throws on edges it has not indexed yet).
  graph.updateEachEdgeAttributes(
    (edge, a) => {
      const c = curves.get(edge) ?? 0;
      return { ...a, type: c === 0 ? "straight" : "curved", curvature: c };
    },
    { attributes: ["type", "curvature"] },
  );
}

export function relabel(graph: CanvasGraph, lang: Lang): void {
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: nodeLabel(a, lang) }));
}
