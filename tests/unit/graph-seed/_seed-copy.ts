// Helpers for validator tests: copy the real seed folder into a temp dir and break one thing in it.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PAPER_ID, paperSeedDir } from "./_paths.ts";

export async function copySeed(): Promise<{ documentsDir: string; seedDir: string }> {
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), "rg-seed-"));
  const seedDir = path.join(documentsDir, PAPER_ID);
  await cp(paperSeedDir, seedDir, { recursive: true });
  return { documentsDir, seedDir };
}

export async function editJson(file: string, edit: (json: any) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, "utf8"));
  edit(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}
