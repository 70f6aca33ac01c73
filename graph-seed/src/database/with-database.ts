// The command-line tools' way to the database (seed, import, export): acquire it as the product does (NEO4J_URI,
// else Docker, else the local Neo4j on its stored data), run the work with one driver, then close the driver and
// stop what was started, whatever happened.
import type { Driver } from "neo4j-driver";
import type { BaseConfig } from "../config.ts";
import { createDriver } from "./driver.ts";
import { acquireNeo4j } from "./provider.ts";

export async function withDatabase<T>(
  config: BaseConfig,
  work: (driver: Driver, database: string) => Promise<T>,
): Promise<T> {
  const target = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    progress: (l) => console.log(`[neo4j] ${l}`),
  });
  // Loads and exports are long transactions: give the driver's retries of transient errors room.
  const driver = createDriver(target, { maxTransactionRetryTimeMs: 30_000 });
  try {
    return await work(driver, target.database);
  } finally {
    await driver.close();
    await target.stop();
  }
}
