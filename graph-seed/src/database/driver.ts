// One driver per database per application: created here, verified at boot, closed on exit.
// Timeouts are short on purpose: when the database goes away a request must fail fast with
// DB_UNAVAILABLE instead of hanging until the client gives up.
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "./provider.ts";

export interface DriverOptions {
  /** Upper bound for a transaction function's retries on transient errors. */
  maxTransactionRetryTimeMs?: number;
}

export function createDriver(
  target: Pick<Neo4jTarget, "uri" | "username" | "password">,
  opts: DriverOptions = {},
): Driver {
  // The local provider runs with auth off; an empty password means "no auth" rather than a failed login.
  const auth = target.password ? neo4j.auth.basic(target.username, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: 50,
    // Together these bound how long a request can wait on a database that is gone or coming back:
    // at most ~1 s of retries, each attempt waiting at most 2 s to connect or 3 s for a pooled connection.
    connectionAcquisitionTimeout: 3_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: opts.maxTransactionRetryTimeMs ?? 1_000,
    // Pooled connections are checked before reuse after this idle time, so a restarted
    // database is noticed on the first request instead of surfacing as a broken socket.
    connectionLivenessCheckTimeout: 1_000,
    disableLosslessIntegers: false,
    userAgent: "resilience-graph/0.1",
  });
}
