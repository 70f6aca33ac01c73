// The app: owns the state, the store, the canvas graph and the renderer. Actions run producers, then the
// effects bring the graph, the renderer, the URL and the panels in line with the new state.
import type { ApiClient, CypherResponse, GraphPayload, PathsResponse, Tie } from "./api/index.ts";
import { ApiRequestError } from "./api/index.ts";
import type { Actions } from "./actions.ts";
import { toGexf, toJson } from "./graph/exports.ts";
import { layeredLayout } from "./graph/layered-layout.ts";
import { createCanvasGraph, relabel, Store, syncGraph, type CanvasGraph } from "./graph/model.ts";
import { applySizes } from "./graph/sizing.ts";
import * as P from "./graph/view-state.ts";
import { redo as redoP, undo as undoP } from "./graph/history.ts";
import { encodeView } from "./graph/url-state.ts";
import type { AppState, Lang, LayoutName, PathRequest, SizeBy } from "./graph/types.ts";
import { ForceLayoutRunner, PositionCache, type LayoutProgress } from "./sigma/layout-runner.ts";
import { GraphRenderer } from "./sigma/renderer.ts";
import { download } from "./ui/dom.ts";
import { setUiLang, t } from "./ui/i18n.ts";

export class App implements Actions {
  readonly store = new Store();
  readonly graph: CanvasGraph = createCanvasGraph();
  readonly positions = new PositionCache();
  renderer!: GraphRenderer;
  layoutRunner!: ForceLayoutRunner;
  private s: AppState;
  private listeners: (() => void)[] = [];
  private paths: PathsResponse | null = null;
  private pathErr: string | null = null;
  private pathKey = "";
  private tie: Tie | null = null;
  private tieFocus: { nodes: Set<string>; edges: Set<string> } | null = null;
  private queryResult: CypherResponse | null = null;
  /** Fires once the first draw is done and the state from the URL is applied. */
  progress: LayoutProgress = { running: false, progress: 0 };
  onLayoutProgress: (p: LayoutProgress) => void = () => {};

  constructor(
    readonly api: ApiClient,
    initial: AppState,
  ) {
    this.s = initial;
    setUiLang(initial.view.lang);
  }

  /** Loads the base graph and any nodes the URL names, then mounts Sigma. */
  async start(container: HTMLElement, fontsReady: (labels: string[]) => Promise<void>): Promise<void> {
    const base = await this.api.graph({ limit: 100_000 });
    this.store.merge(base, true);
    await this.fillMissing();
    const layout = this.s.view.layout;
    syncGraph(this.graph, this.store, this.visibleIds(), this.positions.get(layout), this.s.view.lang);
    applySizes(this.graph, this.s.view.sizeBy);
    const labels: string[] = [];
    this.graph.forEachNode((_id, a) => labels.push(a.name, a.nameEn));
    await fontsReady(labels);
    this.layoutRunner = new ForceLayoutRunner(
      this.graph,
      (p) => {
        this.progress = p;
        this.onLayoutProgress(p);
      },
      () => this.positions.capture(this.graph, "force"),
    );
    if (layout === "layered") this.applyLayered();
    else if (!this.positions.has("force", this.graph)) {
      this.layoutRunner.settleSync(this.graph.order > 3_000 ? 50 : 300);
      this.positions.capture(this.graph, "force");
    }
    this.renderer = new GraphRenderer(this.graph, container, {
      clickNode: (id) => this.selectNode(id),
      doubleClickNode: (id) => void this.expand(id),
      clickEdge: (id) => this.selectEdge(id),
      clickStage: () => this.clearSelection(),
      dragged: () => this.positions.capture(this.graph, this.s.view.layout),
    });
    this.syncHighlight();
    if (this.s.view.path) await this.loadPath(this.s.view.path);
    this.writeUrl();
    this.emit();
  }

  /** Nodes named by the URL's expansions that the base graph does not hold are fetched through the neighbours endpoint. */
  private async fillMissing(): Promise<void> {
    const c = this.s.view.content;
    if (c.scope !== "custom" || c.nodes.every((n) => this.store.nodes.has(n))) return;
    for (const id of c.expanded) {
      if (!this.store.nodes.has(id)) continue;
      try {
        this.store.merge(await this.api.neighbors(id, { limit: 1000 }));
      } catch {
        // Missing nodes are dropped from the view; the rest of the link still opens.
      }
    }
  }

  private visibleIds(): readonly string[] {
    const c = this.s.view.content;
    return c.scope === "all" ? this.store.baseIds : c.nodes;
  }

  private canvasIds(): string[] {
    return this.graph.nodes();
  }

  // ---- state plumbing -------------------------------------------------------------------------------

  state(): AppState {
    return this.s;
  }

  lang(): Lang {
    return this.s.view.lang;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private dispatch(next: AppState): void {
    const prev = this.s;
    if (next === prev) return;
    this.s = next;
    const v = next.view;
    if (v.content !== prev.view.content) {
      syncGraph(this.graph, this.store, this.visibleIds(), this.positions.get(v.layout), v.lang);
      applySizes(this.graph, v.sizeBy);
      if (v.layout === "layered") this.applyLayered();
    } else if (v.sizeBy !== prev.view.sizeBy) applySizes(this.graph, v.sizeBy);
    if (v.lang !== prev.view.lang) {
      setUiLang(v.lang);
      relabel(this.graph, v.lang);
    }
    if (v.path !== prev.view.path) {
      this.paths = null;
      this.pathErr = null;
      if (v.path) void this.loadPath(v.path);
    }
    this.syncHighlight();
    this.writeUrl();
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  private writeUrl(): void {
    const search = encodeView(this.s.view);
    if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
  }

  private syncHighlight(): void {
    if (!this.renderer) return;
    const v = this.s.view;
    const sel = v.selection;
    const focus = this.tieFocus ?? this.pathFocus();
    this.renderer.setHighlight({
      selectedNode: sel?.kind === "node" && this.graph.hasNode(sel.id) ? sel.id : null,
      selectedEdge: sel?.kind === "edge" && this.graph.hasEdge(sel.id) ? sel.id : null,
      focusNodes: focus?.nodes ?? new Set(),
      focusEdges: focus?.edges ?? new Set(),
      hiddenTypes: new Set(v.filters.hiddenTypes),
      hiddenRels: new Set(v.filters.hiddenRels),
      minDegree: v.filters.minDegree,
    });
  }

  private pathFocus(): { nodes: Set<string>; edges: Set<string> } | null {
    if (!this.paths || !this.s.view.path || !this.paths.paths.length) return null;
    return {
      nodes: new Set(this.paths.paths.flatMap((p) => p.nodeIds)),
      edges: new Set(this.paths.paths.flatMap((p) => p.edgeIds)),
    };
  }

  // ---- lookups ---------------------------------------------------------------------------------------

  nodeName(id: string): string {
    const a = this.store.nodes.get(id);
    if (!a) return id;
    return this.s.view.lang === "en" && a.nameEn ? a.nameEn : a.name;
  }

  nodeInfo(id: string) {
    return this.store.nodes.get(id);
  }

  isVisible(id: string): boolean {
    return this.graph.hasNode(id);
  }

  // ---- selection, expansion, history -----------------------------------------------------------------

  selectNode(id: string, focus = false): void {
    this.dispatch(P.select(this.s, { kind: "node", id }));
    if (focus && this.renderer && this.graph.hasNode(id)) this.renderer.focusNode(id);
  }

  async reveal(id: string): Promise<void> {
    if (this.graph.hasNode(id)) return;
    if (!this.store.nodes.has(id)) this.store.merge(await this.api.neighbors(id, { limit: 1 }));
    this.dispatch(P.addNodes(this.s, [id], this.canvasIds(), "add"));
  }

  selectEdge(id: string): void {
    this.dispatch(P.select(this.s, { kind: "edge", id }));
  }

  clearSelection(): void {
    this.dispatch(P.select(this.s, null));
  }

  /** Adds a bounded number of neighbours (nearest first); the inspector offers "show more" with a larger limit. */
  async expand(id: string, limit = 25): Promise<void> {
    const res = await this.api.neighbors(id, { limit });
    this.store.merge(res);
    const neighbors = res.nodes.map((n) => n.key).filter((k) => k !== id);
    this.lastExpansion = { id, limit, omitted: res.attributes.omitted };
    this.dispatch(P.expand(this.s, id, neighbors, this.canvasIds()));
    this.emit();
  }

  lastExpansion: { id: string; limit: number; omitted: number } | null = null;

  collapse(id: string): void {
    const nb = (n: string) => (this.graph.hasNode(n) ? this.graph.neighbors(n) : []);
    this.dispatch(P.collapse(this.s, id, this.canvasIds(), nb));
  }

  isolate(id: string): void {
    this.dispatch(P.isolate(this.s, [id]));
    this.renderer.fit();
  }

  hide(id: string): void {
    this.dispatch(P.hideNodes(this.s, [id], this.canvasIds()));
  }

  undo(): void {
    this.dispatch(undoP(this.s));
  }

  redo(): void {
    this.dispatch(redoP(this.s));
  }

  showAll(): void {
    this.dispatch(P.showAll(this.s));
  }

  // ---- filters, sizes, language ----------------------------------------------------------------------

  toggleType(type: string): void {
    this.dispatch(P.toggleType(this.s, type));
  }

  toggleRel(rel: string): void {
    this.dispatch(P.toggleRel(this.s, rel));
  }

  setMinDegree(n: number): void {
    this.dispatch(P.setFilters(this.s, { minDegree: n }));
  }

  setSizeBy(s: SizeBy): void {
    this.dispatch(P.setSizeBy(this.s, s));
  }

  setLang(l: Lang): void {
    this.dispatch(P.setLang(this.s, l));
  }

  // ---- paths, ties, queries --------------------------------------------------------------------------

  findPath(req: PathRequest | null): void {
    this.tie = null;
    this.tieFocus = null;
    this.dispatch(P.setPath(this.s, req));
  }

  private draft: { from: string | null; to: string | null } = { from: null, to: null };

  draftPath(end: "from" | "to", id: string): void {
    this.draft = { ...this.draft, [end]: id };
    document.dispatchEvent(new CustomEvent("rg:open-tab", { detail: "paths" }));
    this.emit();
  }

  pathDraft(): { from: string | null; to: string | null } {
    return this.draft;
  }

  private async loadPath(req: PathRequest): Promise<void> {
    const key = JSON.stringify(req);
    this.pathKey = key;
    try {
      const res = await this.api.paths({ from: req.from, to: req.to, mode: req.mode, k: req.k });
      if (this.pathKey !== key) return;
      this.paths = res;
      this.pathErr = res.paths.length ? null : t("noPath");
      this.store.merge(res.graph);
      const ids = res.graph.nodes.map((n) => n.key);
      const s = P.addNodes(this.s, ids, this.canvasIds(), "add");
      if (s !== this.s) this.dispatch(s);
    } catch (err) {
      if (this.pathKey !== key) return;
      this.pathErr = err instanceof ApiRequestError ? `${err.code}: ${err.message}` : String(err);
    }
    this.syncHighlight();
    this.emit();
  }

  pathResult(): PathsResponse | null {
    return this.paths;
  }

  pathError(): string | null {
    return this.pathErr;
  }

  showTie(tie: Tie | null, nodeIds: readonly string[], edgeIds: readonly string[], graph?: GraphPayload): void {
    this.tie = tie;
    if (graph) this.store.merge(graph);
    // The cell's chains plus the tie shown in the inspector (its chain may pass through other nodes).
    const nodes = [...nodeIds, ...(tie?.nodeIds ?? [])];
    const edges = [...edgeIds, ...(tie?.edgeIds ?? [])];
    this.tieFocus = nodes.length ? { nodes: new Set(nodes), edges: new Set(edges) } : null;
    const s = nodes.length ? P.addNodes(this.s, nodes, this.canvasIds(), "add") : this.s;
    this.dispatch(P.setPath(s, null));
    this.syncHighlight();
    this.emit();
  }

  currentTie(): Tie | null {
    return this.tie;
  }

  setQuery(q: string | null): void {
    this.dispatch(P.setQuery(this.s, q));
  }

  addPayload(payload: GraphPayload, mode: "add" | "replace"): void {
    this.store.merge(payload);
    this.dispatch(
      P.addNodes(
        this.s,
        payload.nodes.map((n) => n.key),
        this.canvasIds(),
        mode,
      ),
    );
    if (mode === "replace") this.renderer.fit();
  }

  lastQueryResult(): CypherResponse | null {
    return this.queryResult;
  }

  setLastQueryResult(r: CypherResponse | null): void {
    this.queryResult = r;
  }

  // ---- layouts ---------------------------------------------------------------------------------------

  runForceLayout(): void {
    if (this.s.view.layout !== "force") this.setLayout("force");
    this.layoutRunner.start();
  }

  stopForceLayout(): void {
    this.layoutRunner.stop(true);
  }

  setLayout(l: LayoutName): void {
    if (l === this.s.view.layout) return;
    this.layoutRunner.stop(true);
    this.positions.capture(this.graph, this.s.view.layout);
    this.dispatch(P.setLayout(this.s, l));
    if (l === "layered") this.applyLayered();
    else this.positions.apply(this.graph, "force");
    this.renderer.fit();
  }

  private applyLayered(): void {
    const nodes = this.graph.mapNodes((id, a) => ({
      id,
      type: a.nodeType,
      name: a.name,
      path: typeof a.path === "string" ? a.path : null,
      order: typeof a.order === "number" ? a.order : null,
    }));
    const pos = layeredLayout(nodes, (id) => this.graph.neighbors(id));
    this.graph.updateEachNodeAttributes((id, a) => ({ ...a, ...(pos.get(id) ?? {}) }));
  }

  // ---- export and share ------------------------------------------------------------------------------

  async exportPng(): Promise<void> {
    const { toBlob } = await import("@sigma/export-image");
    const blob = await toBlob(this.renderer.sigma as never, { format: "png", backgroundColor: "#ffffff" });
    download("resilience-graph.png", blob);
  }

  exportGexf(): void {
    download("resilience-graph.gexf", toGexf(this.graph), "application/gexf+xml");
  }

  exportJson(): void {
    download("resilience-graph.json", toJson(this.graph), "application/json");
  }

  shareUrl(): string {
    return `${location.origin}${location.pathname}${encodeView(this.s.view)}`;
  }

  kill(): void {
    this.layoutRunner?.kill();
    this.renderer?.kill();
  }
}
