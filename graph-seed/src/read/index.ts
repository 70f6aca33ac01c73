// The public surface of the document reader: a user's file → normalized text, and its place in SOURCES_DIR.
export { readDocument, sha256Hex } from "./read-document.ts";
export {
  writeSourceText,
  saveImport,
  findBySha256,
  sourceTextFileName,
  importRecordFileName,
  SOURCE_ID_RE,
} from "./write-source.ts";
export type { ImportRecord, WrittenSource } from "./write-source.ts";
export { ReadError, READ_ERROR_CODES } from "./errors.ts";
export type { ReadErrorCode } from "./errors.ts";
export { normalizeText, joinLines, isCjk } from "./normalize.ts";
export { detectLanguage } from "./language.ts";
export type { LanguageGuess } from "./language.ts";
export { detectFormat, ACCEPTED_EXTENSIONS } from "./format.ts";
export { READ_FORMATS, LANGUAGES, DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES } from "./types.ts";
export type { ReadFormat, Language, ReadOptions, ReadProgress, ReadResult } from "./types.ts";
