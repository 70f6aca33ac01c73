// The status of an import that failed after it was accepted (the upload route's 202): `<id>.import-failed.json`
// in SOURCES_DIR beside the import record, so "failed, and why" survives a restart. A JSON file rather than a
// node in the database: a failed import wrote nothing into the database (its load is one transaction per batch
// and removes its text on failure), and the failure may be the database's own absence. A later import of the
// same id, or DELETE of the document, removes it. Refusals answered at once (400/409/413/415) write nothing.
import { randomBytes } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export interface ImportFailure {
  id: string;
  fileName: string;
  code: string;
  message: string;
  failedAt: string;
}

export const failureRecordFileName = (id: string) => `${id}.import-failed.json`;

export async function writeImportFailure(sourcesDir: string, failure: ImportFailure): Promise<void> {
  const file = path.join(sourcesDir, failureRecordFileName(failure.id));
  const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temp, `${JSON.stringify(failure, null, 2)}\n`, { encoding: "utf8", flag: "wx" });
  await rename(temp, file);
}

export async function readImportFailure(sourcesDir: string, id: string): Promise<ImportFailure | null> {
  try {
    return JSON.parse(await readFile(path.join(sourcesDir, failureRecordFileName(id)), "utf8")) as ImportFailure;
  } catch {
    return null;
  }
}

/** True when there was one to remove. */
export async function removeImportFailure(sourcesDir: string, id: string): Promise<boolean> {
  return unlink(path.join(sourcesDir, failureRecordFileName(id))).then(
    () => true,
    () => false,
  );
}
