// Where the tests find the repository, the real source documents and the curated seed.
import path from "node:path";
import { REPO_ROOT, sourcesDirFrom } from "../../../graph-seed/src/config.ts";

export const repoRoot = REPO_ROOT;
export const sourcesDir = sourcesDirFrom(process.env);
export const documentsDir = path.resolve(repoRoot, "graph-seed", "documents");
export const PAPER_ID = "beijing-industrial-chain-resilience";
export const paperSeedDir = path.join(documentsDir, PAPER_ID);
