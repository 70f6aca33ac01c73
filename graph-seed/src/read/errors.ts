// The one error type of the reader: a stable code the CLI and the HTTP route map to an answer, a message that
// starts with where it comes from. Tests assert the code, never the wording.

export const READ_ERROR_CODES = [
  /** Zero bytes, or nothing but whitespace and markup. */
  "READ_EMPTY",
  /** Over the byte limit (25 MB by default). */
  "READ_TOO_LARGE",
  /** An extension the reader does not know (.doc, .rtf, .xlsx, …). */
  "READ_UNKNOWN_FORMAT",
  /** The bytes are not what the extension says (a .pdf without %PDF-, a .docx that is no Word zip, binary .txt). */
  "READ_FORMAT_MISMATCH",
  /** Text in no encoding the reader detects (UTF-8, UTF-16 with BOM, GB18030/GBK). */
  "READ_UNDECODABLE",
  /** A PDF that needs a password. */
  "READ_PDF_ENCRYPTED",
  /** A PDF whose pages carry no text layer (a scan). */
  "READ_PDF_NO_TEXT",
  /** A PDF pdf.js cannot parse. */
  "READ_PDF_DAMAGED",
  /** A .docx whose zip would inflate beyond the limit (50 MB by default) or lies about its sizes. */
  "READ_DOCX_TOO_LARGE",
  /** A .docx whose zip or XML cannot be read. */
  "READ_DOCX_DAMAGED",
  /** writeSourceText: the id already holds a different text (the HTTP route answers 409). */
  "READ_SOURCE_EXISTS",
  /** writeSourceText: an id that is not kebab-case, or a language other than zh/en. */
  "READ_BAD_ID",
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(`graph-seed/read: ${message}`);
    this.name = "ReadError";
  }
}
