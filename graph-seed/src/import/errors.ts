// The one list of ways an import is refused: every code with the HTTP status the upload route answers. The
// reader's codes (graph-seed/src/read/errors.ts) are part of it unchanged; the reader's two id codes are taken
// over by the import's own (READ_BAD_ID → IMPORT_ID_INVALID, READ_SOURCE_EXISTS → IMPORT_ID_EXISTS), so each
// refusal leaves the pipeline with exactly one code, whichever step found it.
import { ReadError, type ReadErrorCode } from "../read/index.ts";

export const IMPORT_ERROR_STATUS = {
  READ_EMPTY: 400,
  READ_TOO_LARGE: 413,
  READ_UNKNOWN_FORMAT: 415,
  READ_FORMAT_MISMATCH: 415,
  READ_UNDECODABLE: 415,
  READ_PDF_ENCRYPTED: 400,
  READ_PDF_NO_TEXT: 400,
  READ_PDF_DAMAGED: 400,
  READ_DOCX_TOO_LARGE: 400,
  READ_DOCX_DAMAGED: 400,
  /** An id that is not lowercase kebab-case. */
  IMPORT_ID_INVALID: 400,
  /** The id holds a different text, or a curated document. */
  IMPORT_ID_EXISTS: 409,
  /** The draft fails the seed schemas (a bug of a rule, not of the input): nothing is written. */
  IMPORT_INVALID_DRAFT: 422,
} as const satisfies Record<Exclude<ReadErrorCode, "READ_BAD_ID" | "READ_SOURCE_EXISTS">, number> &
  Record<string, number>;
export type ImportErrorCode = keyof typeof IMPORT_ERROR_STATUS;
export const IMPORT_ERROR_CODES = Object.keys(IMPORT_ERROR_STATUS) as [ImportErrorCode, ...ImportErrorCode[]];

export class ImportError extends Error {
  readonly status: number;
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message.startsWith("graph-seed/") ? message : `graph-seed/import: ${message}`);
    this.name = "ImportError";
    this.status = IMPORT_ERROR_STATUS[code];
  }
}

/** A reader's refusal as the import's: same code and message, the two id codes renamed. */
export function toImportError(e: unknown): unknown {
  if (!(e instanceof ReadError)) return e;
  const code =
    e.code === "READ_BAD_ID" ? "IMPORT_ID_INVALID" : e.code === "READ_SOURCE_EXISTS" ? "IMPORT_ID_EXISTS" : e.code;
  return new ImportError(code, e.message);
}
