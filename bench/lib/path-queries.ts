// The three ways to find a path between two synthetic nodes: the product's API, the naive unbounded
// variable-length MATCH (the peer), and an in-memory BFS (the limit). While the API's /api/paths is not
// mounted, a stand-in runs the contract's query (SHORTEST 1 within maxHops) through the driver, and says so.
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { Neo4jError } from "neo4j-driver";
import type { Topology } from "../../graph-seed/src/synthetic/index.ts";
import { syntheticNodeId } from "../../graph-seed/src/synthetic/index.ts";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import type { BenchDb } from "./database.ts";
import { DeadlineError, withDeadline } from "./deadline.ts";
import { now } from "./stats.ts";

/** Slack on top of a server-side timeout before the client gives up on an answer. */
export const GRACE_MS = 5_000;

export const MAX_HOPS = 6;

export interface PathTiming {
  ms: number;
  /** Hops found; null when none within the bound or when timed out. */
  length: number | null;
  timedOut: boolean;
  /** Why a timed-out query stopped: its transaction timeout, the transaction memory limit, or the client deadline. */
  why?: "timeout" | "memory" | "deadline";
}

export type PathFinder = (a: number, b: number) => Promise<PathTiming>;

/** GET /api/paths between synthetic nodes a and b, as the paths and API benches ask it. */
export const pathsUrl = (appUrl: string, a: number, b: number) =>
  `${appUrl}/api/paths?from=${syntheticNodeId(a)}&to=${syntheticNodeId(b)}&maxHops=${MAX_HOPS}`;

/** Uses GET /api/paths when the app serves it, else the stand-in; `how` tells which. */
export async function apiPathFinder(
  db: BenchDb,
  appUrl: string,
  timeoutMs: number,
): Promise<{ how: "endpoint" | "stand-in"; find: PathFinder }> {
  // Bounded: a request that never answers must fail the run, not stall it (the signal covers the body too).
  const probe = await fetch(pathsUrl(appUrl, 0, 1), { signal: AbortSignal.timeout(timeoutMs + GRACE_MS) });
  const body = (await probe.json().catch(() => null)) as { paths?: unknown } | null;
  if (probe.status === 200 && body && Array.isArray(body.paths)) {
    return {
      how: "endpoint",
      find: async (a, b) => {
        const t0 = now();
        const res = await fetch(pathsUrl(appUrl, a, b), { signal: AbortSignal.timeout(timeoutMs + GRACE_MS) });
        const json = (await res.json()) as { paths?: { length: number }[]; error?: { code: string } };
        const ms = now() - t0;
        // Anything but an answer or a timeout (a 429 from the rate limiter, a 5xx) is an error, never a figure.
        if (res.status !== 200 && json.error?.code !== "TIMEOUT")
          throw new Error(`bench: /api/paths answered ${res.status} ${json.error?.code ?? ""}`);
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
      db.driver,
      db.database,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = SHORTEST 1 (a)-[]-{1,${MAX_HOPS}}(b)
       RETURN length(p) AS len`,
      a,
      b,
      timeoutMs,
    );
}

const NAIVE = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = (a)-[*]-(b) RETURN length(p) AS len ORDER BY len LIMIT 1`;

/**
 * The naive peer, on a driver of its own: its queries run the server out of memory or time, and a query whose
 * answer never comes back (the stall of run 2) must not poison the pool the other variants use. When the
 * client-side deadline expires, that driver is dropped (closed in the background) and a fresh one is made.
 */
export function naivePathFinder(db: BenchDb, timeoutMs: number): { find: PathFinder; close(): Promise<void> } {
  let driver: Driver = createDriver(db.target, { maxTransactionRetryTimeMs: 0 });
  return {
    find: async (a, b) => {
      const r = await timedPath(driver, db.database, NAIVE, a, b, timeoutMs);
      if (r.deadline) {
        const old = driver;
        driver = createDriver(db.target, { maxTransactionRetryTimeMs: 0 });
        void withDeadline(old.close(), 10_000, "closing the naive driver").catch(() => {});
      }
      return r;
    },
    close: () => withDeadline(driver.close(), 10_000, "closing the naive driver").catch(() => {}),
  };
}

async function timedPath(
  driver: Driver,
  database: string,
  query: string,
  a: number,
  b: number,
  timeoutMs: number,
): Promise<PathTiming & { deadline?: boolean }> {
  const t0 = now();
  // Auto-commit (session.run): no retries. executeQuery retries transient errors, and the transaction memory
  // limit's MemoryPoolOutOfMemoryError is one, so a naive pair used to run up to maxTransactionRetryTime again.
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const res = await withDeadline(
      session.run(query, { from: syntheticNodeId(a), to: syntheticNodeId(b) }, { timeout: timeoutMs }),
      timeoutMs + GRACE_MS,
      `path query ${a}→${b}`,
    );
    const len = res.records[0]?.get("len");
    return { ms: now() - t0, length: len == null ? null : Number(len), timedOut: false };
  } catch (e) {
    // A query stopped by its transaction timeout counts as "at least the timeout".
    // So does one that hits the transaction memory limit (db.memory.transaction.max) first: it would not
    // have answered within the timeout either; and one whose answer never came back at all.
    if (e instanceof DeadlineError)
      return { ms: timeoutMs, length: null, timedOut: true, deadline: true, why: "deadline" };
    if (e instanceof Neo4jError && /MemoryPoolOutOfMemory/i.test(`${e.code} ${e.message}`))
      return { ms: timeoutMs, length: null, timedOut: true, why: "memory" };
    if (e instanceof Neo4jError && /Terminated|TimedOut|timeout/i.test(`${e.code} ${e.message}`))
      return { ms: timeoutMs, length: null, timedOut: true, why: "timeout" };
    throw e;
  } finally {
    void withDeadline(session.close(), 5_000, "closing a session").catch(() => {});
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
