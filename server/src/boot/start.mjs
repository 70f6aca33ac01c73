// The entry of `npm start` and `npm run seed`, in plain JavaScript so it runs without any devDependency.
// It reads .env (the environment wins over the file), then runs the entry in this same process: from the
// TypeScript sources through tsx when tsx is installed (a development install), else the esbuild output in
// dist/server (`npm run build`, then `npm prune --omit=dev`). One process means npm's SIGINT/SIGTERM reach the
// server itself, whose handlers stop the database it started: no wrapper process is left to orphan it.
// (The scripts say `exec node …`: npm runs them through `sh -c`, and dash neither execs a lone command nor
// forwards signals, so without exec SIGTERM to npm kills the shell and leaves node running.)
// Usage: node server/src/boot/start.mjs [server|seed|import|export] [args…]
/* global process, setInterval */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Each entry: its TypeScript source and its compiled file (see build-server.mjs). */
const ENTRIES = {
  server: { source: "server/src/index.ts", compiled: "dist/server/index.js" },
  seed: { source: "graph-seed/cli.ts", compiled: "dist/server/seed.js" },
  import: { source: "graph-seed/import-cli.ts", compiled: "dist/server/import.js" },
  export: { source: "graph-seed/export-cli.ts", compiled: "dist/server/export.js" },
};

const name = process.argv[2] && !process.argv[2].startsWith("-") ? process.argv[2] : "server";
const entry = ENTRIES[name];
if (!entry) {
  process.stderr.write(`start: unknown entry "${name}" (expected one of ${Object.keys(ENTRIES).join(", ")})\n`);
  process.exit(2);
}
// The entry reads its own flags from process.argv: leave it what follows the entry name.
if (process.argv[2] === name) process.argv.splice(2, 1);

// Should whoever started us die without a word (npm killed with SIGKILL, a terminal closed), we are
// re-parented: stop as if told to, so the database we started stops with us rather than running on.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
}, 500).unref();

const envFile = path.join(ROOT, ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

function tsxInstalled() {
  try {
    createRequire(import.meta.url).resolve("tsx");
    return true;
  } catch {
    return false;
  }
}

const compiled = path.join(ROOT, entry.compiled);
if (tsxInstalled()) {
  await import("tsx");
  await import(pathToFileURL(path.join(ROOT, entry.source)).href);
} else if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  process.stderr.write(
    `start: ${entry.compiled} is missing and tsx is not installed: run \`npm run build\` before pruning ` +
      `devDependencies, or \`npm install\` to run from the sources.\n`,
  );
  process.exit(1);
}
