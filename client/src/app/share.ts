// What leaves the page: PNG of the view, GEXF and JSON of the canvas graph, the link to the view.
import type { CanvasGraph } from "../graph/model.ts";
import { toGexf, toJson } from "../graph/exports.ts";
import { encodeView } from "../graph/url-state.ts";
import type { ViewState } from "../graph/types.ts";
import type { GraphRenderer } from "../sigma/renderer.ts";
import { download } from "../ui/dom.ts";

export async function exportPng(renderer: GraphRenderer): Promise<void> {
  const { toBlob } = await import("@sigma/export-image");
  const blob = await toBlob(renderer.sigma as never, { format: "png", backgroundColor: "#ffffff" });
  download("resilience-graph.png", blob);
}

export function exportGexf(graph: CanvasGraph): void {
  download("resilience-graph.gexf", toGexf(graph), "application/gexf+xml");
}

export function exportJson(graph: CanvasGraph): void {
  download("resilience-graph.json", toJson(graph), "application/json");
}

export function shareUrl(view: ViewState): string {
  return `${location.origin}${location.pathname}${encodeView(view)}`;
}

/** Keeps the address bar on the current view without adding browser history entries. */
export function writeUrl(view: ViewState): void {
  const search = encodeView(view);
  if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
}
