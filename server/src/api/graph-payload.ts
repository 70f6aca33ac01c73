// The wire format of every graph payload: graphology's SerializedGraph, node keys being the stable ids,
// so the client loads it with graph.import(). `truncated`/`omitted` tell the client what a cap left out.
import type { NodeType, RelType } from "../../../graph-seed/src/model/types.ts";

export interface GraphNodeAttributes {
  type: NodeType;
  name: string;
  nameEn: string;
  summaryZh?: string;
  summaryEn?: string;
  [key: string]: unknown;
}

export interface GraphEdgeAttributes {
  type: RelType;
  inferred?: boolean;
  [key: string]: unknown;
}

export interface GraphPayload {
  attributes: { truncated: boolean; omitted: number; [key: string]: unknown };
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

export function emptyPayload(): GraphPayload {
  return { attributes: { truncated: false, omitted: 0 }, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
}
