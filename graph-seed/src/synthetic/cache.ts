// Disk cache of layouts under .cache/synthetic/ (gitignored): the topology regenerates in seconds from its
// seed, but a layout is the slow part, and rendering benchmarks must all draw the very same positions.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computeLayout, type Layout } from "./layout.ts";
import type { Topology } from "./topology.ts";
import { syntheticDocId } from "./to-seed.ts";

export const CACHE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  ".cache",
  "synthetic",
);
/** Bump when the generator or the layout changes, so stale caches are not reused. */
const LAYOUT_VERSION = 1;

export function layoutPath(t: Topology, dir = CACHE_DIR): string {
  return path.join(dir, `${syntheticDocId(t)}.v${LAYOUT_VERSION}.layout.bin`);
}

/** File format: 8-byte header (method code, node count) then x[] and y[] as little-endian float32. */
export async function cachedLayout(t: Topology, dir = CACHE_DIR): Promise<Layout & { cached: boolean }> {
  const file = layoutPath(t, dir);
  if (existsSync(file)) {
    const buf = await readFile(file);
    const head = new Uint32Array(buf.buffer, buf.byteOffset, 2);
    if (head[1] === t.nodes && buf.byteLength === 8 + 8 * t.nodes) {
      const body = new Float32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + buf.byteLength));
      return {
        x: body.slice(0, t.nodes),
        y: body.slice(t.nodes),
        method: head[0] === 1 ? "clustered+fa2" : "clustered",
        cached: true,
      };
    }
  }
  const layout = computeLayout(t);
  const out = new Uint8Array(8 + 8 * t.nodes);
  new Uint32Array(out.buffer, 0, 2).set([layout.method === "clustered+fa2" ? 1 : 0, t.nodes]);
  new Float32Array(out.buffer, 8, t.nodes).set(layout.x);
  new Float32Array(out.buffer, 8 + 4 * t.nodes, t.nodes).set(layout.y);
  await mkdir(dir, { recursive: true });
  // Write then rename, so a run killed mid-write never leaves a truncated cache behind.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, out);
  await rename(tmp, file);
  return { ...layout, cached: false };
}
