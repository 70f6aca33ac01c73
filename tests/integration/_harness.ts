// Shared helpers for integration tests: a driver on the run's Neo4j, the app built over it, and a way to
// (re)load the real seed. Files starting with _ are helpers, not tests.
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { inject } from "vitest";
import { seedAll, type SeedAllResult } from "../../graph-seed/src/load/index.ts";
import { loadConfig, REPO_ROOT, type AppConfig } from "../../server/src/config.ts";
import type { AppDeps } from "../../server/src/http/app-deps.ts";
import { createApp } from "../../server/src/http/create-app.ts";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import { forgetUserDatabase, TEST_MARKER_LABEL, testEnv } from "../_throwaway-neo4j.ts";
import { sourcesDirFrom } from "../../graph-seed/src/config.ts";

// Every test file imports this: whatever the worker inherited, no child it spawns sees the user's NEO4J_URI.
forgetUserDatabase();

export const DOCUMENTS_DIR = path.join(REPO_ROOT, "graph-seed", "documents");
export const SOURCES_DIR = sourcesDirFrom(process.env);

export function neo4jTarget() {
  return inject("neo4j");
}

export function testDriver(): Driver {
  return createDriver(neo4jTarget());
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // testEnv: the user's NEO4J_URI never reaches a test's configuration.
  return { ...loadConfig({ ...testEnv(), LOG_LEVEL: "silent" }), sourcesDir: SOURCES_DIR, ...overrides };
}

export function testApp(driver: Driver, overrides: Partial<AppConfig> = {}) {
  const deps: AppDeps = {
    config: testConfig(overrides),
    driver,
    database: neo4jTarget().database,
    providerKind: neo4jTarget().kind as AppDeps["providerKind"],
    log: pino({ level: "silent" }),
  };
  return createApp(deps);
}

/** Loads the real seed (skipped when already current, unless forced). */
export function loadRealSeed(driver: Driver, force = false): Promise<SeedAllResult> {
  return seedAll(driver, {
    documentsDir: DOCUMENTS_DIR,
    sourcesDir: SOURCES_DIR,
    database: neo4jTarget().database,
    force,
  });
}

/**
 * Removes everything, schema included, so a test starts from an empty database. Only ever on the run's own
 * database (inject("neo4j"): one the setup started, or a TEST_NEO4J_URI it found empty and marked); the
 * mark of an external test database survives, so the next run still recognises it.
 */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const database = neo4jTarget().database;
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
    );
  } finally {
    await session.close();
  }
  const { records: cs } = await driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, { database });
  for (const r of cs) await driver.executeQuery(`DROP CONSTRAINT \`${r.get("name")}\` IF EXISTS`, {}, { database });
  const { records: is } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'",
    {},
    { database },
  );
  for (const r of is) await driver.executeQuery(`DROP INDEX \`${r.get("name")}\` IF EXISTS`, {}, { database });
}
