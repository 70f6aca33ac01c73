// A throwaway Neo4j for a benchmark run (own data folder, bigger heap and page cache than tests), a driver
// on it, and helpers to empty it and to load a synthetic graph through the product's own loader.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadSeed, type LoadResult } from "../../graph-seed/src/load/index.ts";
import type { ValidatedSeed } from "../../graph-seed/src/model/seed.ts";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../../graph-seed/src/model/types.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import { acquireNeo4j, type Neo4jTarget } from "../../graph-seed/src/database/provider.ts";

export interface BenchDb {
  target: Neo4jTarget;
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

/** Wraps a database someone else started (the integration tests' one); close() only closes the driver. */
export function existingBenchDb(target: Neo4jTarget): BenchDb {
  const driver = createDriver(target, { maxTransactionRetryTimeMs: 30_000 });
  return { target, driver, database: target.database, close: () => driver.close() };
}

export async function startBenchDb(
  opts: { heap?: string; pagecache?: string; log?: (l: string) => void; home?: string } = {},
): Promise<BenchDb> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent" });
  // A given home is kept (a reused database skips reloading its graph); a temporary one is removed.
  const home = opts.home ?? (await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-bench-")));
  const target = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    localHome: home,
    localHeap: opts.heap ?? "4g",
    localPagecache: opts.pagecache ?? "2g",
    progress: (line) => opts.log?.(`[neo4j] ${line}`),
  });
  // Long retry window: a bulk load on a busy 2-core machine may see transient lock timeouts.
  const driver = createDriver(target, { maxTransactionRetryTimeMs: 30_000 });
  await driver.verifyConnectivity();
  return {
    target,
    driver,
    database: target.database,
    close: async () => {
      await driver.close();
      await target.stop();
      if (!opts.home) await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * Deletes the nodes and marker of one document (or of every document) but keeps the schema, so the next load
 * starts empty but indexed. Scoped by document so a smoke run on the test database leaves the real seed alone.
 */
export async function emptyData(db: BenchDb, doc: string | null): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE $doc IS NULL OR n.document = $doc CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { doc },
    );
    await session.run(`MATCH (m:${SEED_MARKER_LABEL}) WHERE $doc IS NULL OR m.document = $doc DELETE m`, { doc });
  } finally {
    await session.close();
  }
}

export function loadSynthetic(
  db: BenchDb,
  seed: ValidatedSeed,
  onProgress?: (line: string) => void,
  batchSize?: number,
): Promise<LoadResult> {
  let last = 0;
  return loadSeed(db.driver, seed, {
    database: db.database,
    ...(batchSize ? { batchSize } : {}),
    onProgress: (p) => {
      const t = Date.now();
      if (onProgress && (t - last > 5000 || p.phase === "done")) {
        last = t;
        onProgress(`[load] ${p.document} ${p.phase} ${p.done}/${p.total}`);
      }
    },
  });
}
