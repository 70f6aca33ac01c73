// Two documents side by side (GET /api/documents/{a}/compare/{b}): a small picture — A's shared entities in the
// left column, B's in the right, a line for each pair (solid when confirmed) — then what each holds alone.
import type { CompareResponse, DocumentSummary, NodeRef } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 18;
const SHOWN = 12;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The picture: at most SHOWN pairs, strongest first; each end is labelled in the current language. */
export function comparePicture(res: CompareResponse, en: boolean): SVGSVGElement {
  const pairs = res.shared.slice(0, SHOWN);
  const label = (n: NodeRef) => (en ? n.nameEn || n.name : n.name).slice(0, 14);
  const height = 28 + ROW * Math.max(1, pairs.length);
  const root = svg("svg", { class: "compare-svg", viewBox: `0 0 320 ${height}`, width: 320, height, role: "img" });
  root.append(svg("text", { x: 4, y: 14, class: "col-head" }, res.a.id.slice(0, 22)));
  root.append(svg("text", { x: 316, y: 14, "text-anchor": "end", class: "col-head" }, res.b.id.slice(0, 22)));
  pairs.forEach((p, i) => {
    const y = 32 + i * ROW;
    const line = svg("line", {
      x1: 118,
      y1: y - 4,
      x2: 202,
      y2: y - 4,
      "stroke-width": 1 + 2 * p.score,
      "stroke-dasharray": p.confirmed ? "" : "4 3",
      class: "shared-link",
      "data-score": p.score,
    });
    line.append(svg("title", {}, `${p.reasons.join(", ")} · ${p.score}`));
    root.append(line);
    root.append(svg("text", { x: 114, y, "text-anchor": "end", "data-a": p.a.id }, label(p.a)));
    root.append(svg("text", { x: 206, y, "data-b": p.b.id }, label(p.b)));
  });
  return root;
}

export function comparePanel(app: Actions): { render(docs: DocumentSummary[]): HTMLElement } {
  const box = h("div.compare");
  let a = "";
  let b = "";
  let result: CompareResponse | null = null;
  let error: string | null = null;
  const en = () => app.lang() === "en";

  const run = async () => {
    if (!a || !b || a === b) return;
    try {
      result = await app.api.compareDocuments(a, b);
      error = null;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      result = null;
    }
    draw();
  };
  const names = (ns: NodeRef[]) =>
    ns
      .slice(0, 30)
      .map((n) => (en() ? n.nameEn || n.name : n.name))
      .join("、");
  const draw = () => {
    const out = box.querySelector(".compare-result");
    if (!out) return;
    if (error) return clear(out as HTMLElement, h("div.error-box", {}, error));
    if (!result) return clear(out as HTMLElement);
    const r = result;
    clear(
      out as HTMLElement,
      h(
        "div.compare-counts",
        { "data-shared": r.shared.length },
        en()
          ? `${r.shared.length} shared (${r.shared.filter((s) => s.confirmed).length} confirmed) · ${r.onlyA.length} only in A · ${r.onlyB.length} only in B · ${r.crossTies.length} cross ties`
          : `共有 ${r.shared.length}（已确认 ${r.shared.filter((s) => s.confirmed).length}）· 仅A ${r.onlyA.length} · 仅B ${r.onlyB.length} · 交叉关联 ${r.crossTies.length}`,
      ),
      comparePicture(r, en()),
      h("div.compare-only", {}, h("strong", {}, "A: "), names(r.onlyA)),
      h("div.compare-only", {}, h("strong", {}, "B: "), names(r.onlyB)),
    );
  };
  const select = (which: "a" | "b", docs: DocumentSummary[]) =>
    h(
      "select",
      {
        "data-compare": which,
        "aria-label": en() ? `Document ${which.toUpperCase()}` : `文件 ${which.toUpperCase()}`,
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (which === "a") a = v;
          else b = v;
        },
      },
      h("option", { value: "" }, which.toUpperCase()),
      docs
        .filter((d) => d.loaded)
        .map((d) => h("option", { value: d.id, selected: (which === "a" ? a : b) === d.id }, d.id)),
    );
  return {
    render(docs) {
      clear(
        box,
        h("h3", {}, en() ? "Compare two documents" : "比较两份文件"),
        select("a", docs),
        select("b", docs),
        h("button.btn.small", { "data-action": "compare", onclick: () => void run() }, en() ? "Compare" : "比较"),
        h("div.compare-result"),
      );
      draw();
      return box;
    },
  };
}
