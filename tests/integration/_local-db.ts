// A private local Neo4j for tests that stop, kill or restart a database, so the shared one stays untouched.
// Always the local launcher: fault injection needs a process this test owns.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../../server/src/config.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../graph-seed/src/database/local-neo4j.ts";

export interface PrivateDb {
  home: string;
  current: LocalNeo4j;
  /** Starts again on the same port and data folder, so the URI clients hold stays valid. */
  restart(): Promise<LocalNeo4j>;
  dispose(): Promise<void>;
}

export async function startPrivateDb(): Promise<PrivateDb> {
  const home = await mkdtemp(path.join(os.tmpdir(), "rg-neo4j-private-"));
  const first = await startLocalNeo4j({ repoRoot: REPO_ROOT, home, heap: "512m", pagecache: "64m" });
  const db: PrivateDb = {
    home,
    current: first,
    async restart() {
      db.current = await startLocalNeo4j({
        repoRoot: REPO_ROOT,
        home,
        port: first.port,
        heap: "512m",
        pagecache: "64m",
      });
      return db.current;
    },
    async dispose() {
      await db.current.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
  return db;
}
