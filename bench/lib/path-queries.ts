// The three ways to find a path between two synthetic nodes: the product's API, the naive unbounded
// variable-length MATCH (the peer), and an in-memory BFS (the limit). While the API's /api/paths is not
// mounted, a stand-in runs the contract's query (SHORTEST 1 within maxHops) through the driver, and says so.
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { Neo4jError } from "neo4j-driver";
import type { Topology } from "../../graph-seed/src/synthetic/index.ts";
import { syntheticNodeId } from "../../graph-seed/src/synthetic/index.ts";
import type { BenchDb } from "./database.ts";
import { now } from "./stats.ts";

export const MAX_HOPS = 6;

export interface PathTiming {
  ms: number;
  /** Hops found; null when none within the bound or when timed out. */
  length: number | null;
  timedOut: boolean;
}

export type PathFinder = (a: number, b: number) => Promise<PathTiming>;

/** Uses GET /api/paths when the app serves it, else the stand-in; `how` tells which. */
export async function apiPathFinder(
  db: BenchDb,
  appUrl: string,
  timeoutMs: number,
): Promise<{ how: "endpoint" | "stand-in"; find: PathFinder }> {
  const probe = await fetch(
    `${appUrl}/api/paths?from=${syntheticNodeId(0)}&to=${syntheticNodeId(1)}&maxHops=${MAX_HOPS}`,
    // Bounded: a request that never answers must fail the run, not stall it.
    { signal: AbortSignal.timeout(timeoutMs + 5000) },
  );
  const body = (await probe.json().catch(() => null)) as { paths?: unknown } | null;
  if (probe.status === 200 && body && Array.isArray(body.paths)) {
    return {
      how: "endpoint",
      find: async (a, b) => {
        const t0 = now();
        const res = await fetch(
          `${appUrl}/api/paths?from=${syntheticNodeId(a)}&to=${syntheticNodeId(b)}&maxHops=${MAX_HOPS}`,
          { signal: AbortSignal.timeout(timeoutMs + 5000) },
        );
        const json = (await res.json()) as { paths?: { length: number }[]; error?: { code: string } };
        const ms = now() - t0;
        if (json.error?.code === "TIMEOUT") return { ms, length: null, timedOut: true };
        return { ms, length: json.paths?.[0]?.length ?? null, timedOut: false };
      },
    };
  }
  return { how: "stand-in", find: standInPathFinder(db, timeoutMs) };
}

/** The contract's shortest-path query, through the driver: Cypher 5's SHORTEST 1 within MAX_HOPS, either direction. */
export function standInPathFinder(db: BenchDb, timeoutMs: number): PathFinder {
  return (a, b) =>
    timedPath(
      db,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = SHORTEST 1 (a)-[]-{1,${MAX_HOPS}}(b)
       RETURN length(p) AS len`,
      a,
      b,
      timeoutMs,
    );
}

export function naivePathFinder(db: BenchDb, timeoutMs: number): PathFinder {
  return (a, b) =>
    timedPath(
      db,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = (a)-[*]-(b) RETURN length(p) AS len ORDER BY len LIMIT 1`,
      a,
      b,
      timeoutMs,
    );
}

async function timedPath(db: BenchDb, query: string, a: number, b: number, timeoutMs: number): Promise<PathTiming> {
  const t0 = now();
  try {
    const { records } = await db.driver.executeQuery(
      query,
      { from: syntheticNodeId(a), to: syntheticNodeId(b) },
      { database: db.database, routing: "READ", transactionConfig: { timeout: timeoutMs } },
    );
    const len = records[0]?.get("len");
    return { ms: now() - t0, length: len == null ? null : Number(len), timedOut: false };
  } catch (e) {
    // A query stopped by its transaction timeout counts as "at least the timeout".
    // So does one that hits the transaction memory limit (db.memory.transaction.max) first: it would not
    // have answered within the timeout either.
    if (e instanceof Neo4jError && /Terminated|TimedOut|timeout|MemoryPoolOutOfMemory/i.test(`${e.code} ${e.message}`))
      return { ms: timeoutMs, length: null, timedOut: true };
    throw e;
  }
}

/** The limit: graphology's bidirectional BFS on an undirected in-memory copy of the same graph. */
export function bfsPathFinder(t: Topology): { graph: Graph; find: PathFinder } {
  const graph = new Graph({ type: "undirected", multi: false });
  for (let i = 0; i < t.nodes; i++) graph.addNode(String(i));
  for (let i = 0; i < t.edges; i++) graph.addUndirectedEdge(String(t.source[i]!), String(t.target[i]!));
  return {
    graph,
    find: async (a, b) => {
      const t0 = now();
      const p = bidirectional(graph, String(a), String(b));
      return { ms: now() - t0, length: p ? p.length - 1 : null, timedOut: false };
    },
  };
}
