// GET /api/graph: the kept nodes and the relationships among them, as a graphology SerializedGraph (every
// property) or as the compact columns the client draws (see api/graph-columns.ts).
import type { GraphQuery, GraphResponse } from "../api/graph.ts";
import { DETAIL_MAX, type GraphColumns } from "../api/graph-columns.ts";
import { emptyPayload, type GraphPayload } from "../api/graph-payload.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { readOverview, type OverviewRows } from "./graph-repository.ts";

export async function graph(deps: DbDeps, q: GraphQuery): Promise<GraphResponse> {
  const columns = q.format === "columns";
  const rows = await readOverview(deps.driver, deps.database, {
    types: q.types,
    documents: q.document,
    limit: q.limit,
    // Columns carry every property only for small answers; the inspector fetches a node's detail on demand.
    full: columns ? DETAIL_MAX : true,
    timeoutMs: deps.config.queryTimeoutMs,
  });
  // Id order whatever the cap: a graph under the cap reads the same on every call, capped or not.
  rows.nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return columns ? toColumns(rows, q.limit) : toSerialized(rows);
}

function omitted(rows: OverviewRows) {
  return { truncated: rows.total > rows.nodes.length, omitted: rows.total - rows.nodes.length };
}

/** The graphology payload (nodes in the order given: id order from graph()). */
export function toSerialized(rows: OverviewRows): GraphPayload {
  const payload = emptyPayload();
  payload.nodes = rows.nodes.map(({ id, props }) => {
    // `cited` is derived (the documents of the evidence, which the payload carries whole).
    const { id: _id, cited: _cited, ...attrs } = props;
    return { key: id, attributes: attrs as GraphPayload["nodes"][number]["attributes"] };
  });
  payload.edges = rows.edges.map((e) => {
    const { id, ...attrs } = e.props;
    return {
      key: String(id ?? `${e.source}--${e.type}--${e.target}`),
      source: e.source,
      target: e.target,
      attributes: { ...attrs, type: e.type } as GraphPayload["edges"][number]["attributes"],
    };
  });
  payload.attributes = omitted(rows);
  return payload;
}

// Left out of the columns' per-node props: drawn from their own columns, or read on demand by the inspector.
const NODE_COLUMNS = new Set([
  "id",
  "type",
  "name",
  "nameEn",
  "x",
  "y",
  "summaryZh",
  "summaryEn",
  "evidence",
  "aliases",
  "document",
  "cited",
]);
/** The keys of the repository's compact node map. */
const COMPACT = new Set(["id", "type", "name", "nameEn", "x", "y", "document", "cited"]);
const EDGE_COLUMNS = new Set(["id", "type", "inferred", "source", "target"]);

function rest(props: Record<string, unknown>, skip: Set<string>): Record<string, unknown> | null {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(props)) if (!skip.has(k) && v !== null) (out ??= {})[k] = v;
  return out;
}

const coord = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) ? Math.round(v * 100) / 100 : null;

export function toColumns(rows: OverviewRows, limit: number): GraphColumns {
  // The repository sent every property (more than the compact map's) only for a small answer.
  const full =
    rows.nodes.length <= DETAIL_MAX && rows.nodes.some((n) => Object.keys(n.props).some((k) => !COMPACT.has(k)));
  const nodeTypes: string[] = [];
  const relTypes: string[] = [];
  const intern = (list: string[], index: Map<string, number>, v: string) => {
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = list.push(v) - 1));
    return i;
  };
  const documents: string[] = [];
  const dt = new Map<string, number>();
  const nt = new Map<string, number>();
  const rt = new Map<string, number>();
  const n = rows.nodes.length;
  const out: GraphColumns = {
    format: "columns",
    attributes: { ...omitted(rows), total: rows.total, limit, positioned: 0 },
    nodeTypes,
    relTypes,
    nodes: {
      id: new Array(n),
      type: new Array(n),
      name: new Array(n),
      nameEn: new Array(n),
      x: new Array(n),
      y: new Array(n),
    },
    edges: { source: [], target: [], type: [], inferred: [], ids: {} },
    documents,
    nodeDocuments: { home: new Array(n), alsoIn: {} },
  };
  const index = new Map<string, number>();
  const nodeProps: (Record<string, unknown> | null)[] = [];
  rows.nodes.forEach(({ id, props }, i) => {
    index.set(id, i);
    out.nodes.id[i] = id;
    out.nodes.type[i] = intern(nodeTypes, nt, String(props.type ?? "Concept"));
    out.nodes.name[i] = String(props.name ?? id);
    out.nodes.nameEn[i] = String(props.nameEn ?? "");
    const x = coord(props.x);
    const y = coord(props.y);
    const placed = x !== null && y !== null;
    out.nodes.x[i] = placed ? x : null;
    out.nodes.y[i] = placed ? y : null;
    if (placed) out.attributes.positioned++;
    const home = typeof props.document === "string" ? props.document : null;
    out.nodeDocuments.home[i] = home === null ? -1 : intern(documents, dt, home);
    const also = new Set((Array.isArray(props.cited) ? props.cited : []).map(String));
    also.delete(home ?? "");
    if (also.size) out.nodeDocuments.alsoIn[String(i)] = [...also].sort().map((d) => intern(documents, dt, d));
    if (full) nodeProps.push(rest(props, NODE_COLUMNS));
  });
  const edgeProps: (Record<string, unknown> | null)[] = [];
  const e = out.edges;
  for (const r of rows.edges) {
    const s = index.get(r.source);
    const t = index.get(r.target);
    if (s === undefined || t === undefined) continue;
    const k = e.source.push(s) - 1;
    e.target.push(t);
    e.type.push(intern(relTypes, rt, r.type));
    e.inferred.push(r.props.inferred === true ? 1 : 0);
    const id = r.props.id;
    if (id !== undefined && id !== null && String(id) !== `${r.source}--${r.type}--${r.target}`) e.ids[k] = String(id);
    if (full) edgeProps.push(rest(r.props, EDGE_COLUMNS));
  }
  if (full) {
    out.nodes.props = nodeProps;
    e.props = edgeProps;
  }
  return out;
}
