// Compare two documents: shared entities (confirmed, then candidates), each one's own entities, and measures of one
// that address a problem of the other through a shared problem or concept.
import type { NodeRef } from "../api/common.ts";
import type { CompareParams, CompareResponse, CrossTie, SharedPair } from "../api/compare.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { badRequest, notFound } from "../http/errors.ts";
import { readEdges, readEntities, readLoaded, type CompareEntity, type DocEdge } from "./compare-repository.ts";
import { sharedCandidates } from "./shared-candidates.ts";

const MAX_SHARED = 300;
/** A candidate at least this strong counts as shared for "only in" lists and cross ties. */
const STRONG = 0.5;
const CROSS_MAX = 200;

export async function compareDocuments(deps: DbDeps, p: CompareParams): Promise<CompareResponse> {
  if (p.a === p.b) throw badRequest("compare: a and b must differ");
  const t = deps.config.queryTimeoutMs;
  const docs = [p.a, p.b];
  const loaded = await readLoaded(deps.driver, deps.database, docs, t);
  for (const d of docs) if (!loaded.has(d)) throw notFound(`compare: no completed load of a document with id "${d}"`);
  const [entities, edges] = await Promise.all([
    readEntities(deps.driver, deps.database, docs, t),
    readEdges(deps.driver, deps.database, docs, t),
  ]);
  const as = entities.filter((e) => e.document === p.a);
  const bs = entities.filter((e) => e.document === p.b);

  // Confirmed: one node (home in one document) that the other document's evidence or relationships reach.
  const confirmed: SharedPair[] = entities
    .filter((e) => e.alsoIn.includes(e.document === p.a ? p.b : p.a))
    .map((e) => ({ a: ref(e), b: ref(e), score: 1, reasons: ["same-name"], confirmed: true }));
  const candidates: SharedPair[] = sharedCandidates(as, bs).map((c) => ({
    a: ref(c.a),
    b: ref(c.b),
    score: c.score,
    reasons: c.reasons,
    confirmed: false,
  }));
  const shared = [...confirmed, ...candidates];
  const strong = shared.filter((s) => s.score >= STRONG);
  const inA = new Set(strong.map((s) => s.a.id));
  const inB = new Set(strong.map((s) => s.b.id));
  return {
    a: { id: p.a, title: loaded.get(p.a) ?? null, entities: as.length },
    b: { id: p.b, title: loaded.get(p.b) ?? null, entities: bs.length },
    shared: shared.slice(0, MAX_SHARED),
    onlyA: as.filter((e) => !inA.has(e.id)).map(ref),
    onlyB: bs.filter((e) => !inB.has(e.id)).map(ref),
    crossTies: crossTies(p, entities, edges, strong),
  };
}

/**
 * A measure of X that SOLVES a problem shared with Y (the shared partner is Y's problem), or a measure of X tied
 * to a concept shared with Y whose concept Y ties to a problem of Y. Both directions, X = a and X = b.
 */
function crossTies(p: CompareParams, entities: CompareEntity[], edges: DocEdge[], strong: SharedPair[]): CrossTie[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // For each entity, its partners in the other document (a confirmed node is its own partner).
  const partners = new Map<string, NodeRef[]>();
  const link = (x: NodeRef, y: NodeRef) => partners.set(x.id, [...(partners.get(x.id) ?? []), y]);
  for (const s of strong) {
    link(s.a, s.b);
    if (s.a.id !== s.b.id) link(s.b, s.a);
  }
  const out = new Map<string, CrossTie>();
  const touching = (id: string) => edges.filter((e) => e.source === id || e.target === id);
  const other = (d: string) => (d === p.a ? p.b : p.a);
  for (const e of edges) {
    const m = byId.get(e.source);
    const x = byId.get(e.target);
    if (!m || !x || m.type !== "Measure") continue;
    const from = m.document;
    const to = other(from);
    for (const partner of partners.get(x.id) ?? []) {
      const px = byId.get(partner.id);
      if (!px) continue;
      if (e.type === "SOLVES" && x.type === "Problem" && px.type === "Problem")
        put(out, { from, to, measure: ref(m), problem: partner, via: ref(x), viaKind: "shared-problem" });
      if (x.type === "Concept")
        for (const ce of touching(px.id)) {
          const q = byId.get(ce.source === px.id ? ce.target : ce.source);
          if (q && q.type === "Problem" && (q.document === to || px.document !== q.document))
            put(out, { from, to, measure: ref(m), problem: ref(q), via: ref(x), viaKind: "shared-concept" });
        }
    }
  }
  return [...out.values()].slice(0, CROSS_MAX);
}

function put(out: Map<string, CrossTie>, t: CrossTie) {
  if (t.problem.id === t.measure.id) return;
  out.set(`${t.measure.id}\u0000${t.problem.id}\u0000${t.via.id}`, t);
}

function ref(e: CompareEntity | NodeRef): NodeRef {
  return { id: e.id, type: e.type as NodeRef["type"], name: e.name, nameEn: e.nameEn };
}
