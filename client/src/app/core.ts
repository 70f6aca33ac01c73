// The app's core: owns the state, the store, the canvas graph and the renderer. dispatch() takes the next
// state and brings the graph, the renderer, the URL and the panels in line with it. The actions panels call
// are in app.ts; content changes go through one queue (task-queue.ts).
import type { ApiClient, DocumentSummary } from "../api/index.ts";
import { defaultDocuments, documentColors, effectiveDocuments } from "../graph/documents-choice.ts";
import { mergeColumns, type Overview } from "../graph/columns.ts";
import { createCanvasGraph, relabel, Store, syncGraph, type CanvasGraph } from "../graph/model.ts";
import { applySizes } from "../graph/sizing.ts";
import type { AppState, Lang } from "../graph/types.ts";
import type { LayoutProgress } from "../sigma/layout-runner.ts";
import { GraphRenderer } from "../sigma/renderer.ts";
import { setUiLang } from "../ui/i18n.ts";
import { Analysis } from "./analysis.ts";
import { LayoutControl } from "./layouts.ts";
import * as share from "./share.ts";
import { noticeFor, TaskQueue, type Notice } from "./task-queue.ts";

/**
 * The most nodes the first view asks for. Above it the server keeps the best connected and the status bar
 * says how many of how many are shown; search, types and expansion reach the rest.
 */
export const OVERVIEW_CAP = 20_000;

/** Ends the current task so input and painting get a turn between the phases of a large first load. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export abstract class AppCore {
  readonly store = new Store();
  readonly graph: CanvasGraph = createCanvasGraph();
  readonly layouts = new LayoutControl(this.graph);
  renderer!: GraphRenderer;
  protected s: AppState;
  private listeners: (() => void)[] = [];
  protected readonly analysis: Analysis;
  protected readonly queue = new TaskQueue((err, action, retry) => this.report(err, action, retry));
  private currentNotice: Notice | null = null;
  lastExpansion: { id: string; limit: number; omitted: number } | null = null;
  /** What the first view holds of the whole graph (null until loaded). */
  overview: Overview | null = null;
  /** Every loaded document (from /api/documents at start), and the one shown when the URL has no `docs`. */
  documentList: DocumentSummary[] = [];
  defaultChoice: string[] | null = null;

  constructor(
    readonly api: ApiClient,
    initial: AppState,
  ) {
    this.s = initial;
    setUiLang(initial.view.lang);
    this.analysis = new Analysis({
      api,
      store: this.store,
      state: () => this.s,
      dispatch: (next) => this.dispatch(next),
      canvasIds: () => this.canvasIds(),
      refresh: () => {
        this.syncHighlight();
        this.emit();
      },
      report: (err, action, retry) => this.report(err, action, retry),
    });
  }

  get progress(): LayoutProgress {
    return this.layouts.progress;
  }

  set onLayoutProgress(listener: (p: LayoutProgress) => void) {
    this.layouts.onProgress = listener;
  }

  /**
   * Loads the overview (one request, compact columns, stored positions) and any nodes the URL names, then
   * mounts Sigma at once. Nodes without a stored position are laid out in the worker after the first frame.
   */
  async start(container: HTMLElement, fontsReady: (labels: string[]) => Promise<void>): Promise<void> {
    await this.loadDocumentList();
    const cols = await this.api.overview({ limit: OVERVIEW_CAP, ...this.documentQuery() });
    // Marks for `npm run bench -- app` (and the browser's performance panel): where the first frame's time goes.
    performance.mark("rg:data");
    await yieldToPage();
    this.overview = mergeColumns(this.store, cols);
    await this.fillMissing();
    await yieldToPage();
    const layout = this.s.view.layout;
    const positions = this.layouts.positions.withStored(this.overview.positions);
    syncGraph(this.graph, this.store, this.visibleIds(), positions, this.s.view.lang);
    await yieldToPage();
    applySizes(this.graph, this.s.view.sizeBy);
    performance.mark("rg:graph");
    const labels: string[] = [];
    this.graph.forEachNode((_id, a) => labels.push(a.name, a.nameEn));
    await fontsReady(labels);
    performance.mark("rg:fonts");
    this.layouts.viewport = () => ({ width: container.clientWidth || 1600, height: container.clientHeight || 900 });
    const background = this.layouts.mount(layout);
    await yieldToPage();
    this.renderer = new GraphRenderer(this.graph, container, {
      clickNode: (id) => this.selectNode(id),
      doubleClickNode: (id) => void this.expand(id),
      clickEdge: (id) => this.selectEdge(id),
      clickStage: () => this.clearSelection(),
      dragged: () => this.layouts.capture(this.s.view.layout),
      linkNodes: (a, b) => this.linkNodes(a, b),
    });
    if (layout === "layered") this.renderer.setExtent(this.layouts.layeredExtent);
    this.syncDocumentMarks();
    performance.mark("rg:renderer");
    this.syncHighlight();
    if (this.s.view.path) await this.analysis.loadPath(this.s.view.path);
    share.writeUrl(this.s.view);
    this.emit();
    // Drawn first, laid out after: the worker moves the nodes that had no stored position, with progress.
    if (background) setTimeout(() => this.layouts.runner.start(), 0);
  }

  /** Shift-drag from node to node; the app makes it a connect in editor mode. */
  protected linkNodes(_source: string, _target: string): void {}

  /** Reads the loaded documents again: a document imported in this session is not in the list read at start. */
  refreshDocuments(): Promise<void> {
    return this.loadDocumentList();
  }

  /** The documents the view can choose from; without them (an older server, an error) the view is unfiltered. */
  private async loadDocumentList(): Promise<void> {
    try {
      this.documentList = (await this.api.documents()).documents.filter((d) => d.loaded);
    } catch {
      this.documentList = [];
    }
    this.defaultChoice = defaultDocuments(this.documentList);
  }

  /** The documents the view shows (the choice, else the default); null: every document. */
  chosenDocuments(view = this.s.view): string[] | null {
    const loaded = this.documentList.map((d) => d.id);
    return effectiveDocuments(view.documents, this.defaultChoice, loaded);
  }

  /** The `document` query parameter of every content request: absent for every document. */
  documentQuery(view = this.s.view): { document?: string } {
    const docs = this.chosenDocuments(view);
    return docs ? { document: docs.join(",") } : {};
  }

  /**
   * Documents on view, coloured, when more than one is: the renderer rings each node with its documents'
   * colours and the legend names them. One document on view needs no marks.
   */
  documentMarks(): Map<string, string> | null {
    const shown = this.chosenDocuments() ?? this.documentList.map((d) => d.id);
    if (shown.length < 2) return null;
    const colors = documentColors(this.documentList.map((d) => d.id));
    return new Map(shown.map((d) => [d, colors.get(d) ?? "#888"]));
  }

  protected syncDocumentMarks(): void {
    this.renderer?.setDocumentMarks(this.documentMarks());
  }

  /** Nodes the whole graph holds (shown + left out by the overview's cap). */
  overviewTotal(): number {
    return this.overview?.total ?? this.graph.order;
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

  protected canvasIds(): string[] {
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

  protected dispatch(next: AppState): void {
    const prev = this.s;
    if (next === prev) return;
    this.s = next;
    const v = next.view;
    if (v.content !== prev.view.content) {
      syncGraph(this.graph, this.store, this.visibleIds(), this.layouts.positions.get(v.layout), v.lang);
      applySizes(this.graph, v.sizeBy);
      if (v.layout === "layered") this.layouts.applyLayered();
    } else if (v.sizeBy !== prev.view.sizeBy) applySizes(this.graph, v.sizeBy);
    if (v.lang !== prev.view.lang) {
      setUiLang(v.lang);
      relabel(this.graph, v.lang);
      // Column widths follow the labels' language.
      if (v.layout === "layered" && v.content === prev.view.content) this.layouts.applyLayered();
    }
    if (v.path !== prev.view.path) void this.analysis.pathChanged(v.path);
    const pv = prev.view;
    if (v.layout === "layered" && (pv.layout !== v.layout || pv.content !== v.content || pv.lang !== v.lang)) {
      this.renderer?.setExtent(this.layouts.layeredExtent);
    } else if (pv.layout === "layered" && v.layout !== "layered") this.renderer?.setExtent(null);
    this.syncHighlight();
    share.writeUrl(this.s.view);
    this.emit();
  }

  protected emit(): void {
    for (const l of this.listeners) l();
  }

  private syncHighlight(): void {
    if (!this.renderer) return;
    const v = this.s.view;
    const sel = v.selection;
    const focus = this.analysis.focus();
    this.renderer.setHighlight({
      selectedNode: sel?.kind === "node" && this.graph.hasNode(sel.id) ? sel.id : null,
      selectedEdge: sel?.kind === "edge" && this.graph.hasEdge(sel.id) ? sel.id : null,
      focusNodes: focus?.nodes ?? new Set(),
      focusEdges: focus?.edges ?? new Set(),
      hiddenTypes: new Set(v.filters.hiddenTypes),
      hiddenRels: new Set(v.filters.hiddenRels),
      minDegree: v.filters.minDegree,
      layered: v.layout === "layered",
    });
  }

  // ---- notices ---------------------------------------------------------------------------------------

  private report(err: unknown, action: string, retry: () => void): void {
    this.currentNotice = noticeFor(err, action, retry);
    this.emit();
  }

  notice(): Notice | null {
    return this.currentNotice;
  }

  dismissNotice(): void {
    this.currentNotice = null;
    this.emit();
  }

  retryNotice(): void {
    const n = this.currentNotice;
    this.dismissNotice();
    n?.retry?.();
  }

  /** Resolves when every queued content change has run (tests and the share link wait on it). */
  settled(): Promise<void> {
    return this.queue.run("", () => undefined);
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

  // The renderer's events call these actions, which App implements.
  abstract selectNode(id: string, focus?: boolean): void;
  abstract selectEdge(id: string): void;
  abstract clearSelection(): void;
  abstract expand(id: string, limit?: number): Promise<void>;

  kill(): void {
    this.layouts.kill();
    this.renderer?.kill();
  }
}
