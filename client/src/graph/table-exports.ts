// Serialisers for the export menu beside GEXF and JSON: nodes.csv and edges.csv (one row per node / edge,
// scalar attributes as columns) and GraphML (yEd, Cytoscape, NetworkX, igraph read it). graphology-graphml is
// a parser only, so GraphML is written here. Pure: graph in, text out.
import { DRAWING_STATE, toCsv } from "./exports.ts";
import type { CanvasGraph } from "./model.ts";

/** Drawing state, and the renderer's short labels: not columns of a table. */
const DRAWING = new Set([...DRAWING_STATE, "shortLabel"]);

const flat = (v: unknown): string | number | boolean | null =>
  v === null || v === undefined
    ? null
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? v
      : Array.isArray(v)
        ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(" | ")
        : JSON.stringify(v);

/** Attribute names in first-seen order, without drawing state. */
function columnsOf(rows: Iterable<Record<string, unknown>>): string[] {
  const cols = new Set<string>();
  for (const a of rows) for (const k of Object.keys(a)) if (!DRAWING.has(k)) cols.add(k);
  return [...cols];
}

export function toNodesCsv(graph: CanvasGraph): string {
  const cols = columnsOf(graph.mapNodes((_id, a) => a));
  return toCsv(
    ["id", ...cols],
    graph.mapNodes((id, a) => [id, ...cols.map((c) => flat(a[c]))]),
  );
}

export function toEdgesCsv(graph: CanvasGraph): string {
  const cols = columnsOf(graph.mapEdges((_id, a) => a));
  return toCsv(
    ["id", "source", "target", ...cols],
    graph.mapEdges((id, a, s, t) => [id, s, t, ...cols.map((c) => flat(a[c]))]),
  );
}

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

type KeyType = "string" | "double" | "boolean";

function keysOf(rows: Record<string, unknown>[], cols: string[]): Map<string, KeyType> {
  const types = new Map<string, KeyType>();
  for (const c of cols) {
    const vs = rows.map((a) => a[c]).filter((v) => v !== null && v !== undefined);
    types.set(
      c,
      vs.every((v) => typeof v === "number")
        ? "double"
        : vs.every((v) => typeof v === "boolean")
          ? "boolean"
          : "string",
    );
  }
  return types;
}

/** GraphML 1.0 with typed <key> declarations (ids n0…, e0…); node and edge ids are the graph's own, escaped. */
export function toGraphml(graph: CanvasGraph): string {
  const nodeRows = graph.mapNodes((_id, a) => a as Record<string, unknown>);
  const edgeRows = graph.mapEdges((_id, a) => a as Record<string, unknown>);
  const nodeKeys = keysOf(nodeRows, columnsOf(nodeRows));
  const edgeKeys = keysOf(edgeRows, columnsOf(edgeRows));
  const keyId = new Map<string, string>();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  const declare = (kind: "node" | "edge", keys: Map<string, KeyType>) => {
    for (const [name, type] of keys) {
      const id = `${kind[0]}${keyId.size}`;
      keyId.set(`${kind}:${name}`, id);
      out.push(`  <key id="${id}" for="${kind}" attr.name="${xml(name)}" attr.type="${type}"/>`);
    }
  };
  declare("node", nodeKeys);
  declare("edge", edgeKeys);
  const data = (kind: "node" | "edge", keys: Map<string, KeyType>, a: Record<string, unknown>) =>
    [...keys.keys()]
      .map((name) => [name, flat(a[name])] as const)
      .filter(([, v]) => v !== null)
      .map(([name, v]) => `      <data key="${keyId.get(`${kind}:${name}`)}">${xml(String(v))}</data>`);
  out.push(`  <graph id="G" edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`);
  graph.forEachNode((id, a) => {
    out.push(`    <node id="${xml(id)}">`, ...data("node", nodeKeys, a), "    </node>");
  });
  graph.forEachEdge((id, a, s, t) => {
    out.push(
      `    <edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}">`,
      ...data("edge", edgeKeys, a),
      "    </edge>",
    );
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
