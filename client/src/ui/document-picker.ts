// The document picker: every document with its titles, version and counts; choose one, several or all (the
// choice is the view's `documents`, kept in the URL as `docs`). Under it, two documents side by side (compare).
import type { DocumentSummary } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { comparePanel } from "./compare-panel.ts";
import { clear, dot, h } from "./dom.ts";

export function documentPicker(app: Actions): HTMLElement {
  const root = h("section.panel-body.document-picker");
  const compare = comparePanel(app);
  let docs: DocumentSummary[] | null = null;
  let error: string | null = null;

  // The documents on view: the choice, else the default one; empty means every document.
  const chosen = () => app.chosenDocuments() ?? [];
  const en = () => app.lang() === "en";

  const toggle = (id: string) => {
    // In "all" every document is ticked: unticking one keeps the others.
    const now = new Set(chosen().length > 0 ? chosen() : (docs ?? []).map((d) => d.id));
    if (now.has(id)) now.delete(id);
    else now.add(id);
    // Every document ticked is the same as none: "all".
    void app.setDocuments(docs && (now.size === docs.length || now.size === 0) ? [] : [...now]);
  };
  const marks = () => app.documentMarks();

  const render = () => {
    if (error) return clear(root, h("div.error-box", {}, error));
    if (!docs) return clear(root, h("div.hint", {}, "…"));
    const pick = new Set(chosen());
    const all = pick.size === 0;
    clear(
      root,
      h(
        "button.btn.small",
        { "data-action": "all-documents", "aria-pressed": String(all), onclick: () => void app.setDocuments([]) },
        en() ? "All documents" : "全部文件",
      ),
      h(
        "ul.doc-list",
        {},
        docs.map((d) =>
          h(
            "li.doc-item",
            { "data-doc": d.id },
            h(
              "label",
              {},
              h("input", {
                type: "checkbox",
                "data-doc-check": d.id,
                checked: all || pick.has(d.id),
                onchange: () => toggle(d.id),
              }),
              marks()?.has(d.id) ? dot(marks()!.get(d.id)!) : null,
              h("span.doc-title", {}, (en() ? d.titleEn || d.title : d.title || d.titleEn) || d.id),
            ),
            h(
              "div.doc-meta",
              {},
              `${d.id}${d.version ? ` · v${d.version}` : ""}${d.language ? ` · ${d.language}` : ""} · ${d.nodes} ${en() ? "nodes" : "节点"} · ${d.relationships} ${en() ? "edges" : "关系"}${d.loaded ? "" : en() ? " · not loaded" : " · 未加载"}`,
            ),
            h(
              "div.doc-status",
              { "data-status": d.status ?? "" },
              d.status === "draft"
                ? en()
                  ? "draft"
                  : "草稿"
                : d.status === "curated"
                  ? en()
                    ? "curated"
                    : "已审定"
                  : "",
            ),
          ),
        ),
      ),
      compare.render(docs),
    );
  };

  const load = async () => {
    if (docs) return render();
    try {
      // Only loaded documents can be chosen: a source file present without a graph has nothing to show.
      docs = (await app.api.documents()).documents.filter((d) => d.loaded);
      error = null;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    render();
  };
  // A document was imported (ui/import-dialog.ts): the list is fetched again when next shown.
  document.addEventListener("rg:documents-changed", () => {
    docs = null;
    if (root.isConnected) void load();
  });
  app.onChange(() => {
    if (docs) render();
  });
  (root as HTMLElement & { load?: () => Promise<void> }).load = load;
  render();
  return root;
}
