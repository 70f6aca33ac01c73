// The one place that says how the API talks to Neo4j: every query and transaction gets a server-side timeout
// (never the database's default of "forever"), reads are routed as reads, and transactions carry metadata
// that names the app, so `SHOW TRANSACTIONS` tells our work apart. Repositories take their options from here.
import type { QueryConfig } from "neo4j-driver";

/** What session.beginTransaction and executeQuery's transactionConfig take (the driver does not export it). */
export interface TransactionConfig {
  timeout: number;
  metadata: Record<string, string>;
}

/** Health and readiness probes: short, so a probe never hangs on a database that does not answer. */
export const PROBE_TIMEOUT_MS = 2_000;

/** Metadata every transaction of the API carries (SHOW TRANSACTIONS … metaData.app). */
export const APP_METADATA = { app: "resilience-graph" } as const;

/** Transaction config: the timeout is required, so no caller can forget it. */
export function txConfig(timeoutMs: number, metadata: Record<string, string> = {}): TransactionConfig {
  return { timeout: Math.max(1, Math.round(timeoutMs)), metadata: { ...APP_METADATA, ...metadata } };
}

/** Options for driver.executeQuery of a read. */
export function readQuery(database: string, timeoutMs: number, metadata?: Record<string, string>): QueryConfig {
  return { database, routing: "READ", transactionConfig: txConfig(timeoutMs, metadata) };
}

/** Options for driver.executeQuery of a write or schema statement (routed to the leader). */
export function writeQuery(database: string, timeoutMs: number, metadata?: Record<string, string>): QueryConfig {
  return { database, transactionConfig: txConfig(timeoutMs, metadata) };
}

/** Options for the API's own administrative calls (SHOW / TERMINATE TRANSACTIONS). */
export function adminQuery(database: string, timeoutMs = PROBE_TIMEOUT_MS): QueryConfig {
  return { database, transactionConfig: txConfig(timeoutMs, { role: "admin" }) };
}

/** The driver's blind spot (a database that stops answering never enforces its own timeout): graph-seed's. */
export { withDeadline } from "../../../graph-seed/src/deadline.ts";
