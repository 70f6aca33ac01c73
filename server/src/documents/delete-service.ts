// DELETE /api/documents/{id}: removes a document's graph in one transaction, then the text file and import record
// an upload or `npm run import` wrote (a hand-placed source, without an import record, stays), and a failed
// import's status. A hand-curated document (graph-seed/documents/<id>) is refused: the next start would load it
// again from its files, so deleting it here would only pretend.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { removeImportFailure, removeImportFiles } from "../../../graph-seed/src/import/index.ts";
import { importRecordFileName, sourceTextFileName, type ImportRecord } from "../../../graph-seed/src/read/index.ts";
import type { DeleteDocumentAnswer } from "../api/documents.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { conflict, notFound } from "../http/errors.ts";
import { deleteDocumentGraph } from "./delete-repository.ts";
import { importJobsOf } from "./import-jobs.ts";

/** Deleting a document may take a while for a long one: more than a read's budget, bounded all the same. */
const DELETE_TIMEOUT_MS = 60_000;

export async function deleteDocument(deps: AppDeps, id: string): Promise<DeleteDocumentAnswer> {
  const { sourcesDir, repoRoot } = deps.config;
  if (importJobsOf(deps).get(id)) throw conflict(`documents: "${id}" is being imported; delete it when it is done`);
  const curated = await stat(path.join(repoRoot, "graph-seed", "documents", id, "document.json")).then(
    () => true,
    () => false,
  );
  if (curated)
    throw conflict(
      `documents: "${id}" is a curated document of graph-seed/documents: its graph is loaded from there at every start`,
    );
  const deleted = await deleteDocumentGraph(
    deps.driver,
    deps.database,
    id,
    Math.max(deps.config.queryTimeoutMs, DELETE_TIMEOUT_MS),
  );
  const record = await readRecord(sourcesDir, id);
  if (record) await removeImportFiles(path.join(sourcesDir, sourceTextFileName(id, record.language)), id);
  const hadFailure = await removeImportFailure(sourcesDir, id);
  if (!deleted.marker && deleted.nodes === 0 && !record && !hadFailure)
    throw notFound(`documents: no document "${id}" to delete`);
  return { id, nodes: deleted.nodes, relationships: deleted.relationships, textRemoved: record !== null };
}

async function readRecord(sourcesDir: string, id: string): Promise<ImportRecord | null> {
  try {
    return JSON.parse(await readFile(path.join(sourcesDir, importRecordFileName(id)), "utf8")) as ImportRecord;
  } catch {
    return null;
  }
}
