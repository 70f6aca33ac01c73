// What a recorded change means for the client's store: items of `after` are (re)stored, items only in `before`
// are gone. Pure on the store, so the app decides what the canvas and the view do with the result.
import type { Change } from "../api/index.ts";
import type { ApiNode, Store } from "../graph/model.ts";

export interface StoreChange {
  /** Nodes the change removed (deleted, rejected, merged away). */
  gone: string[];
  /** Nodes the change brought in (created, or restored by an undo). */
  added: string[];
  /** Every edge id the change touched, to redraw. */
  edges: string[];
}

export function storeChange(store: Store, change: Change): StoreChange {
  const { before, after } = change;
  const afterNodes = new Set(after.nodes.map((n) => n.id));
  const beforeNodes = new Set(before.nodes.map((n) => n.id));
  const afterEdges = new Set(after.edges.map((e) => e.id));
  for (const e of before.edges) if (!afterEdges.has(e.id)) store.forgetEdge(e.id);
  store.merge({
    nodes: after.nodes.map((n) => ({ key: n.id, attributes: n.properties as ApiNode["attributes"] })),
    edges: after.edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      attributes: { ...e.properties, type: e.type } as never,
    })),
  });
  return {
    gone: [...beforeNodes].filter((id) => !afterNodes.has(id)),
    added: [...afterNodes].filter((id) => !beforeNodes.has(id)),
    edges: [...new Set([...before.edges, ...after.edges].map((e) => e.id))],
  };
}
