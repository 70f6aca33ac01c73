// Two promises about the database, kept for every API request that needs it (mounted after the health routes):
//   - while the supervised database is being restarted, the request answers at once with 503 DB_UNAVAILABLE and
//     a Retry-After sized from the backoff and the last start time, instead of waiting out driver timeouts;
//   - a request never waits on a database that stopped answering (SIGSTOP, a frozen VM): a query on a pooled
//     connection has no read timeout, and a stalled server enforces no transaction timeout, so if no answer
//     has left by the query timeout plus ANSWER_GRACE_MS, the request answers 503 itself.
import type { RequestHandler } from "express";
import type { AppDeps, DbDeps } from "../http/app-deps.ts";
import { dbUnavailable, DEFAULT_RETRY_AFTER_S } from "../http/errors.ts";

export const ANSWER_GRACE_MS = 2_000;

export function databaseGate(deps: Pick<AppDeps, "dbStatus"> & Pick<DbDeps, "config">): RequestHandler {
  return (req, res, next) => {
    const status = deps.dbStatus?.();
    if (status && status.state !== "up") {
      return next(
        dbUnavailable(
          `neo4j: the database is ${status.state === "restarting" ? "restarting" : "stopped"}; try again shortly`,
          status.retryAfterS,
        ),
      );
    }
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      req.log?.warn({ path: req.path }, "neo4j: no answer within the query timeout; answering 503");
      res
        .status(503)
        .setHeader("Retry-After", String(DEFAULT_RETRY_AFTER_S))
        .json({
          error: {
            code: "DB_UNAVAILABLE",
            message: "neo4j: the database did not answer in time; try again shortly",
            requestId: String(req.id ?? ""),
          },
        });
    }, deps.config.queryTimeoutMs + ANSWER_GRACE_MS);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once("finish", clear);
    res.once("close", clear);
    next();
  };
}
