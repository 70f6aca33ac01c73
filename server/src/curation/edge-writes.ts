// Plans for the edge writes: create, update (type, direction, evidence, why), delete. An edge's id is derived
// from source, type and target, so retyping or reversing one gives it a new id; the answer carries it.
import type { ManagedTransaction } from "neo4j-driver";
import type { EdgeCreateBody, EdgePatchBody, EdgeState } from "../api/curation.ts";
import { edgeProperties } from "../../../graph-seed/src/load/load-seed.ts";
import type { SeedEdge } from "../../../graph-seed/src/model/seed.ts";
import { edgeId, edgeSchema } from "../../../graph-seed/src/seed/schema.ts";
import { badRequest, conflict, notFound } from "../http/errors.ts";
import { documentLoaded, readEdgeState } from "./curation-repository.ts";
import { checkEvidence, storedLocators } from "./evidence.ts";
import { checkVersion, crossDocument, mustReadNode } from "./node-writes.ts";
import type { Plan } from "./run-write.ts";
import { snapshot } from "./transition.ts";

export async function mustReadEdge(tx: ManagedTransaction, id: string): Promise<EdgeState> {
  const e = await readEdgeState(tx, id);
  if (!e) throw notFound(`curation: no edge with id "${id}"`);
  return e;
}

const stateOf = (e: SeedEdge, doc: string): EdgeState => ({
  id: e.id,
  type: e.type,
  source: e.source,
  target: e.target,
  properties: edgeProperties(e, doc),
});

export async function planCreateEdge(tx: ManagedTransaction, sourcesDir: string, b: EdgeCreateBody): Promise<Plan> {
  if (b.source === b.target) throw badRequest("curation: an edge may not point to its own source");
  const source = await mustReadNode(tx, b.source);
  const target = await mustReadNode(tx, b.target);
  const doc = b.document ?? String(source.properties.document);
  if (!(await documentLoaded(tx, doc))) throw notFound(`curation: no loaded document "${doc}"`);
  const ends = [...new Set([doc, String(source.properties.document), String(target.properties.document)])];
  if (ends.length > 1 && !b.allowCrossDocument) throw crossDocument("the edge", ends);
  const ev = await checkEvidence(sourcesDir, b.evidence, doc);
  if (ev.foreign.length > 0 && !b.allowCrossDocument) throw crossDocument("the edge's evidence", [doc, ...ev.foreign]);
  const id = edgeId(b);
  const existing = await readEdgeState(tx, id);
  if (existing) throw conflict(`curation: edge "${id}" exists`, { current: existing });
  const edge: SeedEdge = {
    id,
    type: b.type,
    source: b.source,
    target: b.target,
    evidence: ev.locators,
    inferred: b.inferred,
    whyZh: b.whyZh,
    whyEn: b.whyEn,
  };
  return { op: "edge.create", targetId: id, from: snapshot({}), to: snapshot({ edges: [stateOf(edge, doc)] }) };
}

export async function planPatchEdge(
  tx: ManagedTransaction,
  sourcesDir: string,
  id: string,
  b: EdgePatchBody,
): Promise<Plan> {
  const cur = await mustReadEdge(tx, id);
  checkVersion(cur, b.expectedVersion);
  const doc = String(cur.properties.document);
  const p = cur.properties;
  let evidence = storedLocators(p.evidence);
  if (b.evidence) {
    const ev = await checkEvidence(sourcesDir, b.evidence, doc);
    if (ev.foreign.length > 0 && !b.allowCrossDocument) throw crossDocument("the evidence", [doc, ...ev.foreign]);
    evidence = ev.locators;
  }
  const [source, target] = b.reverse ? [cur.target, cur.source] : [cur.source, cur.target];
  const fields = {
    type: b.type ?? cur.type,
    source,
    target,
    evidence: ["x@0-1"],
    inferred: b.inferred ?? p.inferred === true,
    whyZh: b.whyZh ?? String(p.whyZh ?? ""),
    whyEn: b.whyEn ?? String(p.whyEn ?? ""),
  };
  // The loader's rules for an edge (an inferred one says why); evidence was checked above.
  edgeSchema.parse(fields);
  const next: SeedEdge = { ...fields, id: edgeId(fields), type: fields.type, evidence } as SeedEdge;
  if (next.id !== id) {
    const clash = await readEdgeState(tx, next.id);
    if (clash) throw conflict(`curation: edge "${next.id}" exists already`, { current: clash });
  }
  const state = stateOf(next, doc);
  // A new id carries the old version on, so the answer is at version + 1 rather than back at 1.
  if (next.id !== id) state.properties.version = p.version ?? 1;
  return { op: "edge.update", targetId: id, from: snapshot({ edges: [cur] }), to: snapshot({ edges: [state] }) };
}

export async function planDeleteEdge(tx: ManagedTransaction, id: string, expectedVersion: number): Promise<Plan> {
  const cur = await mustReadEdge(tx, id);
  checkVersion(cur, expectedVersion);
  return { op: "edge.delete", targetId: id, from: snapshot({ edges: [cur] }), to: snapshot({}) };
}
