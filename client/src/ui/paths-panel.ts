// Paths: pick two nodes (search, or "path from/to" in the inspector) → shortest, all shortest or k paths,
// highlighted on the graph with the rest dimmed and read as a cited argument.
import type { PathItem } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { PATHS_LIMITS } from "../api/limits.ts";
import { PATH_MODES, type PathMode } from "../graph/types.ts";
import { clear, h } from "./dom.ts";
import { markOf } from "./type-mark.ts";
import { t } from "./i18n.ts";
import { searchBox } from "./search-box.ts";

export function pathsPanel(app: Actions): HTMLElement {
  const root = h("section.panel-body.paths");
  let from: string | null = app.state().view.path?.from ?? null;
  let to: string | null = app.state().view.path?.to ?? null;
  let mode: PathMode = app.state().view.path?.mode ?? "shortest";
  let k = app.state().view.path?.k ?? 3;
  let within: string = app.state().view.path?.document ?? "";

  const chosen = (id: string | null) =>
    id ? h("div.chosen", {}, markOf(app.nodeInfo(id)?.type ?? ""), app.nodeName(id)) : null;
  const fromSlot = h("div.pick");
  const toSlot = h("div.pick");
  const results = h("div.path-results", { "aria-live": "polite" });
  const modeSel = h("select", { "aria-label": "mode" });
  const kInput = h("input.k", { type: "number", min: 1, max: PATHS_LIMITS.kMax, value: k, "aria-label": "k" });
  const findBtn = h("button.btn.primary", { "data-action": "find-path" }, t("find"));
  // Optionally within one document; otherwise a path may cross documents through a shared entity.
  const withinSel = h("select.path-within", { "aria-label": "document", "data-path-within": "" });
  withinSel.addEventListener("change", () => (within = withinSel.value));
  const renderWithin = () => {
    const en = app.lang() === "en";
    const docs = app.chosenDocuments() ?? app.documentList.map((d) => d.id);
    if (within && !docs.includes(within)) within = "";
    clear(
      withinSel,
      h("option", { value: "", selected: within === "" }, en ? "across documents" : "可跨文件"),
      docs.map((d) => h("option", { value: d, selected: within === d }, `${en ? "only in" : "仅限"} ${d}`)),
    );
    withinSel.hidden = app.documentList.length < 2;
  };

  const renderPicks = () => {
    clear(
      fromSlot,
      h("label", {}, t("from")),
      searchBox(app, (id) => ((from = id), renderPicks()), "from"),
      chosen(from),
    );
    clear(
      toSlot,
      h("label", {}, t("to")),
      searchBox(app, (id) => ((to = id), renderPicks()), "to"),
      chosen(to),
    );
    clear(
      modeSel,
      PATH_MODES.map((m) =>
        h(
          "option",
          { value: m, selected: m === mode },
          t(m === "shortest" ? "shortest" : m === "all" ? "allShortest" : "kPaths"),
        ),
      ),
    );
    findBtn.toggleAttribute("disabled", !from || !to || from === to);
  };
  modeSel.addEventListener("change", () => (mode = modeSel.value as PathMode));
  kInput.addEventListener("change", () => (k = Math.max(1, Math.min(PATHS_LIMITS.kMax, Number(kInput.value) || 3))));
  findBtn.addEventListener(
    "click",
    () => from && to && app.findPath({ from, to, mode, k, ...(within ? { document: within } : {}) }),
  );

  const narrative = (p: PathItem, i: number) => {
    const text = app.lang() === "en" ? p.narrativeEn : p.narrativeZh;
    const chain = h("div.path-chain");
    // A path through a shared entity: each hop names the document it comes from.
    const crosses = new Set(p.steps.map((st) => st.document ?? null)).size > 1;
    p.nodeIds.forEach((n, j) => {
      chain.append(
        h(
          "button.link",
          { onclick: () => app.selectNode(n, true) },
          markOf(app.nodeInfo(n)?.type ?? ""),
          app.nodeName(n),
        ),
      );
      const step = p.steps[j];
      if (step)
        chain.append(
          h(
            "span.step.mono",
            { title: step.quote ?? "", ...(crosses && step.document ? { "data-step-doc": step.document } : {}) },
            step.forward ? ` —${step.type}→ ` : ` ←${step.type}— `,
            crosses && step.document ? h("span.step-doc", {}, `[${step.document}]`) : null,
          ),
        );
    });
    return h(
      "article.path-item",
      { "data-path": i },
      h("header", {}, `#${i + 1} · ${p.length} ${t("hops")}`),
      chain,
      h("p.narrative", {}, text),
      p.citations.length
        ? h(
            "ol.citations",
            {},
            p.citations.map((c) =>
              h(
                "li",
                { value: c.n },
                c.quote ? h("q", {}, c.quote) : null,
                h("span.locator", {}, ` ${c.locators.join(", ")}`),
              ),
            ),
          )
        : null,
    );
  };

  let draft = app.pathDraft();
  const takeDraft = () => {
    const d = app.pathDraft();
    if (d === draft) return false;
    draft = d;
    from = d.from ?? from;
    to = d.to ?? to;
    return true;
  };

  const renderResults = () => {
    const req = app.state().view.path;
    const res = app.pathResult();
    const err = app.pathError();
    if (req) {
      from = req.from;
      to = req.to;
    }
    clear(
      results,
      !req
        ? h("p.muted", {}, t("selectHint"))
        : err
          ? h("div.error-box", {}, err)
          : !res
            ? h("p.muted", {}, "…")
            : res.paths.map(narrative),
      req ? h("button.btn", { onclick: () => app.findPath(null) }, t("clearPath")) : null,
    );
  };

  clear(root, fromSlot, toSlot, h("div.row", {}, modeSel, kInput, withinSel, findBtn), results);
  renderPicks();
  renderWithin();
  renderResults();
  let lastReq = app.state().view.path;
  app.onChange(() => {
    renderWithin();
    const req = app.state().view.path;
    if (takeDraft() || req !== lastReq) {
      lastReq = req;
      renderPicks();
    }
    renderResults();
  });
  return root;
}
