// Split a node in two: a new node (the caller's id and names) takes the chosen part of its evidence and the chosen
// edges, re-pointed from the node to the new one. One transition like every write, so one undo joins them again.
import type { ManagedTransaction } from "neo4j-driver";
import type { EdgeState, NodeSplitBody, WriteResponse } from "../api/curation.ts";
import { nodeProperties } from "../../../graph-seed/src/load/load-seed.ts";
import { formatLocator } from "../../../graph-seed/src/model/types.ts";
import { edgeId } from "../../../graph-seed/src/seed/schema.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { badRequest, conflict } from "../http/errors.ts";
import { edgesOfNode, readEdgeState, readNodeState, readRedirect } from "./curation-repository.ts";
import { storedLocators } from "./evidence.ts";
import { checkVersion, mustReadNode, seedNodeOf } from "./node-writes.ts";
import { runWrite, type Plan, type WriteContext } from "./run-write.ts";
import { snapshot } from "./transition.ts";

/** A locator as sent ("sentence@a-b" in the node's own document, or "doc#sentence@a-b") in its stored form. */
const qualified = (raw: string, doc: string) => (raw.includes("#") ? raw : `${doc}#${raw}`);

export async function planSplitNode(tx: ManagedTransaction, id: string, b: NodeSplitBody): Promise<Plan> {
  const cur = await mustReadNode(tx, id);
  checkVersion(cur, b.expectedVersion);
  const doc = String(cur.properties.document ?? "");
  if (b.into.id === id) throw badRequest("curation: the new node needs an id of its own");
  const taken = (await readNodeState(tx, b.into.id)) ?? (await readRedirect(tx, b.into.id));
  if (taken) throw conflict(`curation: id "${b.into.id}" is taken; pick another`);

  const seed = seedNodeOf(cur);
  const own = seed.evidence.map(formatLocator);
  const moving = [...new Set(b.evidence.map((e) => qualified(e, doc)))];
  const foreign = moving.filter((l) => !own.includes(l));
  if (foreign.length > 0) throw badRequest(`curation: not evidence of "${id}": ${foreign.join(", ")}`, { foreign });
  const staying = own.filter((l) => !moving.includes(l));
  if (staying.length === 0) throw badRequest(`curation: "${id}" must keep at least one of its evidence locators`);

  const edges = await edgesOfNode(tx, id);
  const byId = new Map(edges.map((e) => [e.id, e]));
  const strange = b.edges.filter((e) => !byId.has(e));
  if (strange.length > 0) throw badRequest(`curation: not edges of "${id}": ${strange.join(", ")}`, { edges: strange });
  const movedFrom = [...new Set(b.edges)].map((e) => byId.get(e)!);
  const moved: EdgeState[] = [];
  for (const e of movedFrom) {
    const source = e.source === id ? b.into.id : e.source;
    const target = e.target === id ? b.into.id : e.target;
    const newId = edgeId({ source, type: e.type, target });
    if (await readEdgeState(tx, newId)) throw conflict(`curation: edge "${newId}" exists already`);
    // The moved edge keeps its content and carries its version on (a new id, not a new history).
    moved.push({ id: newId, type: e.type, source, target, properties: { ...e.properties, id: newId } });
  }

  const { id: newId, type, ...names } = b.into;
  const kept = { ...seed, evidence: storedLocators(staying) };
  const split = {
    ...seed,
    ...names,
    id: newId,
    type: type ?? seed.type,
    aliases: [],
    props: {},
    evidence: storedLocators(moving),
  };
  return {
    op: "node.split",
    targetId: id,
    from: snapshot({ nodes: [cur], edges: movedFrom }),
    to: snapshot({
      nodes: [
        { id, properties: { ...nodeProperties(kept, doc), ...draftOf(cur.properties) } },
        // A draft's part is a draft too: it still awaits review, as the part that stays does.
        { id: newId, properties: { ...nodeProperties(split, doc), ...draftOf(cur.properties) } },
      ],
      edges: moved,
    }),
  };
}

/** A draft stays a draft (seedNodeOf keeps only the seed's fields). */
function draftOf(p: Record<string, unknown>): Record<string, unknown> {
  return p.status === "draft" ? { status: p.status, confidence: p.confidence, method: p.method } : {};
}

export async function splitNode(
  deps: AppDeps,
  ctx: WriteContext,
  id: string,
  b: NodeSplitBody,
): Promise<WriteResponse> {
  const { change, after } = await runWrite(deps, ctx, (tx) => planSplitNode(tx, id, b));
  return { change, node: after.nodes.find((n) => n.id === b.into.id) ?? null };
}
