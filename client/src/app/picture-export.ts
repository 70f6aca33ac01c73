// Pictures of the view for a report: PNG and SVG with the title above, the labels the canvas shows, and a
// legend of the node and relation types drawn below. The PNG composes sigma's own drawing of nodes and edges
// (@sigma/export-image) with the canvas's labels layer, which the label placer (sigma/labels.ts) draws and a
// temporary export renderer would not; the SVG is written from the same display data.
import type { CanvasGraph } from "../graph/model.ts";
import { REL_COLORS } from "../graph/model.ts";
import type { GraphRenderer } from "../sigma/renderer.ts";
import { LABEL_FONT } from "../sigma/renderer.ts";
import { typeName } from "../ui/legend-panel.ts";
import type { Lang } from "../graph/types.ts";

const TITLE_H = 48;
const ROW_H = 24;
const PAD = 14;

export interface Picture {
  title: string;
  subtitle: string;
  lang: Lang;
}

interface LegendEntry {
  kind: "node" | "rel";
  label: string;
  color: string;
}

interface Drawn {
  width: number;
  height: number;
  nodes: { x: number; y: number; r: number; color: string; label: string | null }[];
  edges: { x1: number; y1: number; x2: number; y2: number; color: string }[];
  legend: LegendEntry[];
}

/** What the canvas shows now, in viewport pixels: drawn nodes and edges, the labels placed, the types used. */
function drawn(renderer: GraphRenderer, graph: CanvasGraph, lang: Lang): Drawn {
  const s = renderer.sigma;
  const { width, height } = s.getDimensions();
  const placed = new Set(renderer.labels.drawn);
  const types = new Map<string, string>();
  const rels = new Set<string>();
  const nodes: Drawn["nodes"] = [];
  const at = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    const d = s.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = s.framedGraphToViewport(d);
    at.set(id, p);
    types.set(a.nodeType, a.color);
    nodes.push({
      ...p,
      r: s.scaleSize(d.size),
      color: d.color,
      label: d.label && placed.has(d.label) ? d.label : null,
    });
  });
  const edges: Drawn["edges"] = [];
  graph.forEachEdge((id, a, src, tgt) => {
    const d = s.getEdgeDisplayData(id);
    const p = at.get(src);
    const q = at.get(tgt);
    if (!d || d.hidden || !p || !q) return;
    rels.add(a.relType);
    edges.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y, color: d.color });
  });
  const legend: LegendEntry[] = [
    ...[...types].map(([type, color]) => ({ kind: "node" as const, label: typeName(type, lang), color })),
    ...[...rels].map((r) => ({ kind: "rel" as const, label: r, color: REL_COLORS[r] ?? "#b0b0b0" })),
  ];
  return { width, height, nodes, edges, legend };
}

/** Legend entries flowed into rows across the width; returns each entry's position below the graph. */
function flow(legend: LegendEntry[], width: number, measure: (s: string) => number) {
  let x = PAD;
  let row = 0;
  const placed = legend.map((e) => {
    const w = 22 + measure(e.label) + 18;
    if (x + w > width - PAD && x > PAD) [x, row] = [PAD, row + 1];
    const p = { e, x, row };
    x += w;
    return p;
  });
  return { placed, rows: legend.length ? row + 1 : 0 };
}

export async function pictureCanvas(renderer: GraphRenderer, graph: CanvasGraph, pic: Picture) {
  const { drawOnCanvas } = await import("@sigma/export-image");
  const d = drawn(renderer, graph, pic.lang);
  // Labels off in the export renderer: the on-screen labels layer (placed without overlaps) is laid on top.
  const body = await drawOnCanvas(renderer.sigma as never, {
    backgroundColor: "#ffffff",
    sigmaSettings: { renderLabels: false, renderEdgeLabels: false },
  });
  const scale = 2;
  const measureCtx = document.createElement("canvas").getContext("2d")!;
  measureCtx.font = `13px ${LABEL_FONT}`;
  const { placed, rows } = flow(d.legend, d.width, (s) => measureCtx.measureText(s).width);
  const legendH = rows ? rows * ROW_H + PAD : 0;
  const canvas = document.createElement("canvas");
  canvas.width = d.width * scale;
  canvas.height = (TITLE_H + d.height + legendH) * scale;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, d.width, TITLE_H + d.height + legendH);
  ctx.fillStyle = "#1f2933";
  ctx.font = `600 18px ${LABEL_FONT}`;
  ctx.fillText(pic.title, PAD, 28);
  ctx.fillStyle = "#5f6b7a";
  ctx.font = `12px ${LABEL_FONT}`;
  ctx.fillText(pic.subtitle, PAD, 43);
  ctx.drawImage(body, 0, TITLE_H, d.width, d.height);
  const labels = renderer.sigma.getCanvases().labels;
  if (labels) ctx.drawImage(labels, 0, TITLE_H, d.width, d.height);
  ctx.font = `13px ${LABEL_FONT}`;
  for (const { e, x, row } of placed) {
    const y = TITLE_H + d.height + PAD / 2 + row * ROW_H;
    ctx.fillStyle = e.color;
    if (e.kind === "node") ctx.fillRect(x, y + 5, 14, 14);
    else ctx.fillRect(x, y + 11, 16, 3);
    ctx.fillStyle = "#1f2933";
    ctx.fillText(e.label, x + 22, y + 17);
  }
  return canvas;
}

export async function pictureSvg(renderer: GraphRenderer, graph: CanvasGraph, pic: Picture): Promise<string> {
  const d = drawn(renderer, graph, pic.lang);
  const esc = (s: string) =>
    s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
  const measureCtx = document.createElement("canvas").getContext("2d")!;
  measureCtx.font = `13px ${LABEL_FONT}`;
  const { placed, rows } = flow(d.legend, d.width, (s) => measureCtx.measureText(s).width);
  const legendH = rows ? rows * ROW_H + PAD : 0;
  const H = TITLE_H + d.height + legendH;
  const font = esc(LABEL_FONT);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${H}" viewBox="0 0 ${d.width} ${H}" font-family="${font}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text class="title" x="${PAD}" y="28" font-size="18" font-weight="600" fill="#1f2933">${esc(pic.title)}</text>`,
    `<text class="subtitle" x="${PAD}" y="43" font-size="12" fill="#5f6b7a">${esc(pic.subtitle)}</text>`,
    `<svg class="graph" x="0" y="${TITLE_H}" width="${d.width}" height="${d.height}" overflow="hidden">`,
    ...d.edges.map(
      (e) =>
        `<line class="edge" x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="${e.color}" stroke-width="1.2"/>`,
    ),
    ...d.nodes.map(
      (n) =>
        `<circle class="node" cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${n.color}"/>`,
    ),
    ...d.nodes
      .filter((n) => n.label)
      .map(
        (n) =>
          `<text class="label" x="${(n.x + n.r + 3).toFixed(1)}" y="${(n.y + 4).toFixed(1)}" font-size="12" fill="#1f2933">${esc(n.label!)}</text>`,
      ),
    `</svg>`,
    ...placed.map(({ e, x, row }) => {
      const y = TITLE_H + d.height + PAD / 2 + row * ROW_H;
      const mark =
        e.kind === "node"
          ? `<rect x="${x}" y="${y + 5}" width="14" height="14" fill="${e.color}"/>`
          : `<rect x="${x}" y="${y + 11}" width="16" height="3" fill="${e.color}"/>`;
      return `<g class="legend-entry" data-kind="${e.kind}">${mark}<text x="${x + 22}" y="${y + 17}" font-size="13" fill="#1f2933">${esc(e.label)}</text></g>`;
    }),
    `</svg>`,
    "",
  ];
  return out.join("\n");
}
