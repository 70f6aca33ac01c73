// Where the tests find the repository, the real source documents and the curated seed.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(repoRoot, "..", "shared", "sources");
export const documentsDir = path.resolve(repoRoot, "graph-seed", "documents");
export const PAPER_ID = "beijing-industrial-chain-resilience";
export const paperSeedDir = path.join(documentsDir, PAPER_ID);
