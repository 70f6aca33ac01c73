// Every write is a transition between two snapshots of the items it touches: `from` (what is there now, read in
// the write's transaction) and `to` (what shall be). Applying one, checking that one still holds, and recording
// it are the same for every operation, and an undo is simply the reverse transition of a recorded change.
import type { ManagedTransaction } from "neo4j-driver";
import type { EdgeState, NodeState, Snapshot } from "../api/curation.ts";
import { conflict } from "../http/errors.ts";
import {
  deleteEdge,
  deleteNode,
  deleteRedirect,
  edgesOfNode,
  readEdgeState,
  readNodeState,
  readRedirect,
  writeEdge,
  writeNode,
  writeRedirect,
} from "./curation-repository.ts";

export const EMPTY: Snapshot = { nodes: [], edges: [], redirects: [] };
export const snapshot = (s: Partial<Snapshot>): Snapshot => ({ ...EMPTY, ...s });

/** A stored item's version; items loaded before versions existed are at 1. */
export const versionOf = (item: { properties: Record<string, unknown> }) => {
  const v = item.properties.version;
  return typeof v === "number" && Number.isFinite(v) ? v : 1;
};

/** JSON with keys sorted at every level: equal states print equal. */
export function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
}

/**
 * Writes `to` over `from` and answers `to` as written, versions assigned: an item that exists in `from` goes
 * to its version + 1; a new item carrying a version (restored by an undo, or renamed by a retype) goes to that
 * + 1, so a version number never comes back for a different state; a brand-new item starts at 1.
 */
export async function applyTransition(tx: ManagedTransaction, from: Snapshot, to: Snapshot): Promise<Snapshot> {
  const fromNodes = new Map(from.nodes.map((n) => [n.id, n]));
  const fromEdges = new Map(from.edges.map((e) => [e.id, e]));
  const toNodes = new Set(to.nodes.map((n) => n.id));
  const toEdges = new Set(to.edges.map((e) => e.id));
  const next = <T extends NodeState | EdgeState>(item: T, old: T | undefined): T => {
    const version = old ? versionOf(old) + 1 : "version" in item.properties ? versionOf(item) + 1 : 1;
    return { ...item, properties: { ...item.properties, version } };
  };

  for (const e of from.edges) if (!toEdges.has(e.id)) await deleteEdge(tx, e);
  for (const n of from.nodes) {
    if (toNodes.has(n.id)) continue;
    // A node leaves only with every relationship it has; one the plan does not know of means a concurrent write.
    const extra = (await edgesOfNode(tx, n.id)).filter((e) => !fromEdges.has(e.id));
    if (extra.length > 0)
      throw conflict(`curation: node "${n.id}" gained edges since; reload and try again`, { edges: extra });
    await deleteNode(tx, n.id);
  }
  const nodes = to.nodes.map((n) => next(n, fromNodes.get(n.id)));
  for (const n of nodes) await writeNode(tx, n);
  const edges = to.edges.map((e) => next(e, fromEdges.get(e.id)));
  for (const e of edges) {
    if (!(await writeEdge(tx, e))) throw conflict(`curation: an endpoint of edge "${e.id}" no longer exists`);
  }
  const toRedirects = new Set(to.redirects.map((x) => x.from));
  for (const x of from.redirects) if (!toRedirects.has(x.from)) await deleteRedirect(tx, x.from);
  for (const x of to.redirects) await writeRedirect(tx, x);
  return { nodes, edges, redirects: to.redirects };
}

/** The current state of every item a snapshot names (absent ones left out). */
export async function readCurrent(tx: ManagedTransaction, ids: Snapshot): Promise<Snapshot> {
  const nodes: NodeState[] = [];
  const edges: EdgeState[] = [];
  const redirects = [];
  for (const n of ids.nodes) {
    const cur = await readNodeState(tx, n.id);
    if (cur) nodes.push(cur);
  }
  for (const e of ids.edges) {
    const cur = await readEdgeState(tx, e.id);
    if (cur) edges.push(cur);
  }
  for (const x of ids.redirects) {
    const cur = await readRedirect(tx, x.from);
    if (cur) redirects.push(cur);
  }
  return { nodes, edges, redirects };
}

/**
 * True when the database still holds `expected` for its items and none of `absent`'s other items exists:
 * the condition for undoing a change (nothing touched it since).
 */
export async function stillHolds(
  tx: ManagedTransaction,
  expected: Snapshot,
  absent: Snapshot,
): Promise<Snapshot | null> {
  const named: Snapshot = {
    nodes: [...expected.nodes, ...absent.nodes.filter((n) => !expected.nodes.some((m) => m.id === n.id))],
    edges: [...expected.edges, ...absent.edges.filter((e) => !expected.edges.some((f) => f.id === e.id))],
    redirects: [
      ...expected.redirects,
      ...absent.redirects.filter((x) => !expected.redirects.some((y) => y.from === x.from)),
    ],
  };
  const current = await readCurrent(tx, named);
  const norm = (s: Snapshot) =>
    stable({
      nodes: [...s.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      edges: [...s.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
      redirects: [...s.redirects].sort((a, b) => (a.from < b.from ? -1 : 1)),
    });
  return norm(current) === norm(expected) ? null : current;
}

/** Document ids and item ids a transition touches: what the audit trail is searched by. */
export function touched(from: Snapshot, to: Snapshot): { documents: string[]; targets: string[] } {
  const docs = new Set<string>();
  const targets = new Set<string>();
  for (const s of [from, to]) {
    for (const i of [...s.nodes, ...s.edges]) {
      targets.add(i.id);
      if (typeof i.properties.document === "string") docs.add(i.properties.document);
    }
    // An edge's change is part of its endpoints' history too.
    for (const e of s.edges) targets.add(e.source).add(e.target);
    for (const x of s.redirects) targets.add(x.from);
  }
  return { documents: [...docs].sort(), targets: [...targets].sort() };
}
