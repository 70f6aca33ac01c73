// GET /api/health: the process is up, and what it knows of the database (never fails because Neo4j is down).
// GET /api/ready: 200 only once Neo4j answers and a seed load has completed; otherwise 503 with a reason.
import { Router } from "express";
import type { AppDeps } from "../http/app-deps.ts";
import { readDbInfo, readSeedMarkers, type DbInfo, type SeedMarker } from "./health-repository.ts";

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();

  router.get("/health", async (_req, res) => {
    let db: DbInfo | null = null;
    let seeds: SeedMarker[] = [];
    let error: string | undefined;
    try {
      db = await readDbInfo(deps.driver, deps.database);
      seeds = await readSeedMarkers(deps.driver, deps.database);
    } catch {
      error = "neo4j: not reachable";
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
      },
      seed: { loaded: seeds.length > 0 && seeds.every((s) => s.completed), documents: seeds },
    });
  });

  router.get("/ready", async (req, res) => {
    let seeds: SeedMarker[];
    try {
      seeds = await readSeedMarkers(deps.driver, deps.database);
    } catch {
      return void res.status(503).json({
        ready: false,
        error: {
          code: "DB_UNAVAILABLE",
          message: "neo4j: the database does not answer",
          requestId: String(req.id ?? ""),
        },
      });
    }
    const unfinished = seeds.filter((s) => !s.completed).map((s) => s.document);
    if (seeds.length === 0 || unfinished.length > 0) {
      const message =
        seeds.length === 0
          ? "seed: no completed seed load yet"
          : `seed: the load of ${unfinished.join(", ")} has not completed`;
      return void res.status(503).json({
        ready: false,
        error: { code: "NOT_READY", message, requestId: String(req.id ?? "") },
      });
    }
    res.json({ ready: true, seeds });
  });

  return router;
}
