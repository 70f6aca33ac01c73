// The right-hand panel: a node (names, type, summary, properties, neighbours by relation, evidence with a
// reader pane), an edge (its ends, why it holds, evidence) or a measure–problem tie (its chain and evidence).
import type { Evidence, NodeDetail, Tie } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";
import { markOf } from "./type-mark.ts";
import { quote, renderReader, resolveLocator } from "./documents.ts";
import { edgeCurateTools, historySection, nodeCurateTools } from "./inspector-curate.ts";
import { nodeEditForm } from "./inspector-edit.ts";
import { readerSpanBar } from "./reader-selection.ts";
import { t } from "./i18n.ts";
import { typeName } from "./legend-panel.ts";

const HIDDEN_PROPS = new Set(["id", "type", "name", "nameEn", "summaryZh", "summaryEn", "evidence", "aliases"]);

export function inspector(app: Actions): HTMLElement {
  const root = h("aside.inspector", { "aria-label": "inspector" });
  let shown = "";
  let token = 0;

  const nodeLink = (id: string) =>
    h(
      "button.link",
      { onclick: () => app.selectNode(id, true), "data-node": id },
      markOf(app.nodeInfo(id)?.type ?? ""),
      app.nodeName(id),
    );

  // Scrollable: focusable so keyboard users can scroll it (axe-core's scrollable-region-focusable).
  const reader = h("div.reader", { "aria-label": t("reader"), tabindex: 0, role: "region" });
  const spanBar = readerSpanBar(app, reader);

  const evidenceItem = (locator: string, content: HTMLElement) => {
    const item = h(
      "li.evidence-item",
      { tabindex: 0, "data-locator": locator },
      content,
      h("div.locator", {}, locator),
    );
    const open = () => {
      for (const el of root.querySelectorAll(".evidence-item.active")) el.classList.remove("active");
      item.classList.add("active");
      void renderReader(app.api, reader, locator);
    };
    item.addEventListener("click", open);
    item.addEventListener("keydown", (e) => e.key === "Enter" && open());
    return { item, open };
  };

  const evidenceFromLocators = (locators: readonly string[]) => {
    const list = h("ul.evidence");
    let first: (() => void) | null = null;
    for (const loc of locators) {
      const slot = h("div", {}, h("span.muted", {}, loc));
      const { item, open } = evidenceItem(loc, slot);
      first ??= open;
      list.append(item);
      void resolveLocator(app.api, loc).then((r) => r && slot.replaceChildren(quote(r.before, r.span, r.after)));
    }
    if (!locators.length) list.append(h("li.muted", {}, t("noEvidence")));
    return { list, first };
  };

  const renderNode = async (id: string, my: number) => {
    const info = app.nodeInfo(id);
    clear(root, h("div.inspector-loading", {}, app.nodeName(id), " …"));
    let detail: NodeDetail;
    try {
      detail = await app.api.node(id);
    } catch (err) {
      if (my === token)
        clear(
          root,
          h(
            "div.error-box",
            { role: "alert" },
            err instanceof Error ? err.message : String(err),
            " ",
            h("button.btn.small", { "data-action": "retry-node", onclick: () => ((shown = ""), render()) }, t("retry")),
          ),
        );
      return;
    }
    if (my !== token) return;
    const props = detail.properties;
    const en = app.lang() === "en";
    const name = String(props.name ?? info?.name ?? id);
    const nameEn = String(props.nameEn ?? info?.nameEn ?? "");
    const summary = String((en ? props.summaryEn : props.summaryZh) ?? "");
    const aliases = Array.isArray(props.aliases) ? (props.aliases as unknown[]).map(String) : [];
    const extra = Object.entries(props).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== "");
    // Neighbours grouped by relation and direction, from what the client knows (the store).
    const groups = new Map<string, string[]>();
    for (const ek of app.store.adjacency.get(id) ?? []) {
      const e = app.store.edges.get(ek)!;
      const out = e.source === id;
      const key = `${out ? "→" : "←"} ${e.attributes.type}`;
      const list = groups.get(key) ?? [];
      list.push(out ? e.target : e.source);
      groups.set(key, list);
    }
    const expansion = app.lastExpansion?.id === id ? app.lastExpansion : null;
    const ev = h("ul.evidence");
    let first: (() => void) | null = null;
    for (const e of detail.evidence) {
      const { item, open } = evidenceItem(e.locator, evidenceContent(e));
      first ??= open;
      ev.append(item);
    }
    if (!detail.evidence.length) ev.append(h("li.muted", {}, t("noEvidence")));
    clear(
      root,
      h(
        "header.inspector-head",
        {},
        h("div.type-chip", {}, markOf(detail.type), typeName(detail.type, app.lang())),
        h("h2.node-name", {}, en && nameEn ? nameEn : name),
        h("div.node-alt", {}, en ? name : nameEn),
        h("button.close", { onclick: () => app.clearSelection(), "aria-label": t("close") }, "×"),
      ),
      h(
        "div.actions",
        {},
        h("button.btn.primary", { onclick: () => void app.expand(id), "data-action": "expand" }, t("expand")),
        expansion && expansion.omitted > 0
          ? h(
              "button.btn",
              { onclick: () => void app.expand(id, expansion.limit * 2), "data-action": "more" },
              `${t("more")} (+${expansion.omitted})`,
            )
          : null,
        app.state().view.content.expanded.includes(id)
          ? h("button.btn", { onclick: () => app.collapse(id), "data-action": "collapse" }, t("collapse"))
          : null,
        h("button.btn", { onclick: () => app.isolate(id), "data-action": "isolate" }, t("isolate")),
        h("button.btn", { onclick: () => app.hide(id), "data-action": "hide" }, t("hide")),
        h("button.btn", { onclick: () => app.draftPath("from", id), "data-action": "path-from" }, t("pathFrom")),
        h("button.btn", { onclick: () => app.draftPath("to", id), "data-action": "path-to" }, t("pathTo")),
      ),
      app.curation.editing()
        ? nodeEditForm(app, id, { ...props, type: detail.type }, () => ((shown = ""), render()))
        : null,
      nodeCurateTools(app, id, detail),
      summary ? h("section", {}, h("h3", {}, t("summary")), h("p.summary", {}, summary)) : null,
      aliases.length
        ? h(
            "div.aliases",
            {},
            aliases.map((a) => h("span.alias", {}, a)),
          )
        : null,
      extra.length
        ? h(
            "section",
            {},
            h("h3", {}, t("properties")),
            h(
              "table.props",
              {},
              extra.map(([k, v]) =>
                h("tr", {}, h("th", {}, k), h("td", {}, typeof v === "object" ? JSON.stringify(v) : String(v))),
              ),
            ),
          )
        : null,
      h(
        "section",
        {},
        h("h3", {}, `${t("neighbours")} (${detail.degree.total})`),
        [...groups.entries()].map(([rel, ids]) =>
          h("div.nb-group", {}, h("div.nb-rel.mono", {}, rel), h("div.nb-list", {}, ids.map(nodeLink))),
        ),
      ),
      h("section", {}, h("h3", {}, `${t("evidence")} (${detail.evidence.length})`), ev),
      h("section.reader-section", {}, h("h3", {}, t("reader")), spanBar, reader),
      historySection(app, id),
    );
    first?.();
  };

  const evidenceContent = (e: Evidence) =>
    e.resolved && e.span !== undefined
      ? quote(e.before ?? "", e.span, e.after ?? "")
      : h("div.muted", {}, t("unresolved"), e.reason ? ` (${e.reason})` : "");

  const renderEdge = (id: string) => {
    const e = app.store.edges.get(id);
    if (!e) return clear(root);
    const a = e.attributes;
    const why = String((app.lang() === "en" ? a.whyEn : a.whyZh) ?? "");
    const locators = Array.isArray(a.evidence) ? (a.evidence as unknown[]).map(String) : [];
    const { list, first } = evidenceFromLocators(locators);
    clear(
      root,
      h(
        "header.inspector-head",
        {},
        h(
          "div.type-chip.mono",
          {},
          a.type,
          a.inferred ? h("span.tag.inferred", {}, t("inferred")) : h("span.tag", {}, t("stated")),
        ),
        h("div.edge-ends", {}, nodeLink(e.source), h("span.arrow", {}, ` —${a.type}→ `), nodeLink(e.target)),
        h("button.close", { onclick: () => app.clearSelection(), "aria-label": t("close") }, "×"),
      ),
      why ? h("p.summary", {}, why) : null,
      edgeCurateTools(app, id, String(a.type)),
      h("section", {}, h("h3", {}, `${t("evidence")} (${locators.length})`), list),
      h("section.reader-section", {}, h("h3", {}, t("reader")), spanBar, reader),
      historySection(app, id),
    );
    first?.();
  };

  const renderTie = (tie: Tie) => {
    const chain = h("ol.chain");
    tie.nodeIds.forEach((n, i) => {
      chain.append(h("li", {}, nodeLink(n)));
      const eid = tie.edgeIds[i];
      if (eid)
        chain.append(
          h(
            "li.chain-edge.mono",
            {},
            `↓ ${app.store.edges.get(eid)?.attributes.type ?? eid}${tie.inferredEdgeIds.includes(eid) ? ` (${t("inferred")})` : ""}`,
          ),
        );
    });
    const { list, first } = evidenceFromLocators(tie.evidence.flatMap((e) => e.locators));
    const mName = app.lang() === "en" ? tie.measure.nameEn : tie.measure.name;
    const pName = app.lang() === "en" ? tie.problem.nameEn : tie.problem.name;
    clear(
      root,
      h(
        "header.inspector-head",
        {},
        h(
          "div.type-chip",
          {},
          t("tie"),
          h("span.tag", {}, tie.kind),
          h("span.tag", {}, tie.stated ? t("stated") : t("inferred")),
        ),
        h("h2.node-name", {}, `${mName} → ${pName}`),
        h("button.close", { onclick: () => app.showTie(null, [], []), "aria-label": t("close") }, "×"),
      ),
      h("section", {}, chain),
      h("section", {}, h("h3", {}, t("evidence")), list),
      h("section.reader-section", {}, h("h3", {}, t("reader")), spanBar, reader),
    );
    first?.();
  };

  const render = () => {
    const sel = app.state().view.selection;
    const tie = app.currentTie();
    const key = tie
      ? `tie:${tie.measure.id}:${tie.problem.id}:${tie.nodeIds.join(",")}:${app.lang()}`
      : sel
        ? `${sel.kind}:${sel.id}:${app.lang()}:${app.state().view.content.expanded.join()}:${app.lastExpansion?.limit ?? 0}`
        : "";
    if (key === shown) return;
    shown = key;
    const my = ++token;
    root.classList.toggle("open", !!key);
    if (tie) renderTie(tie);
    else if (!sel) clear(root);
    else if (sel.kind === "node") void renderNode(sel.id, my);
    else renderEdge(sel.id);
  };
  app.onChange(render);
  // Entering or leaving editor mode, and every write, redraw the node from the server (its version included).
  app.curation.onChange(() => ((shown = ""), render()));
  render();
  return root;
}
