// Importing a document: the pipeline the CLI and the upload route (POST /api/documents) call.
export {
  importDocument,
  prepareImport,
  commitImport,
  idFromFileName,
  removeImportFiles,
  MAX_IMPORT_BYTES,
  IMPORT_PHASES,
} from "./import-document.ts";
export type {
  ImportOptions,
  ImportProgress,
  PrepareOptions,
  PreparedImport,
  ImportResult,
  ImportPhase,
} from "./import-document.ts";
export { ImportError, IMPORT_ERROR_CODES, IMPORT_ERROR_STATUS, toImportError } from "./errors.ts";
export type { ImportErrorCode } from "./errors.ts";
export { writeImportFailure, readImportFailure, removeImportFailure, failureRecordFileName } from "./failure-record.ts";
export type { ImportFailure } from "./failure-record.ts";
