// The analyst's results that are not view state: the paths found for the URL's path request, the tie opened
// from the matrix, the draft ends of a path, the last console result. Each can focus the canvas.
import type { ApiClient, CypherResponse, GraphPayload, PathsResponse, Tie } from "../api/index.ts";
import { ApiRequestError } from "../api/index.ts";
import type { Store } from "../graph/model.ts";
import type { AppState, PathRequest } from "../graph/types.ts";
import * as P from "../graph/view-state.ts";
import { t } from "../ui/i18n.ts";

export type Focus = { nodes: Set<string>; edges: Set<string> };

/** What the analysis needs from the app: state in, state out, and the canvas's current node ids. */
export interface AnalysisHost {
  readonly api: ApiClient;
  readonly store: Store;
  state(): AppState;
  dispatch(next: AppState): void;
  canvasIds(): string[];
  refresh(): void;
  /** A failed request becomes the same recoverable banner every other failed action shows. */
  report(err: unknown, action: string, retry: () => void): void;
}

export class Analysis {
  paths: PathsResponse | null = null;
  pathErr: string | null = null;
  tie: Tie | null = null;
  tieFocus: Focus | null = null;
  draft: { from: string | null; to: string | null } = { from: null, to: null };
  queryResult: CypherResponse | null = null;
  private pathKey = "";

  constructor(private readonly host: AnalysisHost) {}

  /** The tie's chain wins over a path: it was opened last (opening a tie clears the path). */
  focus(): Focus | null {
    if (this.tieFocus) return this.tieFocus;
    if (!this.paths || !this.host.state().view.path || !this.paths.paths.length) return null;
    return {
      nodes: new Set(this.paths.paths.flatMap((p) => p.nodeIds)),
      edges: new Set(this.paths.paths.flatMap((p) => p.edgeIds)),
    };
  }

  /** Called when the URL's path request changes. */
  pathChanged(req: PathRequest | null): Promise<void> | null {
    this.paths = null;
    this.pathErr = null;
    return req ? this.loadPath(req) : null;
  }

  async loadPath(req: PathRequest): Promise<void> {
    const key = JSON.stringify(req);
    this.pathKey = key;
    const h = this.host;
    try {
      const res = await h.api.paths({
        from: req.from,
        to: req.to,
        mode: req.mode,
        k: req.k,
        ...(req.document ? { document: req.document } : {}),
        ...(req.directed ? { directed: "true" as const } : {}),
        ...(req.stated ? { stated: "true" as const } : {}),
      });
      if (this.pathKey !== key) return;
      this.paths = res;
      this.pathErr = res.paths.length ? null : t("noPath");
      h.store.merge(res.graph);
      const s = P.addNodes(
        h.state(),
        res.graph.nodes.map((n) => n.key),
        h.canvasIds(),
        "add",
      );
      if (s !== h.state()) h.dispatch(s);
    } catch (err) {
      if (this.pathKey !== key) return;
      this.pathErr = err instanceof ApiRequestError ? `${err.code}: ${err.message}` : String(err);
      if (!(err instanceof ApiRequestError && err.code === "ABORTED")) {
        h.report(err, t("find"), () => {
          if (this.pathKey === key) void this.loadPath(req);
        });
      }
    }
    h.refresh();
  }

  clearTie(): void {
    this.tie = null;
    this.tieFocus = null;
  }

  showTie(tie: Tie | null, nodeIds: readonly string[], edgeIds: readonly string[], graph?: GraphPayload): void {
    const h = this.host;
    this.tie = tie;
    if (graph) h.store.merge(graph);
    // The cell's chains plus the tie shown in the inspector (its chain may pass through other nodes).
    const nodes = [...nodeIds, ...(tie?.nodeIds ?? [])];
    const edges = [...edgeIds, ...(tie?.edgeIds ?? [])];
    this.tieFocus = nodes.length ? { nodes: new Set(nodes), edges: new Set(edges) } : null;
    const s = nodes.length ? P.addNodes(h.state(), nodes, h.canvasIds(), "add") : h.state();
    h.dispatch(P.setPath(s, null));
    h.refresh();
  }
}
