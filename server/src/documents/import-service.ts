// POST /api/documents: a user's file → an evidenced draft graph, by the same pipeline as `npm run import`
// (graph-seed/src/import). The answer waits for the import up to IMPORT_WAIT_MS: 201 with the counts when it is
// done, the refusal when it is refused (nothing written), else 202 and the import goes on; GET /documents/{id}
// then reports its phase, and a failure after the 202 is recorded (import-failed.json) so it survives a restart.
import { setTimeout as sleep } from "node:timers/promises";
import {
  commitImport,
  idFromFileName,
  prepareImport,
  removeImportFailure,
  writeImportFailure,
  type ImportResult,
} from "../../../graph-seed/src/import/index.ts";
import { findBySha256, sha256Hex } from "../../../graph-seed/src/read/index.ts";
import type { ImportAnswer } from "../api/documents.ts";
import type { UploadedFile } from "../api/route.ts";
import type { AppDeps } from "../http/app-deps.ts";
import { conflict } from "../http/errors.ts";
import { toApiError } from "../http/error-middleware.ts";
import { readDocumentCounts, readDocumentRows } from "./documents-repository.ts";
import { importJobsOf } from "./import-jobs.ts";

export interface ImportRequest {
  file: UploadedFile;
  id: string | undefined;
  titleEn: string | undefined;
}

export interface ImportOutcome {
  status: 200 | 201 | 202;
  answer: ImportAnswer;
}

const countsOf = (r: ImportResult) => ({
  nodes: r.nodes,
  edges: r.edges,
  nodesByType: r.nodesByType,
  edgesByType: r.edgesByType,
});

const loadedStatus = (s: string | undefined) => (s === "curated" ? "curated" : "draft");

export async function importUpload(deps: AppDeps, req: ImportRequest): Promise<ImportOutcome> {
  const { sourcesDir } = deps.config;
  const jobs = importJobsOf(deps);
  // The same bytes imported before and loaded: their document, without reading the file again.
  const earlier = await findBySha256(sourcesDir, sha256Hex(req.file.bytes));
  if (earlier && !jobs.get(earlier.id)) {
    const row = (await readDocumentRows(deps.driver, deps.database, deps.config.queryTimeoutMs)).find(
      (r) => r.id === earlier.id,
    );
    if (row?.loaded) {
      const counts = await readDocumentCounts(deps.driver, deps.database, earlier.id, deps.config.queryTimeoutMs);
      return { status: 200, answer: { id: earlier.id, status: loadedStatus(row.status), counts, duplicate: true } };
    }
  }
  const id = earlier?.id ?? req.id ?? idFromFileName(req.file.name, sha256Hex(req.file.bytes));
  if (jobs.get(id)) throw conflict(`documents: "${id}" is being imported; wait for it or choose another id`);

  const job = jobs.start(
    id,
    async (report) => {
      // Reading starts now (a long PDF's first page comes only once pdf.js has parsed the whole file).
      report({ phase: "read", detail: `reading ${req.file.name}`, done: null, total: null });
      const prepared = await prepareImport({
        bytes: req.file.bytes,
        fileName: req.file.name,
        id,
        titleEn: req.titleEn,
        sourcesDir,
        progress: (phase, detail, step) =>
          report({ phase, detail, done: step?.done ?? null, total: step?.total ?? null }),
      });
      return commitImport(prepared, deps.driver, deps.database);
    },
    async (j, outcome) => {
      if (outcome === null) await removeImportFailure(sourcesDir, id);
      else if (j.accepted) {
        const e = toApiError(outcome);
        deps.log.warn({ document: id, code: e.code }, `import of "${id}" failed after it was accepted`);
        await writeImportFailure(sourcesDir, {
          id,
          fileName: req.file.name,
          code: e.code,
          message: e.message,
          failedAt: new Date().toISOString(),
        });
      }
    },
  );
  // IMPORT_WAIT_MS=0 never waits: every upload is accepted (202) and judged while it runs. The wait stays within
  // the query timeout: past it plus a grace, the database gate (health/database-gate.ts) answers 503 itself.
  const wait = Math.min(deps.config.importWaitMs, deps.config.queryTimeoutMs);
  const settled =
    wait === 0
      ? null
      : await Promise.race([
          job.result.then(
            (r) => ({ r }),
            (e: unknown) => ({ e }),
          ),
          sleep(wait, null, { ref: false }),
        ]);
  if (settled === null) {
    job.accepted = true;
    return { status: 202, answer: { id, status: "importing", counts: null, duplicate: false } };
  }
  if ("e" in settled) throw settled.e;
  const r = settled.r;
  if (r.loaded) return { status: 201, answer: { id: r.id, status: "draft", counts: countsOf(r), duplicate: false } };
  // The same text was already loaded under this id (from other bytes, or the same ones without a record).
  const row = (await readDocumentRows(deps.driver, deps.database, deps.config.queryTimeoutMs)).find(
    (x) => x.id === r.id,
  );
  return { status: 200, answer: { id: r.id, status: loadedStatus(row?.status), counts: countsOf(r), duplicate: true } };
}
