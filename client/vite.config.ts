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
    // No source maps: the built client is what users download, and 5 MB of maps would be served with it.
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
  worker: { format: "es" },
});
