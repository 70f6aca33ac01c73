// Reads the compact overview (columns, interned types, edges as node indexes) into the store in one pass,
// with the stored layout positions beside it. Edge keys are the loader's `${source}--${type}--${target}`
// unless the payload names another.
import type { GraphColumns } from "../../../server/src/api/graph-columns.ts";
import type { ApiEdge, ApiNode, Store } from "./model.ts";

type Point = { x: number; y: number };

export interface Overview {
  /** Stored positions (only nodes that have one). */
  positions: Map<string, Point>;
  shown: number;
  total: number;
  truncated: boolean;
}

export function mergeColumns(store: Store, cols: GraphColumns): Overview {
  const { nodes, edges, nodeTypes, relTypes, documents, nodeDocuments } = cols;
  const positions = new Map<string, Point>();
  const n = nodes.id.length;
  const payloadNodes: ApiNode[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const key = nodes.id[i]!;
    const extra = nodes.props?.[i] ?? null;
    const home = documents[nodeDocuments.home[i] ?? -1];
    const also = nodeDocuments.alsoIn[i]?.map((d) => documents[d]!) ?? [];
    payloadNodes[i] = {
      key,
      attributes: {
        ...(extra ?? {}),
        type: nodeTypes[nodes.type[i]!] as ApiNode["attributes"]["type"],
        name: nodes.name[i]!,
        nameEn: nodes.nameEn[i]!,
        // Home first, then the other documents its evidence cites: what "all documents" marks it with.
        ...(home ? { document: home, documents: [home, ...also] } : {}),
      },
    };
    const x = nodes.x[i];
    const y = nodes.y[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) positions.set(key, { x, y });
  }
  const m = edges.source.length;
  const payloadEdges: ApiEdge[] = new Array(m);
  for (let k = 0; k < m; k++) {
    const source = nodes.id[edges.source[k]!]!;
    const target = nodes.id[edges.target[k]!]!;
    const type = relTypes[edges.type[k]!]!;
    const extra = edges.props?.[k] ?? null;
    payloadEdges[k] = {
      key: edges.ids[k] ?? `${source}--${type}--${target}`,
      source,
      target,
      attributes: {
        ...(extra ?? {}),
        type: type as ApiEdge["attributes"]["type"],
        ...(edges.inferred[k] ? { inferred: true } : {}),
      },
    };
  }
  store.merge({ nodes: payloadNodes, edges: payloadEdges }, true);
  const a = cols.attributes;
  return { positions, shown: n, total: a.total, truncated: a.truncated };
}
