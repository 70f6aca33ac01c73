// Import errors: a stable code for each way an import is refused, and the HTTP status a route would answer.
export const IMPORT_ERROR_CODES = {
  IMPORT_EMPTY: 400,
  IMPORT_FORMAT: 415,
  IMPORT_ENCODING: 400,
  IMPORT_TOO_LARGE: 413,
  IMPORT_ID_INVALID: 400,
  IMPORT_ID_EXISTS: 409,
  IMPORT_INVALID_DRAFT: 422,
} as const;
export type ImportErrorCode = keyof typeof IMPORT_ERROR_CODES;

export class ImportError extends Error {
  readonly status: number;
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(`graph-seed/import: ${message}`);
    this.name = "ImportError";
    this.status = IMPORT_ERROR_CODES[code];
  }
}
