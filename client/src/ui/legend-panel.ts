// Legend that is also the type filter: click a type or relation to hide or show it; a degree threshold.
import { NODE_TYPE_ZH, NODE_TYPES, REL_TYPES } from "../../../graph-seed/src/model/types.ts";
import type { Actions } from "../actions.ts";
import { REL_COLORS } from "../graph/model.ts";
import { clear, h } from "./dom.ts";
import { documentLegend } from "./document-legend.ts";
import { markOf } from "./type-mark.ts";
import { t } from "./i18n.ts";

export function typeName(type: string, lang: "zh" | "en"): string {
  return lang === "zh" ? ((NODE_TYPE_ZH as Record<string, string>)[type] ?? type) : type;
}

export function legendPanel(app: Actions): HTMLElement {
  const root = h("section.panel-body.legend");
  const render = () => {
    const v = app.state().view;
    const capped = v.content.scope === "all" && app.overviewTotal() > app.store.baseIds.length;
    const counts = new Map<string, number>();
    const relCounts = new Map<string, number>();
    for (const id of app.state().view.content.scope === "all" ? app.store.baseIds : v.content.nodes) {
      const type = app.nodeInfo(id)?.type;
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    for (const e of app.store.edges.values()) {
      if (app.isVisible(e.source) && app.isVisible(e.target))
        relCounts.set(e.attributes.type, (relCounts.get(e.attributes.type) ?? 0) + 1);
    }
    const slider = h("input", {
      type: "range",
      min: 0,
      max: 10,
      step: 1,
      value: v.filters.minDegree,
      "aria-label": t("minDegree"),
    });
    slider.addEventListener("input", () => app.setMinDegree(Number(slider.value)));
    clear(
      root,
      documentLegend(app),
      h("h3", {}, t("nodeTypes")),
      h(
        "ul.legend-list",
        {},
        NODE_TYPES.filter((ty) => counts.has(ty)).map((ty) =>
          h(
            "li",
            {},
            h(
              "button.legend-item",
              {
                "aria-pressed": String(!v.filters.hiddenTypes.includes(ty)),
                "data-type": ty,
                onclick: () => app.toggleType(ty),
              },
              markOf(ty),
              h("span.legend-label", {}, typeName(ty, app.lang())),
              h("span.count", {}, counts.get(ty) ?? 0),
            ),
            // A capped overview: the way in to one type's nodes, those the cap left out included.
            capped
              ? h(
                  "button.btn.small.show-type",
                  {
                    "data-action": "show-type",
                    "data-type": ty,
                    title: t("showType"),
                    onclick: () => void app.showType(ty),
                  },
                  "⤢",
                )
              : null,
          ),
        ),
      ),
      h("h3", {}, t("relTypes")),
      h(
        "ul.legend-list",
        {},
        REL_TYPES.filter((r) => relCounts.has(r)).map((r) => {
          const line = h("span.line");
          line.style.background = REL_COLORS[r] ?? "#999";
          return h(
            "li",
            {},
            h(
              "button.legend-item",
              {
                "aria-pressed": String(!v.filters.hiddenRels.includes(r)),
                "data-rel": r,
                onclick: () => app.toggleRel(r),
              },
              line,
              h("span.legend-label.mono", {}, r),
              h("span.count", {}, relCounts.get(r) ?? 0),
            ),
          );
        }),
      ),
      h("h3", {}, `${t("minDegree")}: ${v.filters.minDegree}`),
      slider,
    );
  };
  app.onChange(render);
  render();
  return root;
}
