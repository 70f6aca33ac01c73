// Entry point: load the graph from the API and draw it with Sigma. The explorer UI grows from here.
import "@fontsource/noto-sans-sc/400.css";
import Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { GraphPayload } from "../../server/src/api/graph-payload.ts";
import { NODE_COLORS } from "../../graph-seed/src/model/palette.ts";

async function main(): Promise<void> {
  const res = await fetch("api/graph");
  if (!res.ok) throw new Error(`api: /api/graph answered ${res.status}`);
  const payload = (await res.json()) as GraphPayload;
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  graph.import(payload);
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      label: attrs.name as string,
      color: NODE_COLORS[attrs.type as keyof typeof NODE_COLORS] ?? "#999",
      size: 4 + Math.sqrt(graph.degree(key)) * 2,
    });
  });
  circular.assign(graph);
  forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  const container = document.getElementById("graph")!;
  container.style.cssText = "position:absolute;inset:0";
  new Sigma(graph, container, { labelFont: "'Noto Sans SC', sans-serif", renderEdgeLabels: false });
  (window as unknown as { __graph: Graph }).__graph = graph;
}

main().catch((err: unknown) => {
  document.body.textContent = `Resilience Graph: ${err instanceof Error ? err.message : String(err)}`;
});
