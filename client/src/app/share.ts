// What leaves the page: PNG and SVG of the view, GEXF, GraphML, CSV and JSON of the canvas graph, the link to the view.
import type { CanvasGraph } from "../graph/model.ts";
import { toGexf, toJson } from "../graph/exports.ts";
import { toEdgesCsv, toGraphml, toNodesCsv } from "../graph/table-exports.ts";
import { pictureCanvas, pictureSvg, type Picture } from "./picture-export.ts";
import { encodeView } from "../graph/url-state.ts";
import type { ViewState } from "../graph/types.ts";
import type { GraphRenderer } from "../sigma/renderer.ts";
import { download } from "../ui/dom.ts";

export async function exportPng(renderer: GraphRenderer, graph: CanvasGraph, pic: Picture): Promise<void> {
  const canvas = await pictureCanvas(renderer, graph, pic);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("export: the PNG could not be encoded"))), "image/png"),
  );
  download("resilience-graph.png", blob);
}

export async function exportSvg(renderer: GraphRenderer, graph: CanvasGraph, pic: Picture): Promise<void> {
  download("resilience-graph.svg", await pictureSvg(renderer, graph, pic), "image/svg+xml");
}

export function exportCsv(graph: CanvasGraph): void {
  download("nodes.csv", toNodesCsv(graph), "text/csv");
  download("edges.csv", toEdgesCsv(graph), "text/csv");
}

export function exportGraphml(graph: CanvasGraph): void {
  download("resilience-graph.graphml", toGraphml(graph), "application/graphml+xml");
}

export function exportGexf(graph: CanvasGraph): void {
  download("resilience-graph.gexf", toGexf(graph), "application/gexf+xml");
}

export function exportJson(graph: CanvasGraph): void {
  download("resilience-graph.json", toJson(graph), "application/json");
}

export type { Picture };

export function shareUrl(view: ViewState): string {
  return `${location.origin}${location.pathname}${encodeView(view)}`;
}

/** Keeps the address bar on the current view without adding browser history entries. */
export function writeUrl(view: ViewState): void {
  const search = encodeView(view);
  if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
}
