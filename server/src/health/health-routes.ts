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
      seed: seeds.length ? { loaded: true, documents: seeds } : { loaded: false, documents: [] },
    });
  });

  router.get("/ready", async (req, res) => {
    let seeds: SeedMarker[];
    try {
      seeds = await readSeedMarkers(deps.driver, deps.database);
    } catch {
      return void res.status(503).json({
        ready: false,
        error: { code: "DB_UNAVAILABLE", message: "neo4j: the database does not answer", requestId: String(req.id ?? "") },
      });
    }
    if (seeds.length === 0) {
      return void res.status(503).json({
        ready: false,
        error: { code: "NOT_READY", message: "seed: no completed seed load yet", requestId: String(req.id ?? "") },
      });
    }
    res.json({ ready: true, seeds });
  });

  return router;
}
