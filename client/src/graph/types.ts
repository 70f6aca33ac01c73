// The client's view state: plain data, changed only by the pure producers in view-state.ts, mirrored in the URL.
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const LAYOUTS = ["force", "layered"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const SIZE_BY = ["degree", "pagerank", "betweenness"] as const;
export type SizeBy = (typeof SIZE_BY)[number];

// The server's modes, restated under its type (the client imports only types from the contract).
export { PATH_MODES } from "../api/limits.ts";
import type { PATH_MODES } from "../api/limits.ts";
export type PathMode = (typeof PATH_MODES)[number];

export type Selection = { kind: "node" | "edge"; id: string } | null;

export interface PathRequest {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  /** Only through this document's nodes; absent: paths may cross documents through shared entities. */
  document?: string;
  /** Follow relationships only in their direction; absent: either way. */
  directed?: boolean;
  /** Walk only edges stated in a paper; absent: inferred edges too. */
  stated?: boolean;
}

/** What is on the canvas: the whole graph, or an explicit set of nodes built by isolate/expand/query. */
export interface GraphContent {
  scope: "all" | "custom";
  /** Sorted node ids when scope is custom; empty when scope is all. */
  nodes: readonly string[];
  /** Nodes whose neighbourhood was added, in the order they were expanded. */
  expanded: readonly string[];
}

export interface Filters {
  hiddenTypes: readonly string[];
  hiddenRels: readonly string[];
  minDegree: number;
}

export interface ViewState {
  content: GraphContent;
  selection: Selection;
  path: PathRequest | null;
  query: string | null;
  layout: LayoutName;
  lang: Lang;
  sizeBy: SizeBy;
  filters: Filters;
  /** The documents chosen in the picker (sorted ids): absent, the default document; empty, every document. */
  documents?: string[];
}

/** Undo and redo cover what is on the canvas; selection, filters and language are not history. */
export interface AppState {
  view: ViewState;
  past: readonly GraphContent[];
  future: readonly GraphContent[];
}

export const HISTORY_LIMIT = 100;
