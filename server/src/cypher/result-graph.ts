// Every node, relationship and path anywhere in the console's rows, as one graph payload.
// Keys are the stable `id` property when the item has one (so they match the rest of the API), else elementId.
import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import {
  emptyPayload,
  type GraphEdgeAttributes,
  type GraphNodeAttributes,
  type GraphPayload,
} from "../api/graph-payload.ts";
import { toJsonValue } from "../neo4j/values.ts";

export class ResultGraph {
  private readonly nodeKeys = new Map<string, string>();
  private readonly nodes = new Map<string, GraphPayload["nodes"][number]>();
  private readonly rels = new Map<string, Relationship>();

  /** Walks a value (lists and maps included) and records what it holds. */
  collect(value: unknown, depth = 0): void {
    if (value === null || typeof value !== "object" || depth > 32) return;
    if (isNode(value)) return this.addNode(value);
    if (isRelationship(value)) return void this.rels.set(value.elementId, value);
    if (isPath(value)) {
      this.addNode(value.start);
      for (const s of value.segments) {
        this.addNode(s.end);
        this.rels.set(s.relationship.elementId, s.relationship);
      }
      return;
    }
    if (Array.isArray(value)) for (const v of value) this.collect(v, depth + 1);
    else if (value.constructor === Object) for (const v of Object.values(value)) this.collect(v, depth + 1);
  }

  private addNode(n: Node): void {
    if (this.nodeKeys.has(n.elementId)) return;
    const props = toJsonValue(n.properties) as Record<string, unknown>;
    const key = typeof props.id === "string" ? props.id : n.elementId;
    this.nodeKeys.set(n.elementId, key);
    const { id: _id, ...rest } = props;
    this.nodes.set(key, {
      key,
      attributes: {
        ...rest,
        type: rest.type ?? n.labels.find((l) => l !== "Entity") ?? n.labels[0] ?? "",
        name: String(rest.name ?? key),
        nameEn: String(rest.nameEn ?? ""),
        labels: n.labels,
        elementId: n.elementId,
      } as unknown as GraphNodeAttributes,
    });
  }

  /** Relationships whose two ends are not both in the result are counted in `omittedEdges`. */
  build(): GraphPayload {
    const payload = emptyPayload();
    payload.nodes = [...this.nodes.values()];
    let omittedEdges = 0;
    for (const r of this.rels.values()) {
      const source = this.nodeKeys.get(r.startNodeElementId);
      const target = this.nodeKeys.get(r.endNodeElementId);
      if (!source || !target) {
        omittedEdges += 1;
        continue;
      }
      const props = toJsonValue(r.properties) as Record<string, unknown>;
      const key = typeof props.id === "string" ? props.id : r.elementId;
      const { id: _id, ...rest } = props;
      payload.edges.push({
        key,
        source,
        target,
        attributes: { ...rest, type: r.type, elementId: r.elementId } as GraphEdgeAttributes,
      });
    }
    payload.attributes = { truncated: false, omitted: 0, omittedEdges };
    return payload;
  }
}
