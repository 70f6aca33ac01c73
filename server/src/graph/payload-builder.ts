// Collects node and relationship maps (as the repositories return them: `n {.*}` and
// `r {.*, type, source, target}`) into one graphology SerializedGraph, each item once.
import {
  emptyPayload,
  type GraphEdgeAttributes,
  type GraphNodeAttributes,
  type GraphPayload,
} from "../api/graph-payload.ts";
import { toJsonValue } from "../neo4j/values.ts";

export type NodeMap = Record<string, unknown> & { id: unknown };
export type RelMap = Record<string, unknown> & { id: unknown; source: unknown; target: unknown; type: unknown };

export class PayloadBuilder {
  private readonly nodes = new Map<string, GraphPayload["nodes"][number]>();
  private readonly edges = new Map<string, GraphPayload["edges"][number]>();

  addNode(raw: NodeMap): string {
    const { id, ...rest } = toJsonValue(raw) as Record<string, unknown>;
    const key = String(id);
    if (!this.nodes.has(key)) {
      const attributes = {
        ...rest,
        type: rest.type,
        name: String(rest.name ?? key),
        nameEn: String(rest.nameEn ?? ""),
      } as GraphNodeAttributes;
      this.nodes.set(key, { key, attributes });
    }
    return key;
  }

  addEdge(raw: RelMap): string {
    const { id, source, target, ...rest } = toJsonValue(raw) as Record<string, unknown>;
    const key = String(id);
    if (!this.edges.has(key)) {
      this.edges.set(key, {
        key,
        source: String(source),
        target: String(target),
        attributes: rest as GraphEdgeAttributes,
      });
    }
    return key;
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  /** The payload; edges whose ends are missing are dropped (graph.import would throw on them). */
  build(attributes: Partial<GraphPayload["attributes"]> = {}): GraphPayload {
    const payload = emptyPayload();
    payload.nodes = [...this.nodes.values()];
    payload.edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));
    payload.attributes = { ...payload.attributes, ...attributes };
    return payload;
  }
}
