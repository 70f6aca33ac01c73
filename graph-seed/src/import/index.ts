// Importing a document: the pipeline the CLI (and later the HTTP route) calls.
export {
  importDocument,
  prepareImport,
  commitImport,
  idFromFileName,
  MAX_IMPORT_BYTES,
  IMPORT_PHASES,
} from "./import-document.ts";
export type { ImportOptions, PrepareOptions, PreparedImport, ImportResult, ImportPhase } from "./import-document.ts";
export { ImportError, IMPORT_ERROR_CODES } from "./errors.ts";
export type { ImportErrorCode } from "./errors.ts";
export { plainTextReader, defaultReader } from "./read-text.ts";
export type { DocumentReader, ReadResult } from "./read-text.ts";
