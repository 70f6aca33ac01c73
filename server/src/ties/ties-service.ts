// Measure–problem ties: chains classified by their first indirection, stated or inferred, and the
// matrix that sums them per (measure, problem) cell.
import type { MatrixCell, MatrixQuery, MatrixResponse, Tie, TiesQuery, TiesResponse } from "../api/ties.ts";
import type { NodeRef } from "../api/common.ts";
import { PayloadBuilder } from "../graph/payload-builder.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { badRequest, notFound } from "../http/errors.ts";
import { toJsonValue, toNumber } from "../neo4j/values.ts";
import { CHAIN_CAP, documentLoaded, readAxis, readChains, readFocus, type RawChain } from "./ties-repository.ts";

export async function ties(deps: DbDeps, q: TiesQuery): Promise<TiesResponse> {
  const id = (q.measure ?? q.problem)!;
  const want = q.measure ? "Measure" : "Problem";
  const focus = await readFocus(deps.driver, deps.database, id, deps.config.queryTimeoutMs);
  if (!focus) throw notFound(`ties: no node with id "${id}"`);
  if (focus.type !== want) throw badRequest(`ties: "${id}" is a ${String(focus.type)}, not a ${want}`);
  const { chains } = await readChains(
    deps.driver,
    deps.database,
    q.measure ?? null,
    q.problem ?? null,
    deps.config.queryTimeoutMs,
    q.document ?? null,
    q.stated,
  );
  const b = new PayloadBuilder();
  const list: Tie[] = [];
  for (const c of chains) {
    for (const n of c.nodes) b.addNode(n);
    for (const r of c.rels) b.addEdge(r);
    list.push(toTie(c));
  }
  list.sort(
    (x, y) =>
      Number(y.stated) - Number(x.stated) || x.edgeIds.length - y.edgeIds.length || x.kind.localeCompare(y.kind),
  );
  return { focus: ref(focus), ties: list, graph: b.build() };
}

export async function matrix(
  deps: DbDeps,
  q: MatrixQuery = { document: null, stated: false },
): Promise<MatrixResponse> {
  const t = deps.config.queryTimeoutMs;
  const doc = q.document ?? null;
  for (const d of doc ?? [])
    if (!(await documentLoaded(deps.driver, deps.database, d, t)))
      throw notFound(`matrix: no completed load of a document with id "${d}"`);
  const [measures, problems, { chains, capped }] = await Promise.all([
    readAxis(deps.driver, deps.database, "Measure", t, doc),
    readAxis(deps.driver, deps.database, "Problem", t, doc),
    readChains(deps.driver, deps.database, null, null, t, doc, q.stated),
  ]);
  const cells = new Map<string, MatrixCell & { nodeSet: Set<string>; edgeSet: Set<string> }>();
  for (const c of chains) {
    const tie = toTie(c);
    const key = `${tie.measure.id}\u0000${tie.problem.id}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        measureId: tie.measure.id,
        problemId: tie.problem.id,
        direct: false,
        chains: 0,
        strength: 0,
        stated: false,
        nodeIds: [],
        edgeIds: [],
        nodeSet: new Set(),
        edgeSet: new Set(),
      };
      cells.set(key, cell);
    }
    cell.chains += 1;
    cell.direct ||= tie.kind === "direct";
    cell.stated ||= tie.stated;
    cell.strength += chainWeight(tie);
    for (const n of tie.nodeIds) cell.nodeSet.add(n);
    for (const e of tie.edgeIds) cell.edgeSet.add(e);
  }
  return {
    chainCap: CHAIN_CAP,
    chainsCapped: capped,
    rows: measures.map((m) => ({
      ...axisRef(m),
      path: m.path,
      order: m.order == null ? null : toNumber(m.order),
      parentId: m.parentId,
    })),
    columns: problems.map((p) => ({
      ...axisRef(p),
      order: p.order == null ? null : toNumber(p.order),
      parentId: p.parentId,
    })),
    cells: [...cells.values()].map(({ nodeSet, edgeSet, ...cell }) => ({
      ...cell,
      strength: Math.round(Math.min(1, cell.strength) * 1000) / 1000,
      nodeIds: [...nodeSet],
      edgeIds: [...edgeSet],
    })),
  };
}

/** A stated direct SOLVES weighs 1; each further hop divides, an inferred edge weighs 0.6. */
export function chainWeight(t: Pick<Tie, "edgeIds" | "stated">): number {
  return (t.stated ? 1 : 0.6) / Math.max(1, t.edgeIds.length);
}

export function toTie(c: RawChain): Tie {
  const nodes = c.nodes.map((n) => toJsonValue(n) as Record<string, unknown>);
  const rels = c.rels.map((r) => toJsonValue(r) as Record<string, unknown>);
  const types = rels.map((r) => String(r.type));
  const solvesAt = types.indexOf("SOLVES");
  const first = types[0];
  let kind: Tie["kind"] = "direct";
  if (solvesAt > 0) kind = first === "PART_OF" ? "sub-measure" : first === "SUPPORTS" ? "supports" : "platform";
  else if (types.length > 1) kind = types[1] === "CAUSES" ? "cause" : "sub-problem";
  const inferredEdgeIds = rels.filter((r) => r.inferred === true).map((r) => String(r.id));
  return {
    measure: ref(nodes[0]!),
    problem: ref(nodes[nodes.length - 1]!),
    kind,
    nodeIds: nodes.map((n) => String(n.id)),
    edgeIds: rels.map((r) => String(r.id)),
    stated: inferredEdgeIds.length === 0,
    inferredEdgeIds,
    evidence: rels.map((r) => ({
      edgeId: String(r.id),
      locators: Array.isArray(r.evidence) ? r.evidence.map(String) : [],
    })),
  };
}

function ref(n: Record<string, unknown>): NodeRef {
  return {
    id: String(n.id),
    type: n.type as NodeRef["type"],
    name: String(n.name ?? ""),
    nameEn: String(n.nameEn ?? ""),
  };
}

function axisRef(a: { id: string; type: string; name: string; nameEn: string }): NodeRef {
  return { id: a.id, type: a.type as NodeRef["type"], name: a.name, nameEn: a.nameEn };
}
