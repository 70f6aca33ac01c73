// HTTP only: parse and validate, call the repository, answer JSON.
import { Router } from "express";
import { z } from "zod";
import { NODE_TYPES } from "../../../graph-seed/src/model/types.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { readGraph } from "./graph-repository.ts";

const csvOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((v) => v.trim()).filter(Boolean) : null))
    .pipe(z.array(z.enum(values)).nullable());

const GraphQuery = z.object({
  types: csvOf(NODE_TYPES),
  limit: z.coerce.number().int().min(1).max(100_000).default(5_000),
});

export function graphRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/graph", async (req, res) => {
    const q = GraphQuery.parse(req.query);
    res.json(await readGraph(deps.driver, deps.database, q.types, q.limit));
  });
  return router;
}
