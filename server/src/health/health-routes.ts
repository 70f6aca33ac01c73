// GET /api/health: the process is up, and what it knows of the database (never fails because Neo4j is down).
// GET /api/ready: 200 only once Neo4j answers and a seed load has completed; otherwise 503 with a reason.
// Both answer within PROBE_DEADLINE_MS whatever the database does: a stalled one (SIGSTOP) holds a pooled
// connection and the driver waits its acquisition timeout (3 s), so each probe races a deadline.
import { Router, type Response } from "express";
import type { AppDeps } from "../http/app-deps.ts";
import { DEFAULT_RETRY_AFTER_S } from "../http/errors.ts";
import { withDeadline } from "../neo4j/query-options.ts";
import { readDbInfo, readSeedMarkers, type DbInfo, type SeedMarker } from "./health-repository.ts";

/** Under the 2 s a load balancer or the client may wait for a probe. */
export const PROBE_DEADLINE_MS = 1_500;

const late = () => new Error(`neo4j: no answer within ${PROBE_DEADLINE_MS} ms`);

export function healthRoutes(deps: Pick<AppDeps, "driver" | "database" | "dbStatus" | "providerKind">): Router {
  const router = Router();
  const supervised = () => deps.dbStatus?.();

  router.get("/health", async (_req, res) => {
    let db: DbInfo | null = null;
    let seeds: SeedMarker[] = [];
    let error: string | undefined;
    const status = supervised();
    if (status && status.state !== "up") {
      error = `neo4j: ${status.state}`;
    } else {
      try {
        [db, seeds] = await withDeadline(
          Promise.all([readDbInfo(deps.driver, deps.database), readSeedMarkers(deps.driver, deps.database)]),
          PROBE_DEADLINE_MS,
          late,
        );
      } catch {
        error = "neo4j: not reachable";
      }
    }
    res.json({
      status: "up",
      uptimeSeconds: Math.round(process.uptime()),
      neo4j: {
        connected: db !== null,
        provider: deps.providerKind,
        version: db?.version ?? null,
        edition: db?.edition ?? null,
        nodes: db?.nodes ?? null,
        relationships: db?.relationships ?? null,
        ...(error ? { error } : {}),
        ...(status ? { supervisor: status } : {}),
      },
      seed: { loaded: seeds.length > 0 && seeds.every((s) => s.completed), documents: seeds },
    });
  });

  router.get("/ready", async (req, res) => {
    const unavailable = (message: string, retryAfterS = DEFAULT_RETRY_AFTER_S) =>
      notReady(res, "DB_UNAVAILABLE", message, String(req.id ?? ""), retryAfterS);
    const status = supervised();
    if (status && status.state !== "up")
      return unavailable(`neo4j: the database is ${status.state}`, status.retryAfterS);
    let seeds: SeedMarker[];
    try {
      seeds = await withDeadline(readSeedMarkers(deps.driver, deps.database), PROBE_DEADLINE_MS, late);
    } catch {
      return unavailable("neo4j: the database does not answer");
    }
    const unfinished = seeds.filter((s) => !s.completed).map((s) => s.document);
    if (seeds.length === 0 || unfinished.length > 0) {
      const message =
        seeds.length === 0
          ? "seed: no completed seed load yet"
          : `seed: the load of ${unfinished.join(", ")} has not completed`;
      return notReady(res, "NOT_READY", message, String(req.id ?? ""), DEFAULT_RETRY_AFTER_S);
    }
    res.json({ ready: true, seeds });
  });

  return router;
}

function notReady(res: Response, code: string, message: string, requestId: string, retryAfterS: number): void {
  res.setHeader("Retry-After", String(retryAfterS));
  res.status(503).json({ ready: false, error: { code, message, requestId } });
}
