// The one database a test run writes to. Tests never use NEO4J_URI (that names the user's own database, which
// `npm test` must never touch): by default they start a Neo4j of their own with a throwaway data folder (Docker,
// else the local launcher). An external database takes a separate variable, TEST_NEO4J_URI, and is used only
// when it is empty (the tests then mark it as theirs) or already carries that mark; otherwise the run refuses.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../server/src/config.ts";
import { acquireNeo4j, type Neo4jTarget } from "../graph-seed/src/database/provider.ts";
import { createDriver } from "../graph-seed/src/database/driver.ts";

/** The label of the one node that says "this database belongs to the test suite". */
export const TEST_MARKER_LABEL = "ResilienceGraphTestDatabase";

/** The variables that name the user's database: stripped before the tests read their configuration. */
const USER_DATABASE_VARS = ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"] as const;

export class TestDatabaseRefusedError extends Error {
  readonly code = "TEST_DATABASE_REFUSED";
}

/** How test files reach the run's database (what the global setups `provide` as "neo4j"): plain data only. */
export interface ProvidedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  kind: string;
}

export function providedNeo4j(t: Neo4jTarget): ProvidedNeo4j {
  return { uri: t.uri, username: t.username, password: t.password, database: t.database, kind: t.kind };
}

export interface ThrowawayNeo4j {
  target: Neo4jTarget;
  /** Stops the database (when the setup started it) and removes its data folder. */
  dispose(): Promise<void>;
}

/** The environment the tests configure themselves from: the user's NEO4J_* database variables removed. */
export function testEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of USER_DATABASE_VARS) delete out[name];
  return out;
}

/** Removes the user's NEO4J_* variables from this process, so test files and the processes they spawn inherit none. */
export function forgetUserDatabase(): void {
  for (const name of USER_DATABASE_VARS) delete process.env[name];
}

export async function startThrowawayNeo4j(
  prefix: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ThrowawayNeo4j> {
  if (env.NEO4J_URI && !env.TEST_NEO4J_URI)
    log(`NEO4J_URI is set and ignored: tests never use it (TEST_NEO4J_URI names a database for tests)`);
  if (env.TEST_NEO4J_URI) return claimExternal(env, log);
  const config = loadConfig(testEnv(env));
  const home = await mkdtemp(path.join(os.tmpdir(), prefix));
  const target = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    uri: undefined,
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

/** Uses TEST_NEO4J_URI only if it is empty (then marks it) or already marked as the tests'; never stops it. */
async function claimExternal(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ThrowawayNeo4j> {
  const target: Neo4jTarget = {
    kind: "env",
    uri: env.TEST_NEO4J_URI!,
    username: env.TEST_NEO4J_USERNAME || "neo4j",
    password: env.TEST_NEO4J_PASSWORD ?? "",
    database: env.TEST_NEO4J_DATABASE || "neo4j",
    stop: async () => {},
  };
  const driver = createDriver(target);
  try {
    const database = target.database;
    const verdict = await driver.executeQuery(
      `OPTIONAL MATCH (m:${TEST_MARKER_LABEL}) WITH count(m) AS marks
       CALL () { MATCH (n) RETURN count(n) AS nodes }
       RETURN marks, nodes`,
      {},
      { database },
    );
    const shown = await driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, { database });
    const r = verdict.records[0]!;
    const marks = Number(r.get("marks"));
    const nodes = Number(r.get("nodes"));
    const constraints = shown.records.length;
    if (marks === 0) {
      if (nodes > 0 || constraints > 0)
        throw new TestDatabaseRefusedError(
          `tests: refusing TEST_NEO4J_URI=${target.uri}: it holds ${nodes} nodes and ${constraints} constraints ` +
            `and is not marked as a test database. The tests wipe the database they use, so they only take an ` +
            `empty one (they then mark it with a :${TEST_MARKER_LABEL} node) or one they marked before. ` +
            `Unset TEST_NEO4J_URI to let the tests start a throwaway Neo4j of their own.`,
        );
      // The mark is created only if the database still holds nothing, in the same statement that checks it.
      const created = await driver.executeQuery(
        `CALL () { MATCH (n) RETURN count(n) AS nodes } WITH nodes WHERE nodes = 0
         CREATE (m:${TEST_MARKER_LABEL} {markedAt: datetime()}) RETURN count(m) AS c`,
        {},
        { database },
      );
      if (Number(created.records[0]?.get("c") ?? 0) !== 1)
        throw new TestDatabaseRefusedError(`tests: TEST_NEO4J_URI=${target.uri} stopped being empty while marking it`);
      log(`TEST_NEO4J_URI ${target.uri} was empty: marked as the tests' database`);
    } else log(`TEST_NEO4J_URI ${target.uri} carries the test mark: using it`);
  } finally {
    await driver.close();
  }
  return { target, dispose: async () => {} };
}
