// The idempotent loader: MERGE on ids under uniqueness constraints, one transaction per batch, stale items
// of the same document removed, counts verified, and the seed marker written last so /api/ready can tell a
// completed load from a half-done one. Loading one document never touches another's nodes or edges.
// A document with no node in the database yet has no stale items to look for. An id that another document
// already holds refuses the load before any write. (CREATE instead of MERGE on a first load was measured
// and dropped: no gain at 100k/300k once relationships stay merged — see docs/benchmarks.md, Loading.)
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { SeedEdge, SeedNode, ValidatedSeed } from "../model/seed.ts";
import {
  ENTITY_LABEL,
  NODE_TYPES,
  REL_TYPES,
  SEED_MARKER_LABEL,
  formatLocator,
  type NodeType,
  type RelType,
} from "../model/types.ts";
import { ensureSchema } from "./schema.ts";

export interface LoadProgress {
  document: string;
  phase: "schema" | "nodes" | "edges" | "cleanup" | "verify" | "done";
  done: number;
  total: number;
}

export interface LoadOptions {
  database?: string;
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
  /**
   * Whether this load may take over node `id`, held today by document `owner` (a node moving between
   * documents). By default never: the load is refused before any write.
   */
  mayTakeOver?: (id: string, owner: string) => boolean;
}

export interface LoadResult {
  document: string;
  version: string;
  nodes: number;
  relationships: number;
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
  ms: number;
}

export class SeedLoadError extends Error {
  readonly code = "SEED_LOAD";
}

/** Properties that the loader owns; a seed's own props may not overwrite them. */
export const RESERVED_NODE_PROPS = new Set([
  "id",
  "type",
  "document",
  "name",
  "nameEn",
  "summaryZh",
  "summaryEn",
  "aliases",
  "aliasesText",
  "evidence",
  "status",
  "confidence",
  "method",
]);

/** Draft provenance as stored: only drafted items carry it; a node or edge without `status` is curated. */
function provenance(p: { status?: string; confidence?: number; method?: string }): Record<string, unknown> {
  if (p.status === undefined) return {};
  return { status: p.status, confidence: p.confidence ?? null, method: p.method ?? null };
}

export async function loadSeed(driver: Driver, seed: ValidatedSeed, opts: LoadOptions = {}): Promise<LoadResult> {
  const database = opts.database ?? "neo4j";
  const batchSize = opts.batchSize ?? 1000;
  const doc = seed.document.id;
  const progress = (phase: LoadProgress["phase"], done: number, total: number) =>
    opts.onProgress?.({ document: doc, phase, done, total });
  const t0 = Date.now();

  progress("schema", 0, 1);
  await ensureSchema(driver, database);
  await refuseForeignIds(driver, database, seed, opts.mayTakeOver);
  const fresh = await neverLoaded(driver, database, doc);
  // Mark the load as started: until the marker says completed, /api/ready answers 503 for this document. The
  // first load's time stays through re-loads: the client's default view is the curated document loaded first.
  await driver.executeQuery(
    `MERGE (m:${SEED_MARKER_LABEL} {document: $doc}) SET m.completed = false, m.startedAt = datetime(),
         m.firstLoadedAt = coalesce(m.firstLoadedAt, datetime())`,
    { doc },
    { database },
  );

  // A small document (every import, every curated paper) is written in one transaction: a load that fails
  // half-way leaves nothing behind, and ~15 per-type transactions become one (the import's draft-to-database
  // time was mostly their round trips). A large one (benchmarks: 100k–1M nodes) keeps a transaction per batch,
  // so the database's transaction memory stays bounded.
  const write = (run: (write: BatchWrite) => Promise<void>) =>
    seed.nodes.length + seed.edges.length <= SINGLE_TRANSACTION_MAX
      ? inOneTransaction(driver, database, run)
      : run((query, rows) => writeBatch(driver, database, query, rows));
  await write((w) => writeItems(w, seed, doc, batchSize, progress));

  progress("cleanup", 0, 1);
  // Nothing can be stale in a document that had no node before this load.
  if (!fresh) await removeStale(driver, database, doc, seed);
  progress("verify", 0, 1);
  const counts = await countDocument(driver, database, doc);
  if (counts.nodes !== seed.nodes.length || counts.relationships !== seed.edges.length) {
    throw new SeedLoadError(
      `graph-seed: ${doc}: expected ${seed.nodes.length} nodes and ${seed.edges.length} relationships, found ${counts.nodes} and ${counts.relationships}`,
    );
  }
  await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $doc})
     SET m.completed = true, m.version = $version, m.checksum = $checksum, m.loadedAt = datetime(),
         m.nodes = $nodes, m.relationships = $rels, m += $file`,
    {
      doc,
      version: seed.version,
      checksum: seedChecksum(seed),
      nodes: counts.nodes,
      rels: counts.relationships,
      // document.json's own fields, so an export can write the file back (graph-seed/src/export).
      file: {
        file: seed.document.file,
        sha256: seed.document.sha256,
        titleEn: seed.document.titleEn,
        language: seed.document.language,
      },
    },
    { database },
  );
  progress("done", 1, 1);
  return { document: doc, version: seed.version, ...counts, ms: Date.now() - t0 };
}

/**
 * A hash of everything the loader writes for a seed: equal hashes mean there is nothing to load. Fed item by
 * item: one JSON string of a 1M-node seed would pass V8's maximum string length (it did, at 1M/3M).
 */
export function seedChecksum(seed: ValidatedSeed): string {
  const hash = createHash("sha256");
  const { nodes, edges, ...head } = seed;
  hash.update(JSON.stringify(head));
  for (const n of nodes) hash.update(`\nN${JSON.stringify(n)}`);
  for (const e of edges) hash.update(`\nE${JSON.stringify(e)}`);
  return hash.digest("hex").slice(0, 32);
}

/** True when the database already holds a completed load of exactly this seed. */
export async function isSeedCurrent(driver: Driver, database: string, seed: ValidatedSeed): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) RETURN m.completed = true AND m.checksum = $checksum AS current`,
    { doc: seed.document.id, checksum: seedChecksum(seed) },
    { database, routing: "READ" },
  );
  return records[0]?.get("current") === true;
}

type Row = { id: string; type: string; props: Record<string, unknown> };

/** Exactly the properties the loader stores on a node (benchmarks' one-CREATE-per-row floor reuses it). */
export function nodeProperties(n: SeedNode, doc: string): Record<string, unknown> {
  return nodeRow(n, doc).props;
}

/** Exactly the properties the loader stores on a relationship. */
export function edgeProperties(e: SeedEdge, doc: string): Record<string, unknown> {
  return edgeRow(e, doc).props;
}

function nodeRow(n: SeedNode, doc: string): Row {
  const own = Object.fromEntries(Object.entries(n.props).filter(([k, v]) => !RESERVED_NODE_PROPS.has(k) && v !== null));
  return {
    id: n.id,
    type: n.type,
    props: {
      ...own,
      id: n.id,
      type: n.type,
      document: doc,
      name: n.name,
      nameEn: n.nameEn,
      summaryZh: n.summaryZh,
      summaryEn: n.summaryEn,
      aliases: n.aliases,
      // Full-text indexes take strings; the list stays for exact use.
      aliasesText: n.aliases.join(" · "),
      evidence: n.evidence.map(formatLocator),
      ...provenance(n),
    },
  };
}

function edgeRow(e: SeedEdge, doc: string): Row & { source: string; target: string } {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    props: {
      id: e.id,
      document: doc,
      inferred: e.inferred,
      whyZh: e.whyZh,
      whyEn: e.whyEn,
      evidence: e.evidence.map(formatLocator),
      ...provenance(e),
    },
  };
}

// Labels and relationship types come from the allow-lists above, never from data.
function nodeQuery(type: NodeType): string {
  const others = NODE_TYPES.filter((t) => t !== type).join(":");
  return `UNWIND $rows AS row
          MERGE (n:${ENTITY_LABEL} {id: row.id})
          SET n = row.props, n:${type}
          REMOVE n:${others}
          RETURN count(*) AS written`;
}

function edgeQuery(type: RelType): string {
  return `UNWIND $rows AS row
          MATCH (a:${ENTITY_LABEL} {id: row.source})
          MATCH (b:${ENTITY_LABEL} {id: row.target})
          MERGE (a)-[r:${type} {id: row.id}]->(b)
          SET r = row.props
          RETURN count(*) AS written`;
}

/**
 * No seed marker and no node of the document: nothing of it can be stale. The marker matters for a document
 * made only of edges between other documents' nodes; the nodes, for a marker deleted by hand. (Its edges are
 * not looked for: relationship properties have no index, so that would scan every relationship.)
 */
async function neverLoaded(driver: Driver, database: string, doc: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN NOT EXISTS { MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) }
        AND NOT EXISTS { MATCH (n:${ENTITY_LABEL} {document: $doc}) } AS never`,
    { doc },
    { database, routing: "READ" },
  );
  return records[0]?.get("never") === true;
}

/**
 * Node ids are global: MERGE would silently take over a node another document holds under the same id.
 * Checked before anything is written, in chunks of index seeks. `mayTakeOver` lets a caller that loads several
 * documents at once allow a node to move from one of them to another (seedAll does).
 */
async function refuseForeignIds(
  driver: Driver,
  database: string,
  seed: ValidatedSeed,
  mayTakeOver: LoadOptions["mayTakeOver"],
): Promise<void> {
  const doc = seed.document.id;
  for (const ids of chunks(
    seed.nodes.map((n) => n.id),
    20_000,
  )) {
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) WHERE n.document <> $doc
       RETURN n.id AS id, n.document AS owner`,
      { ids, doc },
      { database, routing: "READ" },
    );
    const taken = records
      .map((r) => ({ id: String(r.get("id")), owner: String(r.get("owner")) }))
      .filter(({ id, owner }) => !mayTakeOver?.(id, owner));
    if (taken.length > 0) {
      const owners = [...new Set(taken.map((t) => t.owner))];
      throw new SeedLoadError(
        `graph-seed: ${doc}: node ids already used by another document: ` +
          taken
            .slice(0, 5)
            .map((t) => `${t.id} (held by ${t.owner})`)
            .join(", ") +
          (taken.length > 5 ? ` and ${taken.length - 5} more` : "") +
          `. Give these nodes new ids, load both documents together (a node may move between documents loaded ` +
          `in one run), or, if ${owners.join(", ")} was renamed or removed, delete its nodes first: ` +
          `MATCH (n {document: '${owners[0]}'}) DETACH DELETE n`,
      );
    }
  }
}

/** Items at or below this count are loaded in one transaction. */
export const SINGLE_TRANSACTION_MAX = 5000;

type BatchWrite = (query: string, rows: unknown[]) => Promise<number>;

/** Nodes type by type, then edges; rows are built batch by batch (at 1M/3M, building all first doubles the heap). */
async function writeItems(
  write: BatchWrite,
  seed: ValidatedSeed,
  doc: string,
  batchSize: number,
  progress: (phase: LoadProgress["phase"], done: number, total: number) => void,
): Promise<void> {
  let done = 0;
  for (const type of NODE_TYPES) {
    const items = seed.nodes.filter((n) => n.type === type);
    for (const batch of chunks(items, batchSize)) {
      await write(
        nodeQuery(type),
        batch.map((n) => nodeRow(n, doc)),
      );
      done += batch.length;
      progress("nodes", done, seed.nodes.length);
    }
  }
  done = 0;
  for (const type of REL_TYPES) {
    const items = seed.edges.filter((e) => e.type === type);
    for (const batch of chunks(items, batchSize)) {
      const written = await write(
        edgeQuery(type),
        batch.map((e) => edgeRow(e, doc)),
      );
      if (written !== batch.length) {
        throw new SeedLoadError(`graph-seed: ${doc}: ${batch.length - written} ${type} edge(s) found no endpoint node`);
      }
      done += batch.length;
      progress("edges", done, seed.edges.length);
    }
  }
}

/** Every batch of `run` in one write transaction (MERGE is idempotent, so the driver's retry is safe). */
async function inOneTransaction(driver: Driver, database: string, run: (write: BatchWrite) => Promise<void>) {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) =>
      run(async (query, rows) => Number((await tx.run(query, { rows })).records[0]?.get("written") ?? 0)),
    );
  } finally {
    await session.close();
  }
}

async function writeBatch(driver: Driver, database: string, query: string, rows: unknown[]): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const res = await tx.run(query, { rows });
      return Number(res.records[0]?.get("written") ?? 0);
    });
  } finally {
    await session.close();
  }
}

async function removeStale(driver: Driver, database: string, doc: string, seed: ValidatedSeed): Promise<void> {
  const nodeIds = seed.nodes.map((n) => n.id);
  const edgeIds = seed.edges.map((e) => e.id);
  await driver.executeQuery(
    `MATCH ()-[r]->() WHERE r.document = $doc AND NOT r.id IN $edgeIds DELETE r`,
    { doc, edgeIds },
    { database },
  );
  await driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL} {document: $doc}) WHERE NOT n.id IN $nodeIds DETACH DELETE n`,
    { doc, nodeIds },
    { database },
  );
}

export async function countDocument(
  driver: Driver,
  database: string,
  doc: string,
): Promise<Pick<LoadResult, "nodes" | "relationships" | "nodesByType" | "relationshipsByType">> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:${ENTITY_LABEL} {document: $doc}) RETURN n.type AS k, count(*) AS c }
     RETURN 'node' AS kind, k, c
     UNION ALL
     CALL () { MATCH ()-[r]->() WHERE r.document = $doc RETURN type(r) AS k, count(*) AS c }
     RETURN 'rel' AS kind, k, c`,
    { doc },
    { database, routing: "READ" },
  );
  const nodesByType: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  for (const r of records) {
    const target = r.get("kind") === "node" ? nodesByType : relationshipsByType;
    target[String(r.get("k"))] = Number(r.get("c"));
  }
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(nodesByType), relationships: sum(relationshipsByType), nodesByType, relationshipsByType };
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
