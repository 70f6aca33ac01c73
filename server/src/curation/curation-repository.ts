// Cypher for the write API. Every function takes the caller's transaction: a write, its audit record and the
// document status are one transaction. Labels and relationship types come from the model's allow-lists.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { EdgeState, NodeState, Redirect } from "../api/curation.ts";
import { ENTITY_LABEL, NODE_TYPES, REL_TYPES, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { writeQuery } from "../neo4j/query-options.ts";
import { toJsonValue } from "../neo4j/values.ts";

/** A constraint created once; it may wait for the writes ahead of it on a busy database. */
const SCHEMA_TIMEOUT_MS = 30_000;

export const CHANGE_LABEL = "Change";
export const SEQUENCE_LABEL = "ChangeSequence";
export const REDIRECT_LABEL = "Redirect";

const props = (v: unknown) => toJsonValue(v) as Record<string, unknown>;
const relType = (t: string) => {
  if (!(REL_TYPES as readonly string[]).includes(t)) throw new Error(`curation: unknown relationship type ${t}`);
  return t;
};

/** source--TYPE--target, split; node ids never hold "--", so the split is unambiguous. */
export function parseEdgeId(id: string): { source: string; type: string; target: string } | null {
  const parts = id.split("--");
  if (parts.length !== 3 || !(REL_TYPES as readonly string[]).includes(parts[1]!)) return null;
  return { source: parts[0]!, type: parts[1]!, target: parts[2]! };
}

export async function readNodeState(tx: ManagedTransaction, id: string): Promise<NodeState | null> {
  const r = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN properties(n) AS p`, { id });
  const p = r.records[0]?.get("p");
  return p ? { id, properties: props(p) } : null;
}

/** Edges are found through their endpoints (indexed), never by scanning relationships for an id. */
export async function readEdgeState(tx: ManagedTransaction, id: string): Promise<EdgeState | null> {
  const parsed = parseEdgeId(id);
  if (!parsed) return null;
  const r = await tx.run(
    `MATCH (:${ENTITY_LABEL} {id: $source})-[r:${relType(parsed.type)} {id: $id}]->(:${ENTITY_LABEL} {id: $target})
     RETURN properties(r) AS p`,
    { ...parsed, id },
  );
  const p = r.records[0]?.get("p");
  return p ? { id, ...parsed, properties: props(p) } : null;
}

/** Every relationship touching the node, knowledge edges or not (a node is only removed with all of them). */
export async function edgesOfNode(tx: ManagedTransaction, id: string): Promise<EdgeState[]> {
  const r = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-()
     RETURN DISTINCT type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS p`,
    { id },
  );
  return r.records.map((rec) => {
    const p = props(rec.get("p"));
    return {
      id: String(p.id),
      type: String(rec.get("type")),
      source: String(rec.get("source")),
      target: String(rec.get("target")),
      properties: p,
    };
  });
}

/** Sets the node to exactly this state (all properties replaced, its type label set, the others removed). */
export async function writeNode(tx: ManagedTransaction, n: NodeState): Promise<void> {
  const type = String(n.properties.type);
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`curation: unknown node type ${type}`);
  const others = NODE_TYPES.filter((t) => t !== type).join(":");
  await tx.run(`MERGE (n:${ENTITY_LABEL} {id: $id}) SET n = $props, n:${type} REMOVE n:${others}`, {
    id: n.id,
    props: n.properties,
  });
}

export async function deleteNode(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) DETACH DELETE n`, { id });
}

/** Creates or replaces the relationship; answers false when an endpoint is missing. */
export async function writeEdge(tx: ManagedTransaction, e: EdgeState): Promise<boolean> {
  const r = await tx.run(
    `MATCH (a:${ENTITY_LABEL} {id: $source}) MATCH (b:${ENTITY_LABEL} {id: $target})
     MERGE (a)-[r:${relType(e.type)} {id: $id}]->(b) SET r = $props RETURN count(r) AS c`,
    { source: e.source, target: e.target, id: e.id, props: e.properties },
  );
  return Number(r.records[0]?.get("c") ?? 0) > 0;
}

export async function deleteEdge(tx: ManagedTransaction, e: Pick<EdgeState, "id" | "type" | "source" | "target">) {
  await tx.run(
    `MATCH (:${ENTITY_LABEL} {id: $source})-[r:${relType(e.type)} {id: $id}]->(:${ENTITY_LABEL} {id: $target}) DELETE r`,
    { source: e.source, target: e.target, id: e.id },
  );
}

export async function readRedirect(tx: ManagedTransaction, from: string): Promise<Redirect | null> {
  const r = await tx.run(`MATCH (x:${REDIRECT_LABEL} {from: $from}) RETURN x.to AS to LIMIT 1`, { from });
  const to = r.records[0]?.get("to");
  return typeof to === "string" ? { from, to } : null;
}

export async function writeRedirect(tx: ManagedTransaction, x: Redirect): Promise<void> {
  await tx.run(`MERGE (x:${REDIRECT_LABEL} {from: $from}) SET x.to = $to`, x);
}

export async function deleteRedirect(tx: ManagedTransaction, from: string): Promise<void> {
  await tx.run(`MATCH (x:${REDIRECT_LABEL} {from: $from}) DELETE x`, { from });
}

/** The document's seed marker, when it was loaded completely. */
export async function documentLoaded(tx: ManagedTransaction, doc: string): Promise<boolean> {
  const r = await tx.run(
    `RETURN EXISTS { MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) WHERE m.completed = true } AS ok`,
    { doc },
  );
  return r.records[0]?.get("ok") === true;
}

/**
 * A document is `curated` once none of its nodes or edges is a draft any more; stored on its seed marker.
 * (Relationship properties have no index: the edge check scans the document's relationships — fine per paper.)
 */
export async function refreshDocumentStatus(tx: ManagedTransaction, doc: string): Promise<void> {
  await tx.run(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $doc})
     SET m.status = CASE
       WHEN EXISTS { MATCH (n:${ENTITY_LABEL} {document: $doc}) WHERE n.status = 'draft' }
         OR EXISTS { MATCH ()-[r]->() WHERE r.document = $doc AND r.status = 'draft' } THEN 'draft'
       ELSE 'curated' END`,
    { doc },
  );
}

const sequenced = new WeakSet<object>();

/**
 * The change counter's uniqueness constraint, created once per driver before the first write (a schema change
 * cannot share a transaction with data): with it, concurrent MERGEs of the counter cannot make two of them.
 */
export async function ensureSequence(driver: Driver, database: string): Promise<void> {
  if (sequenced.has(driver)) return;
  await driver.executeQuery(
    `CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (s:${SEQUENCE_LABEL}) REQUIRE s.name IS UNIQUE`,
    {},
    writeQuery(database, SCHEMA_TIMEOUT_MS, { role: "schema" }),
  );
  sequenced.add(driver);
}

/**
 * Takes the write lock on the change counter first thing in a write, so writes run one after another and each
 * plans against committed state: two editors sending the same version cannot both pass the version check.
 */
export async function lockWrites(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (s:${SEQUENCE_LABEL} {name: 'changes'}) SET s.n = coalesce(s.n, 0)`);
}

export interface ChangeRow {
  at: string;
  who: string;
  op: string;
  targetId: string;
  documents: string[];
  targets: string[];
  comment: string | null;
  before: string;
  after: string;
  undoOf: string | null;
}

/**
 * The audit record. The sequence node is locked by the increment, so concurrent writes get distinct, ordered
 * ids and are serialised (a cheap price for a hand-edited graph).
 */
export async function appendChange(tx: ManagedTransaction, row: ChangeRow): Promise<string> {
  const r = await tx.run(
    `MERGE (s:${SEQUENCE_LABEL} {name: 'changes'})
     SET s.n = coalesce(s.n, 0) + 1
     CREATE (c:${CHANGE_LABEL}) SET c = $row, c.seq = s.n, c.id = toString(s.n)
     RETURN c.id AS id`,
    { row },
  );
  return String(r.records[0]!.get("id"));
}

export async function readChange(tx: ManagedTransaction, id: string): Promise<Record<string, unknown> | null> {
  const r = await tx.run(`MATCH (c:${CHANGE_LABEL} {id: $id}) RETURN properties(c) AS p`, { id });
  const p = r.records[0]?.get("p");
  return p ? props(p) : null;
}

export async function listChanges(
  tx: ManagedTransaction,
  q: { document: string | null; target: string | null; limit: number; offset: number },
): Promise<{ rows: Record<string, unknown>[]; total: number }> {
  const where = `($document IS NULL OR $document IN c.documents) AND ($target IS NULL OR $target IN c.targets)`;
  const params = { document: q.document, target: q.target };
  const total = await tx.run(`MATCH (c:${CHANGE_LABEL}) WHERE ${where} RETURN count(c) AS n`, params);
  const rows = await tx.run(
    `MATCH (c:${CHANGE_LABEL}) WHERE ${where}
     RETURN properties(c) AS p ORDER BY c.seq DESC SKIP toInteger($offset) LIMIT toInteger($limit)`,
    { ...params, offset: q.offset, limit: q.limit },
  );
  return { rows: rows.records.map((r) => props(r.get("p"))), total: Number(total.records[0]?.get("n") ?? 0) };
}

/** Redirects that point at `to` (they move along when `to` itself is merged away). */
export async function redirectsTo(tx: ManagedTransaction, to: string): Promise<Redirect[]> {
  const r = await tx.run(`MATCH (x:${REDIRECT_LABEL} {to: $to}) RETURN x.from AS from ORDER BY from`, { to });
  return r.records.map((rec) => ({ from: String(rec.get("from")), to }));
}

/** The document's draft nodes and edges, as the review queue lists them. */
export async function readDrafts(tx: ManagedTransaction, doc: string): Promise<Record<string, unknown>[]> {
  const r = await tx.run(
    `CALL () {
       MATCH (n:${ENTITY_LABEL} {document: $doc}) WHERE n.status = 'draft'
       RETURN {kind: 'node', id: n.id, type: n.type, label: n.name, confidence: n.confidence, method: n.method,
               evidence: n.evidence, version: coalesce(n.version, 1)} AS item
       UNION ALL
       MATCH (a)-[r]->(b) WHERE r.document = $doc AND r.status = 'draft'
       RETURN {kind: 'edge', id: r.id, type: type(r), label: a.name + ' → ' + b.name, confidence: r.confidence,
               method: r.method, evidence: r.evidence, version: coalesce(r.version, 1)} AS item
     }
     RETURN item`,
    { doc },
  );
  return r.records.map((rec) => props(rec.get("item")));
}
