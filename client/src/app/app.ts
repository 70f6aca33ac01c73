// The actions panels call (see actions.ts): selection, expansion and history, filters, paths and ties,
// layouts, export. Each runs a pure producer and hands the result to the core's dispatch.
import type { CypherResponse, GraphPayload, PathsResponse, Tie } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { redo as redoP, undo as undoP } from "../graph/history.ts";
import type { AppState, Lang, LayoutName, PathRequest, SizeBy } from "../graph/types.ts";
import * as P from "../graph/view-state.ts";
import { t } from "../ui/i18n.ts";
import { mergeColumns } from "../graph/columns.ts";
import { AppCore, OVERVIEW_CAP } from "./core.ts";
import { nodeLabel, syncEdges } from "../graph/model.ts";
import type { Change } from "../api/index.ts";
import { storeChange } from "./apply-change.ts";
import { Curation } from "./curation.ts";
import * as share from "./share.ts";
import { countsText } from "../ui/status-counts.ts";

export class App extends AppCore implements Actions {
  /** The node whose neighbours are being fetched (the busy state), or null. */
  expanding: string | null = null;
  private readonly expansionAdded = new Map<string, string[]>();

  /** Writes (editor mode): a rejected or deleted node leaves the canvas. */
  readonly curation = new Curation(this.api, (change) => this.applyChange(change));

  /** Shift-drag from a node onto another in editor mode: the source's inspector opens with the target picked. */
  protected override linkNodes(source: string, target: string): void {
    if (!this.curation.editing()) return;
    this.curation.proposeConnect(source, target);
    this.selectNode(source);
  }

  /** A write (or its undo) as the explorer shows it: the store, the canvas and the view follow its snapshots. */
  private applyChange(change: Change): void {
    const { gone, added, edges } = storeChange(this.store, change);
    for (const n of change.after.nodes) {
      const a = this.store.nodes.get(n.id);
      if (a && this.graph.hasNode(n.id))
        this.graph.mergeNodeAttributes(n.id, { name: a.name, nameEn: a.nameEn, label: nodeLabel(a, this.lang()) });
    }
    for (const id of gone) if (this.graph.hasNode(id)) this.hide(id);
    if (added.length) this.content(t("addToView"), () => P.addNodes(this.s, added, this.canvasIds(), "add"));
    void this.queue.run(t("addToView"), () => syncEdges(this.graph, this.store, edges));
  }

  // ---- selection, expansion, history (content changes are queued) ------------------------------------

  selectNode(id: string, focus = false): void {
    this.dispatch(P.select(this.s, { kind: "node", id }));
    if (focus && this.renderer && this.graph.hasNode(id)) this.renderer.focusNode(id);
  }

  reveal(id: string): Promise<void> {
    return this.queue.run(t("search"), async () => {
      if (this.graph.hasNode(id)) return;
      if (!this.store.nodes.has(id)) this.store.merge(await this.api.neighbors(id, { limit: 1 }));
      this.dispatch(P.addNodes(this.s, [id], this.canvasIds(), "add"));
    });
  }

  selectEdge(id: string): void {
    this.dispatch(P.select(this.s, { kind: "edge", id }));
  }

  clearSelection(): void {
    this.dispatch(P.select(this.s, null));
  }

  /** Adds a bounded number of neighbours (nearest first); the inspector offers "show more" with a larger limit. */
  override expand(id: string, limit = 25): Promise<void> {
    return this.queue.run(t("expand"), async () => {
      this.expanding = id;
      this.emit();
      try {
        const res = await this.api.neighbors(id, { limit });
        this.store.merge(res);
        const neighbors = res.nodes.map((n) => n.key).filter((k) => k !== id);
        this.lastExpansion = { id, limit, omitted: res.attributes.omitted };
        const before = new Set(this.canvasIds());
        this.dispatch(P.expand(this.s, id, neighbors, this.canvasIds()));
        // What this expansion brought (a "show more" adds to it), so collapsing takes back exactly that.
        const added = this.graph.filterNodes((n) => !before.has(n));
        this.expansionAdded.set(id, [...new Set([...(this.expansionAdded.get(id) ?? []), ...added])]);
        // The camera shows the node and everything it brought.
        this.renderer.frame([id, ...neighbors]);
      } finally {
        this.expanding = null;
        this.emit();
      }
    });
  }

  /** Frames what is drawn (the layered reading: its own extent, which holds the labels). */
  fit(): void {
    if (this.s.view.layout === "layered" || !this.renderer.frame(this.graph.nodes(), 350)) this.renderer.fit();
  }

  private content(action: string, producer: () => AppState): void {
    void this.queue.run(action, () => this.dispatch(producer()));
  }

  /**
   * Takes back what expanding `id` added, except what another open expansion also brought. An expansion this
   * tab did not see (opened from a link) falls back to the neighbours that hold on to nothing else.
   */
  collapse(id: string): void {
    const nb = (n: string) => (this.graph.hasNode(n) ? this.graph.neighbors(n) : []);
    const added = this.expansionAdded.get(id);
    this.expansionAdded.delete(id);
    const keep = new Set(
      this.s.view.content.expanded.filter((e) => e !== id).flatMap((e) => [e, ...(this.expansionAdded.get(e) ?? [])]),
    );
    const drop = added?.filter((n) => n !== id && !keep.has(n));
    this.content(t("collapse"), () => P.collapse(this.s, id, this.canvasIds(), nb, drop));
  }

  isolate(id: string): void {
    this.content(t("isolate"), () => P.isolate(this.s, [id]));
    this.renderer.fit();
  }

  hide(id: string): void {
    this.content(t("hide"), () => P.hideNodes(this.s, [id], this.canvasIds()));
  }

  /** In editor mode with writes of this tab to take back, the history keys undo writes (audit trail). */
  undo(): void {
    if (this.curation.editing() && this.curation.canUndo())
      void this.queue.run(t("undo"), async () => void (await this.curation.undo()));
    else this.content(t("undo"), () => undoP(this.s));
  }

  redo(): void {
    if (this.curation.editing() && this.curation.canRedo())
      void this.queue.run(t("redo"), async () => void (await this.curation.redo()));
    else this.content(t("redo"), () => redoP(this.s));
  }

  showAll(): void {
    this.content(t("showAll"), () => P.showAll(this.s));
  }

  addPayload(payload: GraphPayload, mode: "add" | "replace"): void {
    this.store.merge(payload);
    const ids = payload.nodes.map((n) => n.key);
    this.content(t("addToView"), () => P.addNodes(this.s, ids, this.canvasIds(), mode));
    if (mode === "replace") this.renderer.fit();
  }

  /** The overview of one node type (up to the overview's cap), replacing the view: a way into a capped graph. */
  showType(type: string): Promise<void> {
    return this.queue.run(t("showType"), async () => {
      const cols = await this.api.overview({ types: type, limit: OVERVIEW_CAP });
      const before = new Set(this.store.nodes.keys());
      const o = mergeColumns(this.store, cols);
      for (const [id, p] of o.positions) if (!before.has(id)) this.layouts.positions.get("force").set(id, p);
      this.dispatch(
        P.addNodes(
          this.s,
          this.store.baseIds.filter((id) => this.store.nodes.get(id)?.type === type),
          this.canvasIds(),
          "replace",
        ),
      );
      this.renderer.fit();
    });
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

  /**
   * Another choice of documents: their overview replaces the whole-graph view (one request, as at start); nodes
   * seen before keep their positions, new ones take their stored ones, and the camera fits the new picture.
   */
  setDocuments(ids: readonly string[]): Promise<void> {
    return this.queue.run(t("documents"), async () => {
      const next = P.setDocuments(this.s, ids);
      const cols = await this.api.overview({ limit: OVERVIEW_CAP, ...this.documentQuery(next.view) });
      const before = new Set(this.store.nodes.keys());
      const o = mergeColumns(this.store, cols);
      this.store.setBase(cols.nodes.id);
      this.overview = o;
      const force = this.layouts.positions.get("force");
      for (const [id, p] of o.positions) if (!before.has(id)) force.set(id, p);
      const unplaced = cols.nodes.id.some((id) => !force.has(id));
      this.dispatch(next);
      this.syncDocumentMarks();
      this.renderer.fit();
      if (unplaced && next.view.layout === "force") this.layouts.runner.start();
    });
  }

  // ---- paths, ties, queries (held by Analysis) -------------------------------------------------------

  findPath(req: PathRequest | null): void {
    this.analysis.clearTie();
    this.dispatch(P.setPath(this.s, req));
  }

  draftPath(end: "from" | "to", id: string): void {
    this.analysis.draft = { ...this.analysis.draft, [end]: id };
    document.dispatchEvent(new CustomEvent("rg:open-tab", { detail: "paths" }));
    this.emit();
  }

  pathDraft(): { from: string | null; to: string | null } {
    return this.analysis.draft;
  }

  pathResult(): PathsResponse | null {
    return this.analysis.paths;
  }

  pathError(): string | null {
    return this.analysis.pathErr;
  }

  showTie(tie: Tie | null, nodeIds: readonly string[], edgeIds: readonly string[], graph?: GraphPayload): void {
    this.analysis.showTie(tie, nodeIds, edgeIds, graph);
  }

  currentTie(): Tie | null {
    return this.analysis.tie;
  }

  setQuery(q: string | null): void {
    this.dispatch(P.setQuery(this.s, q));
  }

  lastQueryResult(): CypherResponse | null {
    return this.analysis.queryResult;
  }

  setLastQueryResult(r: CypherResponse | null): void {
    this.analysis.queryResult = r;
  }

  // ---- layouts, export, share ------------------------------------------------------------------------

  runForceLayout(): void {
    if (this.s.view.layout !== "force") this.setLayout("force");
    this.layouts.runner.start();
  }

  stopForceLayout(): void {
    this.layouts.runner.stop(true);
  }

  setLayout(l: LayoutName): void {
    if (l === this.s.view.layout) return;
    const from = this.s.view.layout;
    this.layouts.switchTo(from, l);
    this.dispatch(P.setLayout(this.s, l));
    this.renderer.fit();
  }

  exportPng(): Promise<void> {
    return share.exportPng(this.renderer, this.graph, this.picture());
  }

  exportSvg(): Promise<void> {
    return share.exportSvg(this.renderer, this.graph, this.picture());
  }

  exportCsv(): void {
    share.exportCsv(this.graph);
  }

  exportGraphml(): void {
    share.exportGraphml(this.graph);
  }

  /** A picture's title and the counts under it. */
  private picture(): share.Picture {
    return { title: `${t("brand")} · ${t("tagline")}`, subtitle: countsText(this), lang: this.s.view.lang };
  }

  exportGexf(): void {
    share.exportGexf(this.graph);
  }

  exportJson(): void {
    share.exportJson(this.graph);
  }

  shareUrl(): string {
    return share.shareUrl(this.s.view);
  }
}
