// Vite builds client/ into dist/client, which the Express server serves at /. In `vite dev`, /api is proxied.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  build: {
    outDir: path.resolve(here, "..", "dist", "client"),
    emptyOutDir: true,
    // No source maps in production: 5.4 MB of them were served publicly. (`vite build --sourcemap` for debugging.)
    sourcemap: false,
    // The initial chunk is budgeted at 450 KB (tests/unit/bundle-budget.test.ts); the console editor is lazy.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
  worker: { format: "es" },
});
