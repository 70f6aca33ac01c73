// The schema view: the database's node types and relationship types with their counts, drawn as a small
// graph (a circle of types, one line per type pair with its relationship types), as Neo4j's schema
// visualisation does; the product's internal labels never show. Loaded when the panel opens.
import type { SchemaResponse } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { REL_COLORS } from "../graph/model.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { typeName } from "./legend-panel.ts";
import "./schema-panel.css";

const SVG = "http://www.w3.org/2000/svg";
const W = 420;
const H = 380;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const sum = (xs: readonly { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);

export function schemaPanel(app: Actions): HTMLElement & { load(): Promise<void> } {
  const root = h("section.panel-body.schema-view") as HTMLElement & { load(): Promise<void> };
  let schema: SchemaResponse | null = null;

  const render = () => {
    if (!schema) return;
    const lang = app.lang();
    const types = schema.nodeTypes.filter((n) => n.count > 0);
    const max = Math.max(1, ...types.map((n) => n.count));
    const at = new Map<string, { x: number; y: number }>(
      types.map((n, i) => {
        const a = (2 * Math.PI * i) / types.length - Math.PI / 2;
        return [n.type as string, { x: W / 2 + 140 * Math.cos(a), y: H / 2 + 140 * Math.sin(a) }];
      }),
    );
    const pic = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t("schema") });
    // One line per pair of types; its title lists the relationship types with counts.
    const pairs = new Map<string, { from: string; to: string; rels: string[]; count: number }>();
    for (const p of schema.patterns) {
      if (!at.has(p.from) || !at.has(p.to)) continue;
      const key = `${p.from}>${p.to}`;
      const e = pairs.get(key) ?? { from: p.from, to: p.to, rels: [], count: 0 };
      e.rels.push(`${p.type} ${p.count}`);
      e.count += p.count;
      pairs.set(key, e);
    }
    for (const e of pairs.values()) {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      const line =
        e.from === e.to
          ? svg("circle", { cx: a.x + 16, cy: a.y - 16, r: 14, fill: "none" })
          : svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      line.setAttribute("class", "schema-edge");
      line.setAttribute("stroke-width", String(1 + Math.log2(1 + e.count)));
      line.dataset.from = e.from;
      line.dataset.to = e.to;
      line.append(svg("title", {}, `${typeName(e.from, lang)} → ${typeName(e.to, lang)}: ${e.rels.join(", ")}`));
      pic.append(line);
    }
    for (const n of types) {
      const p = at.get(n.type)!;
      const g = svg("g", { class: "schema-node", "data-type": n.type });
      g.append(
        svg("circle", { cx: p.x, cy: p.y, r: 8 + 16 * Math.sqrt(n.count / max), fill: n.color }),
        svg("text", { x: p.x, y: p.y + 4, "text-anchor": "middle" }, String(n.count)),
        svg("text", { x: p.x, y: p.y + 38, "text-anchor": "middle", class: "name" }, typeName(n.type, lang)),
      );
      pic.append(g);
    }
    const rels = schema.relTypes.filter((r) => r.count > 0);
    clear(
      root,
      pic,
      h("h3", {}, t("relTypes")),
      h(
        "ul.schema-rels",
        {},
        rels.map((r) =>
          h(
            "li",
            { "data-rel": r.type },
            h("span.swatch", { style: `background:${REL_COLORS[r.type] ?? "#b0b0b0"}` }),
            `${r.type} · ${r.count.toLocaleString()}`,
          ),
        ),
      ),
      h(
        "p.muted",
        {},
        // Knowledge only: the totals of the types drawn, not the database's (which count the internal nodes).
        `${sum(types).toLocaleString()} ${t("nodes")} · ${sum(rels).toLocaleString()} ${t("edges")}`,
      ),
    );
  };

  root.load = async () => {
    if (schema) return render();
    clear(root, h("div.muted", {}, t("loading")));
    try {
      schema = await app.api.schema();
      render();
    } catch (err) {
      clear(root, h("div.error-box", {}, err instanceof Error ? err.message : String(err)));
    }
  };
  app.onChange(render);
  return root;
}
