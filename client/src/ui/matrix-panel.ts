// Measures × problems heatmap from /api/matrix. A cell opens the tie: its chain on the graph and its evidence.
import type { MatrixCell, MatrixResponse } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";

function cellColor(c: MatrixCell): string {
  // Stated ties in the Measure hue, inferred-only ones lighter; strength drives opacity. The inferred hue is darker,
  // so its opacity stops at 0.62: the cell's count stays readable on it (axe: contrast ≥ 4.5:1 with #4a2a00).
  const s = Math.max(0, Math.min(1, c.strength));
  return c.stated ? `rgba(242, 142, 43, ${0.18 + 0.82 * s})` : `rgba(176, 122, 161, ${0.12 + 0.5 * s})`;
}

/** The hover text of a (possibly truncated) header: the full name, then the other language's. */
function fullName(n: { name: string; nameEn?: string | null }, en: boolean): string {
  const [first, second] = en ? [n.nameEn || n.name, n.name] : [n.name, n.nameEn];
  return second && second !== first ? `${first}\n${second}` : first;
}

export function matrixPanel(app: Actions): HTMLElement {
  const root = h("section.panel-body.matrix");
  let data: MatrixResponse | null = null;
  let error: string | null = null;
  let loading = false;
  // "Stated only": the server leaves out every chain with an inferred edge.
  let statedOnly = false;
  const stated = () => (statedOnly ? { stated: "true" as const } : {});
  const statedBox = h("input", { type: "checkbox", "data-matrix-stated": "" }) as HTMLInputElement;
  statedBox.addEventListener("change", () => {
    statedOnly = statedBox.checked;
    void load();
  });
  const statedSwitch = h("label.stated-switch", {}, statedBox, ` ${t("statedOnly")}`);

  const openCell = async (c: MatrixCell) => {
    for (const el of root.querySelectorAll("td.active")) el.classList.remove("active");
    root.querySelector(`td[data-cell="${c.measureId}|${c.problemId}"]`)?.classList.add("active");
    try {
      const res = await app.api.ties({ measure: c.measureId, ...app.documentQuery(), ...stated() });
      error = null;
      const ties = res.ties.filter((x) => x.problem.id === c.problemId);
      const tie = ties.find((x) => x.kind === "direct") ?? ties[0] ?? null;
      app.showTie(tie, c.nodeIds, c.edgeIds, res.graph);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      render();
    }
  };

  const render = () => {
    if (error) return clear(root, statedSwitch, h("div.error-box", {}, error));
    if (!data) return clear(root, h("p.muted", {}, "…"));
    const en = app.lang() === "en";
    const cells = new Map(data.cells.map((c) => [`${c.measureId}|${c.problemId}`, c]));
    const table = h(
      "table.heatmap",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th.corner", {}, `${t("measures")} \\ ${t("problems")}`),
          data.columns.map((p) => h("th.col", { title: fullName(p, en) }, h("span", {}, en ? p.nameEn : p.name))),
        ),
      ),
      h(
        "tbody",
        {},
        data.rows.map((m) =>
          h(
            "tr",
            {},
            h("th.row", { title: fullName(m, en) }, en ? m.nameEn : m.name),
            data!.columns.map((p) => {
              const c = cells.get(`${m.id}|${p.id}`);
              if (!c) return h("td.empty");
              const td = h(
                "td.cell",
                {
                  "data-cell": `${m.id}|${p.id}`,
                  tabindex: 0,
                  title: `${c.chains} ${t("chains")}${c.direct ? ` · ${t("direct")}` : ""} · ${c.stated ? t("stated") : t("inferred")}`,
                },
                c.direct ? "●" : String(c.chains),
              );
              td.style.background = cellColor(c);
              td.addEventListener("click", () => void openCell(c));
              td.addEventListener("keydown", (e) => e.key === "Enter" && void openCell(c));
              return td;
            }),
          ),
        ),
      ),
    );
    clear(
      root,
      data.chainsCapped
        ? h(
            "p.notice.capped",
            { role: "note", "data-chains-capped": "" },
            t("chainsCapped").replace("{n}", data.chainCap.toLocaleString()),
          )
        : null,
      statedSwitch,
      h("p.muted", {}, t("clickCell")),
      h("div.heatmap-wrap", {}, table),
    );
  };

  // The matrix of the documents on view; another choice reloads it (when the tab is next opened or now if open).
  let docsKey: string | null = null;
  const load = async () => {
    const key = `${app.documentQuery().document ?? ""}|${statedOnly}`;
    if ((data && key === docsKey) || loading) return;
    loading = true;
    try {
      data = await app.api.matrix({ ...app.documentQuery(), ...stated() });
      docsKey = key;
      // A retry that succeeds takes the earlier failure's message away.
      error = null;
    } catch (err) {
      error = err instanceof Error ? `${err.message}` : String(err);
    }
    loading = false;
    render();
  };
  let lang = app.lang();
  app.onChange(() => {
    if (app.lang() !== lang) {
      lang = app.lang();
      render();
    }
    // Another choice of documents while the matrix is on screen: its rows and columns follow.
    if (data && docsKey !== `${app.documentQuery().document ?? ""}|${statedOnly}` && root.isConnected) void load();
  });
  render();
  (root as HTMLElement & { load?: () => Promise<void> }).load = load;
  return root;
}
