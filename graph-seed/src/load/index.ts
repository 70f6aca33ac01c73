// The loader's public surface: validate every document first, then load each; nothing is written when
// any document is invalid.
import type { Driver } from "neo4j-driver";
import type { ValidatedSeed } from "../model/seed.ts";
import { listSeedFolders, readSeedFolders } from "../seed/index.ts";
import { isSeedCurrent, loadSeed, type LoadProgress, type LoadResult } from "./load-seed.ts";

export {
  loadSeed,
  isSeedCurrent,
  seedChecksum,
  countDocument,
  SeedLoadError,
  type LoadOptions,
  type LoadProgress,
  type LoadResult,
} from "./load-seed.ts";
export { ensureSchema, SEARCH_INDEX, SCHEMA_STATEMENTS } from "./schema.ts";

export interface SeedAllOptions {
  documentsDir: string;
  sourcesDir: string;
  database: string;
  /** Reload even when the stored marker says the same seed is already loaded. */
  force?: boolean;
  batchSize?: number | undefined;
  onProgress?: (p: LoadProgress) => void;
  log?: (line: string) => void;
}

export interface SeedAllResult {
  loaded: LoadResult[];
  skipped: string[];
}

/**
 * A node may move from one document of a run to another: allowed when the document holding it today is loaded
 * in the same run and its new version no longer has that node. Any other id held by another document is refused.
 */
export function movesWithin(seeds: readonly ValidatedSeed[]): (id: string, owner: string) => boolean {
  const idsByDoc = new Map(seeds.map((s) => [s.document.id, new Set(s.nodes.map((n) => n.id))]));
  return (id, owner) => idsByDoc.has(owner) && !idsByDoc.get(owner)!.has(id);
}

export async function seedAll(driver: Driver, opts: SeedAllOptions): Promise<SeedAllResult> {
  const log = opts.log ?? (() => {});
  const { seeds, warnings } = await readSeedFolders(await listSeedFolders(opts.documentsDir), opts.sourcesDir);
  for (const w of warnings) log(`warning: ${w}`);
  const result: SeedAllResult = { loaded: [], skipped: [] };
  const mayTakeOver = movesWithin(seeds);
  for (const seed of seeds) {
    if (!opts.force && (await isSeedCurrent(driver, opts.database, seed))) {
      log(`seed ${seed.document.id} v${seed.version}: already loaded, skipped`);
      result.skipped.push(seed.document.id);
      continue;
    }
    const r = await loadSeed(driver, seed, {
      database: opts.database,
      batchSize: opts.batchSize,
      onProgress: opts.onProgress,
      mayTakeOver,
    });
    log(`seed ${r.document} v${r.version}: ${r.nodes} nodes, ${r.relationships} relationships in ${r.ms} ms`);
    result.loaded.push(r);
  }
  return result;
}
