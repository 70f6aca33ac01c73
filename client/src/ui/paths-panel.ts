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
  let directed = app.state().view.path?.directed ?? false;
  let statedOnly = app.state().view.path?.stated ?? false;
  const toggle = (label: string, attr: string, on: boolean, set: (v: boolean) => void) => {
    const box = h("input", { type: "checkbox", [attr]: "", checked: on }) as HTMLInputElement;
    box.addEventListener("change", () => set(box.checked));
    return { box, label: h("label.path-switch", {}, box, ` ${label}`) };
  };
  const directedSw = toggle(t("directedOnly"), "data-path-directed", directed, (v) => (directed = v));
  const statedSw = toggle(t("statedOnly"), "data-path-stated", statedOnly, (v) => (statedOnly = v));

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
    const req = app.state().view.path;
    if (req) {
      directedSw.box.checked = directed = req.directed ?? false;
      statedSw.box.checked = statedOnly = req.stated ?? false;
    }
  };
  modeSel.addEventListener("change", () => (mode = modeSel.value as PathMode));
  kInput.addEventListener("change", () => (k = Math.max(1, Math.min(PATHS_LIMITS.kMax, Number(kInput.value) || 3))));
  findBtn.addEventListener(
    "click",
    () =>
      from &&
      to &&
      app.findPath({
        from,
        to,
        mode,
        k,
        ...(within ? { document: within } : {}),
        ...(directed ? { directed } : {}),
        ...(statedOnly ? { stated: true } : {}),
      }),
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
            {
              title: step.quote ?? "",
              "data-step": step.inferred ? "inferred" : "stated",
              ...(crosses && step.document ? { "data-step-doc": step.document } : {}),
            },
            step.forward ? ` —${step.type}→ ` : ` ←${step.type}— `,
            h(`span.step-kind${step.inferred ? ".inferred" : ""}`, {}, `(${t(step.inferred ? "inferred" : "stated")})`),
            crosses && step.document ? h("span.step-doc", {}, `[${step.document}]`) : null,
          ),
        );
    });
    return h(
      "article.path-item",
      { "data-path": i },
      h("header", {}, `#${i + 1} · ${p.length} ${t("hops")}`),
      chain,
      h("p.narrative", {}, citedText(text, p)),
      p.citations.length
        ? h(
            "ol.citations",
            {},
            p.citations.map((c) =>
              h(
                "li",
                { value: c.n },
                c.quote ? h("q", {}, c.quote) : null,
                " ",
                c.locators.map((loc) => citeLink(c.edgeId, loc, loc)),
              ),
            ),
          )
        : null,
    );
  };

  // A citation opens the reader at its sentence: the hop's edge in the inspector, with that locator open there.
  const citeLink = (edgeId: string, locator: string, label: string) =>
    h(
      "a.cite-link",
      {
        href: "#",
        "data-cite-locator": locator,
        onclick: (e: Event) => {
          e.preventDefault();
          app.selectEdge(edgeId);
          const item = [...document.querySelectorAll<HTMLElement>(".inspector .evidence-item")].find(
            (el) => el.dataset.locator === locator,
          );
          item?.click();
        },
      },
      label,
    );
  // The narrative's [n] marks become links to the n-th citation's first sentence.
  const citedText = (text: string, p: PathItem) =>
    text.split(/(\[\d+\])/).map((part) => {
      const c = /^\[(\d+)\]$/.test(part) ? p.citations.find((x) => `[${x.n}]` === part) : undefined;
      return c && c.locators[0] ? citeLink(c.edgeId, c.locators[0], part) : part;
    });

  let draft = app.pathDraft();
  const takeDraft = () => {
    const d = app.pathDraft();
    if (d === draft) return false;
    draft = d;
    from = d.from ?? from;
    to = d.to ?? to;
    return true;
  };

  // Redrawn only when the answer changes: a link replaced on every change of the app could not be clicked.
  let drawn: unknown[] = [];
  const renderResults = () => {
    const req = app.state().view.path;
    const res = app.pathResult();
    const err = app.pathError();
    const now = [req, res, err, app.lang()];
    if (now.every((x, i) => x === drawn[i])) return;
    drawn = now;
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

  clear(
    root,
    fromSlot,
    toSlot,
    h("div.row", {}, modeSel, kInput, withinSel, findBtn),
    h("div.row.path-switches", {}, directedSw.label, statedSw.label),
    results,
  );
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
