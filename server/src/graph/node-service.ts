// Logic for one node and its neighbourhood: evidence resolved against the source document, payload assembled.
import type { NodeDetail, NeighborsQuery, NeighborsResponse } from "../api/nodes.ts";
import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from "../../../graph-seed/src/model/types.ts";
import { loadSource, resolveEvidence } from "../documents/source-documents.ts";
import type { SourceDeps } from "../http/app-deps.ts";
import { notFound } from "../http/errors.ts";
import { redirectOf } from "../curation/curation-service.ts";
import { readNeighborhood, readNode } from "./node-repository.ts";
import { PayloadBuilder } from "./payload-builder.ts";

export async function nodeDetail(deps: SourceDeps, id: string): Promise<NodeDetail> {
  const raw = await readNode(deps.driver, deps.database, id, deps.config.queryTimeoutMs);
  if (!raw) {
    // A node merged into another answers as the node it went into, saying so.
    const to = await redirectOf(deps, id);
    if (to) return { ...(await nodeDetail(deps, to)), redirectedFrom: id };
    throw notFound(`nodes: no node with id "${id}"`);
  }
  const locators = Array.isArray(raw.props.evidence) ? raw.props.evidence.map(String) : [];
  const doc = typeof raw.props.document === "string" ? raw.props.document : "";
  const byType = raw.degree.filter((d): d is { type: RelType; out: number; in: number } =>
    (REL_TYPES as readonly string[]).includes(d.type),
  );
  const type = (NODE_TYPES as readonly string[]).includes(String(raw.props.type))
    ? (raw.props.type as NodeType)
    : "Concept";
  return {
    id,
    type,
    labels: raw.labels,
    properties: raw.props,
    degree: { total: raw.degree.reduce((s, d) => s + d.out + d.in, 0), byType },
    evidence: await resolveEvidence(deps.config.sourcesDir, locators),
    sourcePresent: doc !== "" && (await loadSource(deps.config.sourcesDir, doc)) !== null,
  };
}

export async function neighbors(deps: SourceDeps, id: string, q: NeighborsQuery): Promise<NeighborsResponse> {
  const raw = await readNeighborhood(deps.driver, deps.database, { id, ...q }, deps.config.queryTimeoutMs);
  if (!raw) throw notFound(`nodes: no node with id "${id}"`);
  const b = new PayloadBuilder();
  b.addNode(raw.center);
  for (const n of raw.kept) b.addNode(n);
  for (const r of raw.rels) b.addEdge(r);
  const omitted = raw.total - raw.kept.length;
  const payload = b.build({ truncated: omitted > 0, omitted });
  return {
    ...payload,
    attributes: {
      ...payload.attributes,
      truncated: omitted > 0,
      omitted,
      center: id,
      depth: q.depth,
      total: raw.total,
      omittedByType: raw.omittedByType,
      omittedEdges: raw.omittedEdges,
    },
  };
}
