// GET /api/edges/:id: an edge as stored, so the explorer edits it against its current version (the graph payload
// the canvas holds may be older than the last write).
import type { EdgeState } from "../api/curation.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { txConfig } from "../neo4j/query-options.ts";
import { mustReadEdge } from "./edge-writes.ts";

export async function readEdge(deps: AppDeps, id: string): Promise<EdgeState> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead((tx) => mustReadEdge(tx, id), txConfig(deps.config.queryTimeoutMs));
  } finally {
    await session.close();
  }
}
