// Builds the client with Vite when its output is missing or older than any client source, so `npm start`
// on a fresh clone serves a page without a separate build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export function clientOutDir(repoRoot: string): string {
  return path.join(repoRoot, "dist", "client");
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function isClientStale(repoRoot: string): boolean {
  const index = path.join(clientOutDir(repoRoot), "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [
    path.join(repoRoot, "client"),
    path.join(repoRoot, "server", "src", "api"),
    path.join(repoRoot, "graph-seed", "src", "model"),
  ];
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

export async function buildClientIfStale(repoRoot: string, log: (line: string) => void): Promise<void> {
  if (!isClientStale(repoRoot)) return;
  // Vite is a devDependency: a production install (devDependencies pruned) serves what `npm run build` left.
  const vite = await import("vite").catch(() => null);
  if (!vite) {
    log("the client build looks stale, but Vite is not installed (production install): serving dist/client as built");
    return;
  }
  log("building the client (vite build)…");
  const t0 = Date.now();
  const { build } = vite;
  await build({ configFile: path.join(repoRoot, "client", "vite.config.ts"), logLevel: "error" });
  log(`client built in ${Date.now() - t0} ms`);
}
