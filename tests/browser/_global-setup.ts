// Browser end-to-end run: one real Neo4j with the real seed, the client built by Vite, the real Express app
// on 127.0.0.1:0. The test files get its URL through `inject("baseUrl")` and drive Debian's Chromium.
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import os from "node:os";
import type { Driver } from "neo4j-driver";
import { commitImport, prepareImport } from "../../graph-seed/src/import/index.ts";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pino } from "pino";
import type { TestProject } from "vitest/node";
import { seedAll } from "../../graph-seed/src/load/index.ts";
import { loadConfig, REPO_ROOT } from "../../server/src/config.ts";
import { createApp } from "../../server/src/http/create-app.ts";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import {
  forgetUserDatabase,
  providedNeo4j,
  startThrowawayNeo4j,
  testEnv,
  type ProvidedNeo4j,
} from "../_throwaway-neo4j.ts";
import { sourcesDirFrom } from "../../graph-seed/src/config.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The editor token the app was started with (curation.test.ts writes through the UI with it). */
    editorToken: string;
    /** The run's database, for a test that adds a document of its own (and removes it after). */
    neo4j: ProvidedNeo4j;
  }
}

async function importSecondDocument(
  driver: Driver,
  database: string,
  sourcesDir: string,
  dir: string,
  log: (l: string) => void,
) {
  const prepared = await prepareImport({
    bytes: await readFile(path.join(sourcesDir, "rural-revitalization-2018.zh.txt")),
    fileName: "rural.txt",
    id: "browser-second-document",
    sourcesDir: dir,
  });
  const res = await commitImport(prepared, driver, database);
  log(`second document ${res.id}: ${res.nodes} nodes, ${res.edges} relationships`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const userSources = sourcesDirFrom(process.env);
  // The app serves a copy: an import through the UI (import.test.ts) writes its text there, never beside the
  // user's sources.
  const sourcesDir = await mkdtemp(path.join(os.tmpdir(), "rg-browser-sources-"));
  for (const f of await readdir(userSources))
    if (f.endsWith(".txt")) await copyFile(path.join(userSources, f), path.join(sourcesDir, f));
  // The user's NEO4J_URI is never used by tests (see _throwaway-neo4j.ts).
  const env = { ...process.env };
  forgetUserDatabase();
  const base = loadConfig({ ...testEnv(env), LOG_LEVEL: "silent" });
  // Every browser test loads the page (one costly /api/graph each) from the same address within a few minutes:
  // many users' worth for the per-client limits, which the integration tests check on their own.
  const rateLimit = { ...base.rateLimit, standard: 1_000_000, costly: 1_000_000 };
  const editor = { token: "browser-editor-token-0123456789abcdef", label: "browser-tester" };
  const config = { ...base, sourcesDir, rateLimit, editor };
  const log = (line: string) => process.stdout.write(`[browser-setup] ${line}\n`);

  const { build } = await import("vite");
  const clientDir = path.join(REPO_ROOT, "dist", "client");
  const built = build({ configFile: path.join(REPO_ROOT, "client", "vite.config.ts"), logLevel: "warn" });

  const { target, dispose } = await startThrowawayNeo4j("rg-neo4j-browser-", (line) => log(`neo4j: ${line}`), env);
  const driver = createDriver(target);
  let server: Server | undefined;
  let secondSources = "";
  const teardown = async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await driver.close();
    await dispose();
    await rm(sourcesDir, { recursive: true, force: true });
    if (secondSources) await rm(secondSources, { recursive: true, force: true });
  };
  try {
    await seedAll(driver, {
      documentsDir: path.join(REPO_ROOT, "graph-seed", "documents"),
      sourcesDir,
      database: target.database,
      log,
    });
    // BROWSER_SECOND_DOCUMENT=1: a second document (the rural paper, drafted by the import pipeline into a
    // throwaway sources folder) beside the seed, so every browser test also runs with two documents loaded.
    if (process.env.BROWSER_SECOND_DOCUMENT) {
      secondSources = await mkdtemp(path.join(os.tmpdir(), "rg-browser-second-"));
      await importSecondDocument(driver, target.database, sourcesDir, secondSources, log);
    }
    await built;
    const app = createApp({
      config,
      driver,
      database: target.database,
      providerKind: target.kind,
      log: pino({ level: "silent" }),
      clientDir,
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    log(`app on ${baseUrl} (neo4j ${target.kind})`);
    project.provide("baseUrl", baseUrl);
    project.provide("editorToken", editor.token);
    project.provide("neo4j", providedNeo4j(target));
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
