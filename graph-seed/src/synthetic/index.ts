// Synthetic graphs with the product's schema, for benchmarks: deterministic for a seed, loadable by loadSeed.
import { cachedLayout } from "./cache.ts";
import { generateTopology, type Topology } from "./topology.ts";
import { toSeed } from "./to-seed.ts";
import type { ValidatedSeed } from "../model/seed.ts";
import type { Layout } from "./layout.ts";

export { mulberry32, randInt, type Rng } from "./prng.ts";
export { generateTopology, degrees, relFor, domainCount, type Topology, type TopologyOptions } from "./topology.ts";
export { clusteredPlacement, computeLayout, toGraphology, FA2_MAX_NODES, type Layout } from "./layout.ts";
export { cachedLayout, layoutPath, CACHE_DIR } from "./cache.ts";
export { toSeed, syntheticDocId, syntheticNodeId } from "./to-seed.ts";

/** The sizes the benchmarks name: nodes and edges (3 edges per node). */
export const SIZES = {
  "1k": { nodes: 1_000, edges: 3_000 },
  "10k": { nodes: 10_000, edges: 30_000 },
  "100k": { nodes: 100_000, edges: 300_000 },
  "1m": { nodes: 1_000_000, edges: 3_000_000 },
} as const;
export type SizeName = keyof typeof SIZES;

export const DEFAULT_SEED = 20240607;

export interface SyntheticGraph {
  topology: Topology;
  layout: Layout;
  seed: ValidatedSeed;
}

/** Topology, its cached layout and the ValidatedSeed, for one named size. */
export async function syntheticGraph(
  size: SizeName,
  seed = DEFAULT_SEED,
  opts: { cacheDir?: string } = {},
): Promise<SyntheticGraph> {
  const topology = generateTopology({ ...SIZES[size], seed });
  const layout = await cachedLayout(topology, opts.cacheDir);
  return { topology, layout, seed: toSeed(topology, layout) };
}
