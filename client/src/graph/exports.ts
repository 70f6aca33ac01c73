// Serialisers for the export menu: GEXF (Gephi opens it), graphology JSON, CSV of a table. Pure: text in, text out.
import writeGexf from "graphology-gexf/browser/writer";
import type { CanvasGraph } from "./model.ts";

const VIZ = new Set(["x", "y", "size", "color"]);
/** Drawing state that says nothing about the knowledge (sigma's and the renderer's own attributes). */
export const DRAWING_STATE: ReadonlySet<string> = new Set([
  "type",
  "curvature",
  "parallelIndex",
  "parallelMinIndex",
  "parallelMaxIndex",
  "hidden",
  "highlighted",
  "zIndex",
  "forceLabel",
]);

/** GEXF keeps scalar attributes; lists (evidence locators, aliases) travel joined with " | ". */
function gexfAttributes(a: Record<string, unknown>) {
  const attributes: Record<string, string | number | boolean> = {};
  const viz: Record<string, unknown> = {};
  let label: string | undefined;
  for (const [k, v] of Object.entries(a)) {
    if (k === "label") label = String(v);
    else if (VIZ.has(k)) viz[k] = v;
    else if (DRAWING_STATE.has(k) || v === null || v === undefined) continue;
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") attributes[k] = v;
    else if (Array.isArray(v))
      attributes[k] = v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(" | ");
    else attributes[k] = JSON.stringify(v);
  }
  return { label, attributes, viz };
}

export function toGexf(graph: CanvasGraph): string {
  return writeGexf(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => gexfAttributes(a),
    formatEdge: (_key, a) => gexfAttributes(a),
  });
}

export function toJson(graph: CanvasGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a BOM so spreadsheet programs read the Chinese text as UTF-8. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
