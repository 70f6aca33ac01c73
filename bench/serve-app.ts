// A development aid for the app benchmark: the bench database (kept in --db-home) and the real server with
// the built client, left running until Ctrl-C, so one can open the page or time the API by hand.
// Usage: npx tsx bench/serve-app.ts --db-home .cache/bench-db
import path from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../server/src/config.ts";
import { startBenchApp } from "./lib/app-server.ts";
import { startBenchDb } from "./lib/database.ts";

const { values: v } = parseArgs({ options: { "db-home": { type: "string" }, "client-dir": { type: "string" } } });
const db = await startBenchDb({ ...(v["db-home"] ? { home: path.resolve(v["db-home"]) } : {}) });
const app = await startBenchApp(db, 30_000, path.resolve(REPO_ROOT, v["client-dir"] ?? "dist/client"));
process.stdout.write(`serving ${app.url}\n`);
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
