// HTTP only for POST /api/cypher: validate the body, tie the run to the client's connection, answer JSON.
import { Router } from "express";
import { CypherBodySchema } from "../api/cypher.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { runConsole } from "./console-service.ts";

export function cypherRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/cypher", async (req, res) => {
    const body = CypherBodySchema.parse(req.body ?? {});
    // 'close' before the answer is written means the client went away: its query is terminated.
    const cancelled = new Promise<void>((resolve) => res.on("close", () => !res.writableFinished && resolve()));
    res.json(await runConsole(deps, { body, cancelled }));
  });
  return router;
}
