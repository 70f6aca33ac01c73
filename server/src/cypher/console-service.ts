// The read-only console, in layers none of which is trusted alone:
//   1. lexical guard (keywords, LOAD CSV, several statements, procedure/function allow-lists) and the memory
//      guard (exponential reduce, huge literal ranges: cost-guard.ts),
//   2. EXPLAIN: Neo4j's query type must be 'r' and the plan free of writes, LOAD CSV and other procedures,
//      and no operator may be estimated to hold more rows in memory than the cap,
//   3. a read transaction (the server refuses writes in it),
//   4. a per-transaction timeout on the server, backed by a client-side deadline that terminates the run,
//      and a row cap; a client that goes away terminates its run.
// `guards` lets tests switch layers 1–2 off to show that the next one still holds.
import { randomUUID } from "node:crypto";
import neo4j, { Neo4jError } from "neo4j-driver";
import type { CypherBody, CypherResponse } from "../api/cypher.ts";
import type { AppConfig } from "../config.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { ApiError, queryTimeout } from "../http/errors.ts";
import { fromNeo4jError } from "../neo4j/errors.ts";
import { withDeadline } from "../neo4j/query-options.ts";
import { toJsonValue } from "../neo4j/values.ts";
import { explain, streamRead, terminateTagged } from "./console-repository.ts";
import { checkCostLexically, checkCostPlan } from "./cost-guard.ts";
import { checkLexically } from "./lexical-guard.ts";
import { checkPlan } from "./plan-guard.ts";
import { ResultGraph } from "./result-graph.ts";

export interface ConsoleGuards {
  lexical: boolean;
  classifier: boolean;
}

export interface ConsoleRun {
  body: { query: string; params: Record<string, unknown> };
  /** Resolves when the caller no longer wants the answer (the HTTP client disconnected). */
  cancelled?: Promise<void>;
  guards?: Partial<ConsoleGuards>;
  /** Called with the run's tag once known, so a test can look for its transaction. */
  onTag?: (tag: string) => void;
}

const readOnly = (reason: string) =>
  new ApiError("READ_ONLY", `cypher: refused, the console is read-only and offline: ${reason}`);
const tooMuchMemory = (reason: string) =>
  new ApiError("MEMORY_LIMIT", `cypher: refused before running, it would need too much memory: ${reason}`);

/** The console also caps the rows it returns. */
type ConsoleDeps = DbDeps & { config: Pick<AppConfig, "queryMaxRows"> };

export async function runConsole(deps: ConsoleDeps, run: ConsoleRun): Promise<CypherResponse> {
  const { driver, database } = deps;
  const { queryTimeoutMs: timeoutMs, queryMaxRows: maxRows } = deps.config;
  const started = performance.now();
  const guards: ConsoleGuards = { lexical: true, classifier: true, ...run.guards };
  const query = run.body.query.trim().replace(/;\s*$/, "");
  const params = toDriverParams(run.body.params) as Record<string, unknown>;

  if (guards.lexical) {
    const v = checkLexically(query);
    if (!v.ok) throw readOnly(v.reason);
    const m = checkCostLexically(query);
    if (!m.ok) throw tooMuchMemory(m.reason);
  }
  if (guards.classifier) {
    const c = await explain(driver, database, query, params, timeoutMs).catch((e: unknown) => {
      throw classifyFailure(e);
    });
    const v = checkPlan(c.queryType, c.plan);
    if (!v.ok) throw readOnly(v.reason);
    const m = checkCostPlan(c.plan);
    if (!m.ok) throw tooMuchMemory(m.reason);
  }

  const tag = randomUUID();
  run.onTag?.(tag);
  // The budget counts from the request, so checking and classifying eat into it, not beyond it.
  const remaining = Math.max(100, Math.round(timeoutMs - (performance.now() - started)));
  const t0 = performance.now();
  let outcome: "timeout" | "cancelled" | undefined;
  const stop = (why: "timeout" | "cancelled") => {
    outcome ??= why;
    void terminateTagged(driver, database, tag).catch(() => {});
  };
  const timedOut = queryTimeout;
  const streaming = streamRead(driver, database, query, params, { timeoutMs: remaining, maxRows, tag });
  void run.cancelled?.then(() => stop("cancelled"));
  try {
    // The server's own transaction timeout normally fires first; this deadline answers the client on time
    // even when the server is slow to notice, and terminates the run server-side.
    const r = await withDeadline(streaming, remaining + 250, () => {
      stop("timeout");
      return timedOut();
    });
    const graph = new ResultGraph();
    const rows = r.records.map((rec) => {
      const row: Record<string, unknown> = {};
      for (const key of rec.keys) {
        const value = rec.get(key);
        graph.collect(value);
        row[String(key)] = toJsonValue(value);
      }
      return row;
    });
    const payload = graph.build();
    payload.attributes.truncated = r.truncated;
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    return {
      columns: r.columns,
      rows,
      graph: payload,
      summary: { queryType: "r", ms, rows: rows.length, truncated: r.truncated, maxRows },
    };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (outcome === "timeout") throw timedOut();
    if (e instanceof Neo4jError && /terminated|timed? ?out/i.test(`${e.code} ${e.message}`) && !outcome)
      throw timedOut();
    throw fromNeo4jError(e) ?? e;
  }
}

/** EXPLAIN failures: syntax and parameter errors say so; anything else means "cannot show it is a read". */
function classifyFailure(e: unknown): ApiError {
  const mapped = fromNeo4jError(e);
  if (mapped && mapped.code !== "INTERNAL") return mapped;
  return readOnly("Neo4j could not classify the query as a read");
}

/** JSON params → driver values: whole numbers become Integers (so LIMIT $n and ids work), recursively. */
export function toDriverParams(value: unknown, depth = 0): unknown {
  if (depth > 32) throw new ApiError("BAD_REQUEST", "cypher: params are nested too deeply");
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => toDriverParams(v, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toDriverParams(v, depth + 1)]),
    );
  }
  return value;
}

export type { CypherBody };
