// One real Neo4j with a throwaway data folder, chosen the way the product chooses (NEO4J_URI, else Docker,
// else the local launcher). Used by the integration and browser global setups.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../server/src/config.ts";
import { acquireNeo4j, type Neo4jTarget } from "../graph-seed/src/database/provider.ts";

export interface ThrowawayNeo4j {
  target: Neo4jTarget;
  /** Stops the database (when the setup started it) and removes its data folder. */
  dispose(): Promise<void>;
}

export async function startThrowawayNeo4j(prefix: string, log: (line: string) => void): Promise<ThrowawayNeo4j> {
  const config = loadConfig();
  const home = await mkdtemp(path.join(os.tmpdir(), prefix));
  const target = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    localHome: home,
    localHeap: "1g",
    localPagecache: "128m",
    progress: log,
  });
  return {
    target,
    dispose: async () => {
      await target.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
