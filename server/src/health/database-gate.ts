// While the supervised database is being restarted, every API request that needs it answers at once with
// 503 DB_UNAVAILABLE and a Retry-After sized from the backoff and the last start time, instead of each
// request waiting out the driver's connection timeouts. Mounted after the health routes, which say so too.
import type { RequestHandler } from "express";
import type { AppDeps } from "../http/app-deps.ts";
import { dbUnavailable } from "../http/errors.ts";

export function databaseGate(deps: AppDeps): RequestHandler {
  return (_req, _res, next) => {
    const status = deps.dbStatus?.();
    if (!status || status.state === "up") return next();
    next(
      dbUnavailable(
        `neo4j: the database is ${status.state === "restarting" ? "restarting" : "stopped"}; try again shortly`,
        status.retryAfterS,
      ),
    );
  };
}
