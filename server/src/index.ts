// `npm start`: bring up Neo4j (NEO4J_URI, else Docker, else a local Neo4j), load the seed when it changed,
// build the client when stale, serve API and client. Ctrl-C / SIGTERM stops everything it started.
import path from "node:path";
import type { Server } from "node:http";
import { segmenter } from "../../graph-seed/src/extract/segmenter.ts";
import { seedAll } from "../../graph-seed/src/load/index.ts";
import { editorTokenFile, resolveEditorToken } from "./auth/editor-token.ts";
import { buildClientIfStale, clientOutDir } from "./boot/client-build.ts";
import { loadConfig } from "./config.ts";
import { createApp } from "./http/create-app.ts";
import { warmUp } from "./health/warm-up.ts";
import { createLogger, resolveLogFormat } from "./http/request-log.ts";
import { createDriver } from "../../graph-seed/src/database/driver.ts";
import { acquireNeo4j, type Neo4jTarget } from "../../graph-seed/src/database/provider.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel, resolveLogFormat(config.logFormat));
  const stoppers: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping…`);
    for (const stop of stoppers.reverse()) await stop().catch((err) => log.error({ err }, "while stopping"));
    say("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stopAll("SIGINT"));
  process.on("SIGTERM", () => void stopAll("SIGTERM"));

  const target: Neo4jTarget = await acquireNeo4j({
    repoRoot: config.repoRoot,
    ...config.neo4j,
    progress: (line) => say(`[neo4j] ${line}`),
  });
  stoppers.push(() => target.stop());
  say(`[neo4j] ${target.kind === "env" ? "using NEO4J_URI" : `${target.kind} database`} at ${target.uri}`);

  const driver = createDriver(target);
  stoppers.push(() => driver.close());
  await driver.verifyConnectivity({ database: target.database });

  await seedAll(driver, {
    documentsDir: path.join(config.repoRoot, "graph-seed", "documents"),
    sourcesDir: config.sourcesDir,
    database: target.database,
    log: (line) => say(`[seed] ${line}`),
    onProgress: (p) => {
      if (p.phase === "nodes" || p.phase === "edges") say(`[seed] ${p.document}: ${p.phase} ${p.done}/${p.total}`);
    },
  });

  if (config.clientBuild === "auto") await buildClientIfStale(config.repoRoot, (line) => say(`[client] ${line}`));

  const editor = await resolveEditorToken(config.editor.token, editorTokenFile(config.neo4j.localHome));
  config.editor.token = editor.token;

  const app = createApp({
    config,
    driver,
    database: target.database,
    providerKind: target.kind,
    dbStatus: target.status,
    log,
    clientDir: clientOutDir(config.repoRoot),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  stoppers.push(() => closeServer(server));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const warm = await warmUp(localUrl(address, port));
  say(`[warm-up] ${warm.requests} requests in ${warm.ms} ms (slowest ${warm.slowest.path} ${warm.slowest.ms} ms)`);
  // The importer's segmenter loads jieba's dictionaries on first use: ~3 s that the first upload would wait.
  const s0 = Date.now();
  segmenter();
  say(`[warm-up] the importer's segmenter loaded in ${Date.now() - s0} ms`);
  say(
    editor.source === "env"
      ? "\nEditing: with the token from EDITOR_TOKEN."
      : `\nEditing: the editor token is in ${editor.file}${editor.source === "generated" ? " (new)" : ""}.`,
  );
  say(`Resilience Graph is ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: open http://localhost:${port}/`);
  say("Ctrl-C stops the server and the database it started.");
}

/** A URL this process can reach itself on: the bound address, or loopback when bound to every interface. */
function localUrl(address: ReturnType<Server["address"]>, port: number): string {
  const host = typeof address === "object" && address ? address.address : "127.0.0.1";
  if (host === "0.0.0.0" || host === "::") return `http://127.0.0.1:${port}`;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/** Stops accepting, lets in-flight requests finish (bounded), then closes idle keep-alive sockets. */
function closeServer(server: Server, drainMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, drainMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`\nResilience Graph could not start:\n${message}\n`);
  process.exit(1);
});
