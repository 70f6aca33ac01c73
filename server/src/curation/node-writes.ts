// Plans for the node writes: create, update, delete, merge. A node's stored properties are always rebuilt by
// the loader's own function (nodeProperties), so a node written here looks exactly like one loaded from files.
import type { ManagedTransaction } from "neo4j-driver";
import type { EdgeState, NodeCreateBody, NodeMergeBody, NodePatchBody, NodeState } from "../api/curation.ts";
import { SYSTEM_PROPS } from "../../../graph-seed/src/export/index.ts";
import { nodeProperties, RESERVED_NODE_PROPS } from "../../../graph-seed/src/load/load-seed.ts";
import type { SeedNode, SeedScalar } from "../../../graph-seed/src/model/seed.ts";
import { formatLocator } from "../../../graph-seed/src/model/types.ts";
import { edgeId } from "../../../graph-seed/src/seed/schema.ts";
import { ApiError, badRequest, conflict, notFound } from "../http/errors.ts";
import { documentLoaded, edgesOfNode, readNodeState, readRedirect, redirectsTo } from "./curation-repository.ts";
import { checkEvidence, storedLocators, uniteLocators } from "./evidence.ts";
import type { Plan } from "./run-write.ts";
import { snapshot, versionOf } from "./transition.ts";

export const crossDocument = (what: string, documents: string[]) =>
  new ApiError(
    "FORBIDDEN",
    `curation: ${what} ties documents ${documents.join(", ")}; send allowCrossDocument: true if that is meant`,
    { documents },
  );

/** The node, or 404 (saying where it went when it was merged away). */
export async function mustReadNode(tx: ManagedTransaction, id: string): Promise<NodeState> {
  const n = await readNodeState(tx, id);
  if (n) return n;
  const moved = await readRedirect(tx, id);
  if (moved) throw new ApiError("NOT_FOUND", `curation: node "${id}" was merged into or renamed "${moved.to}"`, moved);
  throw notFound(`curation: no node with id "${id}"`);
}

export function checkVersion(item: NodeState | EdgeState, expected: number): void {
  if (versionOf(item) !== expected)
    throw conflict(
      `curation: "${item.id}" is at version ${versionOf(item)}, the edit was made against ${expected}; reload and retry`,
      { current: item },
    );
}

const docOf = (n: NodeState) => String(n.properties.document ?? "");
const isDraft = (n: NodeState) => n.properties.status === "draft";

/** A draft's review provenance as the seed entry holds it; nothing for a curated node. */
function provenanceOf(n: NodeState): Pick<SeedNode, "status" | "confidence" | "method"> {
  const p = n.properties;
  if (!isDraft(n)) return {};
  return {
    status: "draft",
    ...(typeof p.confidence === "number" ? { confidence: p.confidence } : {}),
    ...(typeof p.method === "string" ? { method: p.method } : {}),
  };
}

/** Props a caller may set: not the loader's own fields, not the API's. */
function checkOwnProps(props: Record<string, SeedScalar>): void {
  const bad = Object.keys(props).filter((k) => RESERVED_NODE_PROPS.has(k) || SYSTEM_PROPS.has(k) || k === "status");
  if (bad.length > 0)
    throw badRequest(`curation: props may not set ${bad.join(", ")} (fields of their own, or the review's status)`);
}

/** The stored node as the seed entry it came from. */
export function seedNodeOf(n: NodeState): SeedNode {
  const p = n.properties;
  const own = Object.fromEntries(
    Object.entries(p).filter(([k, v]) => !RESERVED_NODE_PROPS.has(k) && !SYSTEM_PROPS.has(k) && v !== null),
  ) as Record<string, SeedScalar>;
  return {
    id: n.id,
    type: p.type as SeedNode["type"],
    name: String(p.name ?? ""),
    nameEn: String(p.nameEn ?? ""),
    summaryZh: String(p.summaryZh ?? ""),
    summaryEn: String(p.summaryEn ?? ""),
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    evidence: storedLocators(p.evidence),
    props: own,
  };
}

const stateOf = (n: SeedNode, doc: string): NodeState => ({ id: n.id, properties: nodeProperties(n, doc) });

export async function planCreateNode(tx: ManagedTransaction, sourcesDir: string, b: NodeCreateBody): Promise<Plan> {
  if (!(await documentLoaded(tx, b.document))) throw notFound(`curation: no loaded document "${b.document}"`);
  const existing = await readNodeState(tx, b.id);
  if (existing) throw conflict(`curation: a node with id "${b.id}" exists`, { current: existing });
  if (await readRedirect(tx, b.id)) throw conflict(`curation: id "${b.id}" redirects to a merged node; pick another`);
  checkOwnProps(b.props);
  const ev = await checkEvidence(sourcesDir, b.evidence, b.document);
  if (ev.foreign.length > 0 && !b.allowCrossDocument) throw crossDocument("the evidence", [b.document, ...ev.foreign]);
  const props = Object.fromEntries(Object.entries(b.props).filter(([, v]) => v !== null));
  const node: SeedNode = { ...b, evidence: ev.locators, props };
  return {
    op: "node.create",
    targetId: b.id,
    from: snapshot({}),
    to: snapshot({ nodes: [stateOf(node, b.document)] }),
  };
}

export async function planPatchNode(
  tx: ManagedTransaction,
  sourcesDir: string,
  id: string,
  b: NodePatchBody,
): Promise<Plan> {
  const cur = await mustReadNode(tx, id);
  checkVersion(cur, b.expectedVersion);
  const doc = docOf(cur);
  const seed = seedNodeOf(cur);
  if (b.props) checkOwnProps(b.props);
  const props = { ...seed.props, ...(b.props ?? {}) };
  for (const [k, v] of Object.entries(props)) if (v === null) delete props[k];
  let evidence = seed.evidence;
  if (b.evidence) {
    const ev = await checkEvidence(sourcesDir, b.evidence, doc);
    if (ev.foreign.length > 0 && !b.allowCrossDocument) throw crossDocument("the evidence", [doc, ...ev.foreign]);
    evidence = ev.locators;
  }
  const { expectedVersion: _v, comment: _c, allowCrossDocument: _a, ...fields } = b;
  // An edit is not a review: a draft stays a draft (with its rule and confidence) until it is accepted.
  const next: SeedNode = { ...seed, ...provenanceOf(cur), ...fields, props, evidence };
  return {
    op: "node.update",
    targetId: id,
    from: snapshot({ nodes: [cur] }),
    to: snapshot({ nodes: [stateOf(next, doc)] }),
  };
}

export async function planDeleteNode(tx: ManagedTransaction, id: string, expectedVersion: number): Promise<Plan> {
  const cur = await mustReadNode(tx, id);
  checkVersion(cur, expectedVersion);
  const edges = await edgesOfNode(tx, id);
  return { op: "node.delete", targetId: id, from: snapshot({ nodes: [cur], edges }), to: snapshot({}) };
}

/**
 * Merge `id` into `b.into`: evidence and aliases united (the merged node's name becomes an alias), its own props
 * fill what the kept node lacks, its edges move to the kept node (united with an edge already there, dropped when
 * they would join the node to itself), and `id` redirects to the kept node from now on.
 */
export async function planMergeNode(tx: ManagedTransaction, id: string, b: NodeMergeBody): Promise<Plan> {
  if (id === b.into) throw badRequest("curation: a node cannot be merged into itself");
  const gone = await mustReadNode(tx, id);
  const kept = await mustReadNode(tx, b.into);
  checkVersion(gone, b.expectedVersion);
  checkVersion(kept, b.intoExpectedVersion);
  if (docOf(gone) !== docOf(kept) && !b.allowCrossDocument)
    throw crossDocument("the merge", [docOf(gone), docOf(kept)]);

  const g = seedNodeOf(gone);
  const k = seedNodeOf(kept);
  const aliases = [...new Set([...k.aliases, g.name, ...g.aliases])].filter((a) => a !== k.name);
  const merged: SeedNode = {
    ...k,
    aliases,
    evidence: uniteLocators(k.evidence, g.evidence),
    // A curated node's props fill the kept node's gaps. A draft's props are its rule's leftovers (kind, section,
    // level, numbering…) and do not travel, nor does any review provenance (status, confidence, method).
    props: { ...(isDraft(gone) ? {} : g.props), ...k.props },
    // The kept node stays what it was: a draft keeps its provenance, a curated node gains none.
    ...provenanceOf(kept),
  };

  const goneEdges = await edgesOfNode(tx, id);
  const keptEdges = new Map((await edgesOfNode(tx, b.into)).map((e) => [e.id, e]));
  const touchedKept = new Map<string, EdgeState>();
  const moved = new Map<string, EdgeState>();
  for (const e of goneEdges) {
    const source = e.source === id ? b.into : e.source;
    const target = e.target === id ? b.into : e.target;
    if (source === target) continue; // would tie the kept node to itself
    const newId = edgeId({ source, type: e.type, target });
    const already = moved.get(newId) ?? touchedKept.get(newId) ?? keptEdges.get(newId);
    if (already) {
      const evidence = uniteLocators(
        storedLocators(already.properties.evidence),
        storedLocators(e.properties.evidence),
      );
      const united = { ...already, properties: { ...already.properties, evidence: evidence.map(formatLocator) } };
      if (moved.has(newId)) moved.set(newId, united);
      else touchedKept.set(newId, united);
    } else {
      moved.set(newId, { id: newId, type: e.type, source, target, properties: { ...e.properties, id: newId } });
    }
  }
  const repointed = await redirectsTo(tx, id);
  return {
    op: "node.merge",
    targetId: id,
    from: snapshot({
      nodes: [gone, kept],
      edges: [...goneEdges, ...[...touchedKept.keys()].map((i) => keptEdges.get(i)!)],
      redirects: repointed,
    }),
    to: snapshot({
      nodes: [stateOf(merged, docOf(kept))],
      edges: [...touchedKept.values(), ...moved.values()],
      redirects: [{ from: id, to: b.into }, ...repointed.map((x) => ({ from: x.from, to: b.into }))],
    }),
  };
}
