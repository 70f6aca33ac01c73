// The status line's counts: what is shown of what exists. "Shown" honours the legend's filters the way the
// renderer's reducers do (node type, relation type, minimum degree on the canvas); "exists" is the whole
// graph, also what the overview's cap left out.
import type { Actions } from "../actions.ts";
import { t } from "./i18n.ts";

export interface ShownCounts {
  nodes: number;
  edges: number;
  /** Nodes in the whole graph. */
  totalNodes: number;
}

export function shownCounts(app: Actions): ShownCounts {
  const v = app.state().view;
  const { hiddenTypes, hiddenRels, minDegree } = v.filters;
  const types = new Set(hiddenTypes);
  const rels = new Set(hiddenRels);
  const ids = (v.content.scope === "all" ? app.store.baseIds : v.content.nodes).filter((id) => app.isVisible(id));
  // The canvas holds exactly the known edges between drawn nodes (syncGraph), so degree counts them.
  const onCanvas = [...app.store.edges.values()].filter((e) => app.isVisible(e.source) && app.isVisible(e.target));
  const degree = new Map<string, number>();
  for (const e of onCanvas) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const shown = (id: string) =>
    !types.has(app.nodeInfo(id)?.type ?? "") && (minDegree <= 0 || (degree.get(id) ?? 0) >= minDegree);
  const nodes = ids.filter(shown).length;
  const edges = onCanvas.filter((e) => !rels.has(e.attributes.type) && shown(e.source) && shown(e.target)).length;
  return { nodes, edges, totalNodes: Math.max(app.overviewTotal(), ids.length) };
}

export function countsText(app: Actions): string {
  const c = shownCounts(app);
  return `${c.nodes.toLocaleString()} ${t("of")} ${c.totalNodes.toLocaleString()} ${t("nodes")} · ${c.edges.toLocaleString()} ${t("edges")}`;
}
