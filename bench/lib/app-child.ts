// The API in its own process, as deployed: the bench's load generator then shares no event loop with the
// server it measures. Reads NEO4J_URI etc. through the product's config; prints "listening <url>".
import { pino } from "pino";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../server/src/config.ts";
import { createApp } from "../../server/src/http/create-app.ts";
import { createDriver } from "../../graph-seed/src/database/driver.ts";

const config = loadConfig();
const driver = createDriver({
  uri: config.neo4j.uri!,
  username: config.neo4j.username,
  password: config.neo4j.password,
});
const app = createApp({
  config,
  driver,
  database: config.neo4j.database,
  providerKind: "env",
  log: pino({ level: "silent" }),
  // `npm run bench -- app` serves the built client too, so the real page is measured.
  clientDir: process.env.BENCH_CLIENT_DIR || undefined,
});
const server = app.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
server.keepAliveTimeout = 30_000;
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// Dies with its parent: a bench killed mid-run must not leave a server behind.
process.stdin.on("end", stop);
process.stdin.resume();
