// Starts one real Neo4j for the whole integration run (NEO4J_URI, else Docker, else the local launcher),
// with a throwaway data folder, and hands its URI to the test files. Fault-injection tests that kill or
// restart a database start their own (see _local-db.ts), so they never disturb this one.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/src/config.ts";
import { acquireNeo4j } from "../../server/src/neo4j/provider.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string; kind: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const home = await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-test-"));
  const t0 = Date.now();
  const target = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    localHome: home,
    localHeap: "1g",
    localPagecache: "128m",
    progress: (line) => process.stdout.write(`[neo4j] ${line}\n`),
  });
  process.stdout.write(`[neo4j] ${target.kind} database ready at ${target.uri} in ${Date.now() - t0} ms\n`);
  project.provide("neo4j", {
    uri: target.uri,
    username: target.username,
    password: target.password,
    database: target.database,
    kind: target.kind,
  });
  return async () => {
    await target.stop();
    await rm(home, { recursive: true, force: true });
  };
}
