// Pure producers (state) => state for everything the analyst does. Views call these, never mutate state.
import { commitContent } from "./history.ts";
import type {
  AppState,
  Filters,
  GraphContent,
  Lang,
  LayoutName,
  PathRequest,
  Selection,
  SizeBy,
  ViewState,
} from "./types.ts";

export const DEFAULT_VIEW: ViewState = {
  content: { scope: "all", nodes: [], expanded: [] },
  selection: null,
  path: null,
  query: null,
  layout: "force",
  lang: "zh",
  sizeBy: "degree",
  filters: { hiddenTypes: [], hiddenRels: [], minDegree: 0 },
};

export function initialState(view: ViewState = DEFAULT_VIEW): AppState {
  return { view, past: [], future: [] };
}

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

function withView(state: AppState, patch: Partial<ViewState>): AppState {
  return { ...state, view: { ...state.view, ...patch } };
}

export function select(state: AppState, selection: Selection): AppState {
  const cur = state.view.selection;
  if (cur === selection || (cur && selection && cur.kind === selection.kind && cur.id === selection.id)) return state;
  return withView(state, { selection });
}

/**
 * Adds a node's neighbours to the canvas. `visible` is what the canvas holds now (needed when the scope is
 * "all", whose node list is implicit). Nothing new and already expanded: the state is returned unchanged.
 */
export function expand(
  state: AppState,
  id: string,
  neighbors: readonly string[],
  visible: readonly string[],
): AppState {
  const c = state.view.content;
  const base = c.scope === "all" ? visible : c.nodes;
  const nodes = sorted([...base, id, ...neighbors]);
  const expanded = c.expanded.includes(id) ? c.expanded : [...c.expanded, id];
  if (c.scope === "all" && nodes.length === base.length && expanded === c.expanded) return state;
  const scope = c.scope === "all" && nodes.length === base.length ? "all" : "custom";
  return commitContent(state, { scope, nodes: scope === "all" ? [] : nodes, expanded });
}

/**
 * Removes what expanding `id` brought: `added` when the caller recorded it, else its neighbours that hold on
 * to nothing else visible. `neighborsOf` answers the visible neighbours of a node (an adjacency lookup, kept
 * outside the state).
 */
export function collapse(
  state: AppState,
  id: string,
  visible: readonly string[],
  neighborsOf: (n: string) => readonly string[],
  added?: readonly string[],
): AppState {
  const c = state.view.content;
  const base = c.scope === "all" ? visible : c.nodes;
  const drop = new Set<string>(added?.filter((n) => n !== id));
  if (!added)
    for (const n of neighborsOf(id)) {
      if (n === id) continue;
      if (neighborsOf(n).every((m) => m === id || m === n)) drop.add(n);
    }
  const nodes = base.filter((n) => !drop.has(n));
  return commitContent(state, {
    scope: "custom",
    nodes: sorted(nodes),
    expanded: c.expanded.filter((e) => e !== id && !drop.has(e)),
  });
}

/** Keeps only the given nodes (start an exploration from a node, as Bloom does). */
export function isolate(state: AppState, ids: readonly string[]): AppState {
  const next = commitContent(state, { scope: "custom", nodes: sorted(ids), expanded: [] });
  const sel = next.view.selection;
  return sel && sel.kind === "node" && !ids.includes(sel.id) ? withView(next, { selection: null }) : next;
}

export function showAll(state: AppState): AppState {
  return commitContent(state, { scope: "all", nodes: [], expanded: [] });
}

/** Adds nodes to the picture (query results, path ends) or replaces it, as the user chooses. */
export function addNodes(
  state: AppState,
  ids: readonly string[],
  visible: readonly string[],
  mode: "add" | "replace",
): AppState {
  if (mode === "replace") return isolate(state, ids);
  const c = state.view.content;
  const base = c.scope === "all" ? visible : c.nodes;
  const nodes = sorted([...base, ...ids]);
  if (c.scope === "all" && nodes.length === base.length) return state;
  return commitContent(state, { scope: "custom", nodes, expanded: c.expanded });
}

export function hideNodes(state: AppState, ids: readonly string[], visible: readonly string[]): AppState {
  const c = state.view.content;
  const drop = new Set(ids);
  const base = c.scope === "all" ? visible : c.nodes;
  const next: GraphContent = {
    scope: "custom",
    nodes: base.filter((n) => !drop.has(n)),
    expanded: c.expanded.filter((e) => !drop.has(e)),
  };
  const after = commitContent(state, next);
  const sel = after.view.selection;
  return sel && sel.kind === "node" && drop.has(sel.id) ? withView(after, { selection: null }) : after;
}

const toggle = (list: readonly string[], item: string): string[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();

export function toggleType(state: AppState, type: string): AppState {
  const f = state.view.filters;
  return withView(state, { filters: { ...f, hiddenTypes: toggle(f.hiddenTypes, type) } });
}

export function toggleRel(state: AppState, rel: string): AppState {
  const f = state.view.filters;
  return withView(state, { filters: { ...f, hiddenRels: toggle(f.hiddenRels, rel) } });
}

export function setFilters(state: AppState, patch: Partial<Filters>): AppState {
  const f = { ...state.view.filters, ...patch };
  f.minDegree = Math.max(0, Math.floor(f.minDegree));
  return withView(state, { filters: f });
}

export function setPath(state: AppState, path: PathRequest | null): AppState {
  return withView(state, { path });
}

export function setQuery(state: AppState, query: string | null): AppState {
  return withView(state, { query: query && query.trim() ? query : null });
}

export function setLayout(state: AppState, layout: LayoutName): AppState {
  return withView(state, { layout });
}

/**
 * The document picker's choice (no ids: every document). The canvas shows the new documents' whole graph:
 * what was expanded or hidden, and its undo history, belonged to the other choice.
 */
export function setDocuments(state: AppState, ids: readonly string[]): AppState {
  return {
    view: { ...state.view, documents: sorted(ids), content: { scope: "all", nodes: [], expanded: [] } },
    past: [],
    future: [],
  };
}

export function setLang(state: AppState, lang: Lang): AppState {
  return withView(state, { lang });
}

export function setSizeBy(state: AppState, sizeBy: SizeBy): AppState {
  return withView(state, { sizeBy });
}
