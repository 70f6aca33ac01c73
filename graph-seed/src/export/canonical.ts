// The canonical form of a document's files, rebuilt from what the loader stored: the same entries the files
// hold, in one stable order so an export diffs cleanly against the last one. Nodes: by type (the model's order),
// then id. Edges: by relationship type (the model's order), then source, then target. A node's props: by key.
// Fields at their default (inferred false, empty whyZh/whyEn) are left out, as hand-written files leave them out.
import { NODE_TYPES, REL_TYPES } from "../model/types.ts";
import { edgeSchema, nodeSchema, type EdgeEntry, type NodeEntry } from "../seed/schema.ts";

/** Properties the loader and the curation API keep on a node or edge for their own use; never exported as props. */
export const SYSTEM_PROPS = new Set(["id", "document", "aliasesText", "version"]);

const NODE_FIELDS = Object.keys(nodeSchema.shape).filter((k) => k !== "props");
const EDGE_FIELDS = Object.keys(edgeSchema.shape);
const EDGE_DEFAULTS: Record<string, unknown> = { inferred: false, whyZh: "", whyEn: "" };

/** A stored locator "doc#sentence@a-b" as the document's own file writes it ("sentence@a-b" inside its document). */
export function fileLocator(stored: string, doc: string): string {
  return stored.startsWith(`${doc}#`) ? stored.slice(doc.length + 1) : stored;
}

const isScalar = (v: unknown): v is string | number | boolean => ["string", "number", "boolean"].includes(typeof v);

/** A node entry of nodes.json from the node's stored properties (JSON-safe: integers already numbers). */
export function toNodeEntry(props: Record<string, unknown>, doc: string): NodeEntry {
  const entry: Record<string, unknown> = {};
  for (const k of NODE_FIELDS) {
    const v = props[k];
    if (k === "evidence") entry[k] = ((v as string[] | undefined) ?? []).map((l) => fileLocator(String(l), doc));
    else if (k === "aliases") entry[k] = (v as string[] | undefined) ?? [];
    else if (v !== undefined && v !== null) entry[k] = v;
  }
  const own = Object.keys(props)
    .filter((k) => !SYSTEM_PROPS.has(k) && !NODE_FIELDS.includes(k) && isScalar(props[k]))
    .sort();
  entry.props = Object.fromEntries(own.map((k) => [k, props[k]]));
  return nodeSchema.parse(entry);
}

/** An edge entry of edges.json from the relationship's type, endpoints and stored properties. */
export function toEdgeEntry(
  rel: { type: string; source: string; target: string; props: Record<string, unknown> },
  doc: string,
): EdgeEntry {
  const entry: Record<string, unknown> = {};
  for (const k of EDGE_FIELDS) {
    const v = k === "type" || k === "source" || k === "target" ? rel[k] : rel.props[k];
    if (k === "evidence") entry[k] = ((v as string[] | undefined) ?? []).map((l) => fileLocator(String(l), doc));
    else if (v !== undefined && v !== null && v !== EDGE_DEFAULTS[k]) entry[k] = v;
  }
  edgeSchema.parse(entry); // the loader must accept what is written
  return entry as EdgeEntry;
}

const rank = (list: readonly string[], v: string) => {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortNodes(nodes: NodeEntry[]): NodeEntry[] {
  return [...nodes].sort((a, b) => rank(NODE_TYPES, a.type) - rank(NODE_TYPES, b.type) || cmp(a.id, b.id));
}

export function sortEdges(edges: EdgeEntry[]): EdgeEntry[] {
  return [...edges].sort(
    (a, b) => rank(REL_TYPES, a.type) - rank(REL_TYPES, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target),
  );
}
