// What panels may ask of the app. Panels call these; only the app changes state, the graph or the renderer.
import type { ApiClient, CypherResponse, DocumentSummary, GraphPayload, PathsResponse, Tie } from "./api/index.ts";
import type { AppState, Lang, LayoutName, PathRequest, SizeBy } from "./graph/types.ts";
import type { ApiNode, Store } from "./graph/model.ts";
import type { Notice } from "./app/task-queue.ts";
import type { Curation } from "./app/curation.ts";

export interface Actions {
  readonly api: ApiClient;
  readonly store: Store;
  /** Editor mode, review queue and writes (client/src/app/curation.ts). */
  readonly curation: Curation;
  state(): AppState;
  lang(): Lang;
  onChange(listener: () => void): void;
  nodeName(id: string): string;
  nodeInfo(id: string): ApiNode["attributes"] | undefined;
  isVisible(id: string): boolean;
  /** Nodes in the whole graph: more than the overview holds when its cap left some out. */
  overviewTotal(): number;
  /** Replaces the view with the overview of one node type (the way in when the overview is capped). */
  showType(type: string): Promise<void>;
  /** The last action that failed after load (server unreachable, database down), with its retry. */
  notice(): Notice | null;
  dismissNotice(): void;
  retryNotice(): void;
  /** The last expansion and what its cap left out, for "show more". */
  readonly lastExpansion: { id: string; limit: number; omitted: number } | null;

  selectNode(id: string, focus?: boolean): void;
  /** Puts a node on the canvas if it is not there (fetching it when the client has never seen it). */
  reveal(id: string): Promise<void>;
  selectEdge(id: string): void;
  clearSelection(): void;
  expand(id: string, limit?: number): Promise<void>;
  /** The node whose expansion is running (the busy state), or null. */
  readonly expanding: string | null;
  /** Frames the drawn graph (the fit button, key f). */
  fit(): void;
  collapse(id: string): void;
  isolate(id: string): void;
  hide(id: string): void;
  undo(): void;
  redo(): void;
  showAll(): void;

  toggleType(type: string): void;
  toggleRel(rel: string): void;
  setMinDegree(n: number): void;
  setSizeBy(s: SizeBy): void;
  setLang(l: Lang): void;
  /** The document picker's choice (no ids: every document); kept in the URL as `docs`. */
  setDocuments(ids: readonly string[]): Promise<void>;
  /** Reads the list of loaded documents again (after an import or a delete in this session). */
  refreshDocuments(): Promise<void>;
  /** The documents the view shows (the choice, else the default one); null: every document. */
  chosenDocuments(): string[] | null;
  /** The `document` parameter for content requests (search, matrix, ties, paths): absent for every document. */
  documentQuery(): { document?: string };
  /** Loaded documents, and the colour each is marked with when several are on view (null: one on view). */
  readonly documentList: readonly DocumentSummary[];
  documentMarks(): Map<string, string> | null;

  findPath(req: PathRequest | null): void;
  /** Picks one end of a path from elsewhere (the inspector); the paths panel shows it. */
  draftPath(end: "from" | "to", id: string): void;
  pathDraft(): { from: string | null; to: string | null };
  pathResult(): PathsResponse | null;
  pathError(): string | null;
  showTie(tie: Tie | null, nodeIds: readonly string[], edgeIds: readonly string[], graph?: GraphPayload): void;
  currentTie(): Tie | null;

  setQuery(q: string | null): void;
  addPayload(payload: GraphPayload, mode: "add" | "replace"): void;
  lastQueryResult(): CypherResponse | null;
  setLastQueryResult(r: CypherResponse | null): void;

  runForceLayout(): void;
  stopForceLayout(): void;
  setLayout(l: LayoutName): void;

  exportPng(): Promise<void>;
  exportSvg(): Promise<void>;
  /** nodes.csv and edges.csv. */
  exportCsv(): void;
  exportGraphml(): void;
  exportGexf(): void;
  exportJson(): void;
  shareUrl(): string;
}
