// The public surface of the document parser, used by the seed validator, the API and the client.
export { parseDocument, SENTENCE_ID_RE } from "./parse.ts";
export { readSourceDocument, sourceFileName, sha256Hex, decodeUtf8Strict, SOURCE_LANGUAGES } from "./read.ts";
export { matchNumbering, chineseNumeral, NUMBERING_STYLES } from "./numbering.ts";
export type { Numbering, NumberingStyle } from "./numbering.ts";
export type { SourceDocument } from "./read.ts";
export { sentenceLookup, resolveLocator, findPhrase } from "./lookup.ts";
export type { SentenceLookup, ResolvedLocator, PhraseMatch } from "./lookup.ts";
export { splitSentences, codePointLength, sliceCodePoints } from "./sentences.ts";
export { DocumentError, DOCUMENT_ERROR_CODES, SENTENCE_ROLES, SECTION_LEVELS, NOTE_KINDS } from "./types.ts";
export type {
  DocumentErrorCode,
  DocumentMetadata,
  DocumentNote,
  DocumentRepair,
  NoteKind,
  Paragraph,
  ParsedDocument,
  Section,
  SectionLevel,
  Sentence,
  SentenceRole,
} from "./types.ts";
