// HTTP only: parse and validate with the contract's schemas, call a service, answer JSON.
import { Router } from "express";
import { GraphQuerySchema } from "../api/graph.ts";
import { NeighborsQuerySchema, NodeParamsSchema } from "../api/nodes.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { graph } from "./graph-service.ts";
import { neighbors, nodeDetail } from "./node-service.ts";
import { schema } from "./schema-service.ts";

export function graphRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/schema", async (_req, res) => {
    res.json(await schema(deps));
  });
  router.get("/graph", async (req, res) => {
    const q = GraphQuerySchema.parse(req.query);
    res.json(await graph(deps, q));
  });
  router.get("/nodes/:id", async (req, res) => {
    const { id } = NodeParamsSchema.parse(req.params);
    res.json(await nodeDetail(deps, id));
  });
  router.get("/nodes/:id/neighbors", async (req, res) => {
    const { id } = NodeParamsSchema.parse(req.params);
    res.json(await neighbors(deps, id, NeighborsQuerySchema.parse(req.query)));
  });
  return router;
}
