// The legend of document marks: when several documents are on view, each node is ringed in its documents'
// colours (sigma/document-rings.ts); this names them, with how many of the nodes on view each holds.
import type { Actions } from "../actions.ts";
import { dot, h } from "./dom.ts";

export function documentLegend(app: Actions): HTMLElement | null {
  const marks = app.documentMarks();
  if (!marks) return null;
  const en = app.lang() === "en";
  const counts = new Map<string, number>();
  for (const id of app.store.baseIds) {
    if (!app.isVisible(id)) continue;
    const a = app.nodeInfo(id) as { documents?: string[]; document?: string } | undefined;
    for (const d of a?.documents ?? (a?.document ? [a.document] : [])) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const title = (id: string) => {
    const d = app.documentList.find((x) => x.id === id);
    return (en ? d?.titleEn || d?.title : d?.title || d?.titleEn) || id;
  };
  return h(
    "div.document-legend",
    { "data-document-legend": "" },
    h("h3", {}, en ? "Documents" : "文件"),
    h(
      "ul.legend-list",
      {},
      [...marks].map(([id, color]) =>
        h(
          "li.legend-doc",
          { "data-doc": id, "data-color": color, title: id },
          dot(color),
          h("span.legend-doc-title", {}, title(id)),
          h("span.count", {}, String(counts.get(id) ?? 0)),
        ),
      ),
    ),
    h(
      "p.hint",
      {},
      en
        ? "A node found in several documents is ringed in each one's colour."
        : "出现在多份文件中的节点以各文件的颜色分段环绕。",
    ),
  );
}
