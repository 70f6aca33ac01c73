// The top bar: brand, search, history, layouts with progress, size, export, share, language.
import type { Actions } from "../actions.ts";
import type { LayoutProgress } from "../sigma/layout-runner.ts";
import { SIZE_BY, type SizeBy } from "../graph/types.ts";
import { canRedo, canUndo } from "../graph/history.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { searchBox } from "./search-box.ts";
import { editorBar } from "./editor-bar.ts";

export interface ToolbarHooks {
  onLayoutProgress(listener: (p: LayoutProgress) => void): void;
}

export function toolbar(app: Actions, hooks: ToolbarHooks): HTMLElement {
  const root = h("header.topbar");
  const editor = editorBar(app);
  const search = searchBox(app, (id) => void app.reveal(id).then(() => app.selectNode(id, true)));
  const progress = h(
    "div.progress",
    { role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-label": t("layout") },
    h("div.bar"),
  );
  const layoutBtn = h("button.btn", { "data-action": "layout" });
  const layeredBtn = h("button.btn", { "data-action": "layered" });
  let running = false;
  layoutBtn.addEventListener("click", () => (running ? app.stopForceLayout() : app.runForceLayout()));
  layeredBtn.addEventListener("click", () =>
    app.setLayout(app.state().view.layout === "layered" ? "force" : "layered"),
  );
  hooks.onLayoutProgress((p) => {
    running = p.running;
    progress.classList.toggle("active", p.running);
    (progress.firstChild as HTMLElement).style.width = `${Math.round(p.progress * 100)}%`;
    progress.setAttribute("aria-valuenow", String(Math.round(p.progress * 100)));
    // Progress counts real ForceAtlas2 iterations reported back by the worker, not elapsed time.
    const iters = p.target ? `${p.iterations} / ${p.target} ${t("iterations")}` : "";
    progress.title = iters;
    progress.setAttribute("aria-valuetext", iters);
    layoutBtn.title = p.target ? `ForceAtlas2 · ${iters}` : t("layoutHint");
    layoutBtn.dataset.iterations = String(p.iterations);
    layoutBtn.textContent = p.running ? `■ ${t("stopLayout")}` : `▶ ${t("runLayout")}`;
    layoutBtn.setAttribute("aria-pressed", String(p.running));
  });

  const sizeSel = h("select.size-by", { "aria-label": t("sizeBy") });
  sizeSel.addEventListener("change", () => app.setSizeBy(sizeSel.value as SizeBy));
  const exportSel = h("select.export", { "aria-label": t("export"), "data-action": "export" });
  exportSel.addEventListener("change", () => {
    const v = exportSel.value;
    exportSel.value = "";
    if (v === "png") void app.exportPng();
    else if (v === "svg") void app.exportSvg();
    else if (v === "csv") app.exportCsv();
    else if (v === "graphml") app.exportGraphml();
    else if (v === "gexf") app.exportGexf();
    else if (v === "json") app.exportJson();
  });
  const shareBtn = h("button.btn", { "data-action": "share" });
  shareBtn.addEventListener("click", async () => {
    const url = app.shareUrl();
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (insecure origin, headless): the address bar holds the same link.
    }
    shareBtn.textContent = `✓ ${t("copied")}`;
    setTimeout(render, 1500);
  });
  const undoBtn = h("button.btn.icon", { "data-action": "undo", onclick: () => app.undo() }, "↶");
  const redoBtn = h("button.btn.icon", { "data-action": "redo", onclick: () => app.redo() }, "↷");
  const allBtn = h("button.btn", { "data-action": "show-all", onclick: () => app.showAll() });
  const langBtn = h("button.btn.lang", {
    "data-action": "lang",
    onclick: () => app.setLang(app.lang() === "zh" ? "en" : "zh"),
  });

  const render = () => {
    const s = app.state();
    undoBtn.title = t("undo");
    redoBtn.title = t("redo");
    undoBtn.toggleAttribute("disabled", !canUndo(s));
    redoBtn.toggleAttribute("disabled", !canRedo(s));
    allBtn.textContent = t("showAll");
    allBtn.toggleAttribute("disabled", s.view.content.scope === "all");
    layoutBtn.textContent = running ? `■ ${t("stopLayout")}` : `▶ ${t("runLayout")}`;
    layeredBtn.textContent = t("layered");
    layeredBtn.setAttribute("aria-pressed", String(s.view.layout === "layered"));
    clear(
      sizeSel,
      SIZE_BY.map((k) => h("option", { value: k, selected: s.view.sizeBy === k }, `${t("sizeBy")} · ${t(k)}`)),
    );
    clear(
      exportSel,
      h("option", { value: "" }, `${t("export")} ▾`),
      h("option", { value: "png" }, "PNG"),
      h("option", { value: "svg" }, "SVG"),
      h("option", { value: "gexf" }, "GEXF (Gephi)"),
      h("option", { value: "graphml" }, "GraphML"),
      h("option", { value: "csv" }, "CSV (nodes, edges)"),
      h("option", { value: "json" }, "JSON"),
    );
    shareBtn.textContent = t("share");
    langBtn.textContent = app.lang() === "zh" ? "EN" : "中文";
    (search.querySelector("input") as HTMLInputElement).placeholder = t("search");
  };
  clear(
    root,
    h(
      "div.brand",
      {},
      h("span.logo", {}, "◈"),
      h(
        "div",
        {},
        h("div.brand-name", {}, h("span.brand-zh", {}, "韧性图谱"), h("span.en", {}, " Resilience Graph")),
        h("div.tagline", {}, "北京产业链韧性 · Beijing industrial-chain resilience"),
      ),
    ),
    search,
    h(
      "div.tools",
      {},
      undoBtn,
      redoBtn,
      allBtn,
      h("span.sep"),
      layoutBtn,
      layeredBtn,
      sizeSel,
      h("span.sep"),
      exportSel,
      shareBtn,
      langBtn,
      editor,
    ),
    progress,
  );
  app.onChange(render);
  render();
  return root;
}
