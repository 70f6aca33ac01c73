// `npm run build` (second half): compiles the server and the seed CLI with esbuild into dist/server, so a
// production install runs them with plain node after `npm prune --omit=dev`. Every package stays external
// (installed runtime dependencies, resolved from node_modules); only the project's own TypeScript is bundled.
// The bundles live two folders below the repository root, as the sources of graph-seed/src/config.ts do, so
// REPO_ROOT (derived from import.meta.url) still names the checkout: documents, launcher and client are found.
/* global console */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const t0 = Date.now();
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    index: "server/src/index.ts",
    seed: "graph-seed/cli.ts",
    import: "graph-seed/import-cli.ts",
    export: "graph-seed/export-cli.ts",
  },
  outdir: "dist/server",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
console.log(`server built into dist/server in ${Date.now() - t0} ms`);
