// Reading and validating the curated seed: everything is checked, and all problems reported, before anything
// is written. The loader consumes `ValidatedSeed` exactly.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { ParsedDocument } from "../document/index.ts";
import { SeedValidationError } from "../model/seed.ts";
import type { SeedIssue, ValidatedSeed } from "../model/seed.ts";
import { readSeedFolder } from "./read-files.ts";
import { validateFolders } from "./validate.ts";

export interface SeedBundle {
  seeds: ValidatedSeed[];
  /** The parsed source documents the locators were checked against, by document id. */
  documents: Map<string, ParsedDocument>;
  /** Things worth saying that do not stop a load (an absent source document). */
  warnings: string[];
}

/** Reads and validates several document folders together (node ids are global across them). */
export async function readSeedFolders(seedDirs: string[], sourcesDir: string): Promise<SeedBundle> {
  const issues: SeedIssue[] = [];
  const folders = await Promise.all(seedDirs.map((d) => readSeedFolder(path.resolve(d), issues)));
  const result = await validateFolders(folders, sourcesDir, issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { seeds: result.seeds, documents: result.documents, warnings: result.warnings };
}

/** One document folder, e.g. graph-seed/documents/beijing-industrial-chain-resilience. */
export async function readSeed(seedDir: string, sourcesDir: string): Promise<ValidatedSeed> {
  const { seeds } = await readSeedFolders([seedDir], sourcesDir);
  return seeds[0]!;
}

/** The sub-folders of `documentsDir` holding a document.json, in name order. */
export async function listSeedFolders(documentsDir: string): Promise<string[]> {
  const names = (await readdir(documentsDir)).sort();
  const dirs: string[] = [];
  for (const name of names) {
    const dir = path.join(documentsDir, name);
    if ((await stat(dir)).isDirectory() && (await stat(path.join(dir, "document.json")).catch(() => null)))
      dirs.push(dir);
  }
  return dirs;
}

/** Every document folder under `documentsDir`, validated together. */
export async function readAllSeeds(documentsDir: string, sourcesDir: string): Promise<ValidatedSeed[]> {
  return (await readSeedFolders(await listSeedFolders(documentsDir), sourcesDir)).seeds;
}

export { SeedValidationError } from "../model/seed.ts";
export type { SeedIssue, ValidatedSeed } from "../model/seed.ts";
export {
  documentFileSchema,
  nodesFileSchema,
  edgesFileSchema,
  nodeSchema,
  edgeSchema,
  edgeId,
  NODE_ID_RE,
  EVIDENCE_RE,
} from "./schema.ts";
export type { DocumentFile, NodeEntry, EdgeEntry } from "./schema.ts";
export { checkSeedQuality } from "./quality.ts";
export type { QualityIssue } from "./quality.ts";
