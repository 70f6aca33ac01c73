// The shape of a parsed source document: metadata, notes, sections → paragraphs → sentences.
// Everything is derived at run time from the text in SOURCES_DIR; the repository stores none of it.

/** Where a sentence sits: body text, a heading, or front/back matter kept out of the body. */
export const SENTENCE_ROLES = [
  "title",
  "date",
  "abstract",
  "keywords",
  "heading",
  "body",
  "note",
  "reference",
] as const;
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

export interface Sentence {
  /** Unique in the document, matches /^[A-Za-z0-9._-]+$/, e.g. "s3.1.2.p1.4". */
  id: string;
  text: string;
  role: SentenceRole;
  /** Section holding the sentence (null for front/back matter). */
  sectionId: string | null;
  /** Paragraph holding the sentence (null for headings and front/back matter). */
  paragraphId: string | null;
  /** Length in Unicode code points: spans are counted in code points. */
  length: number;
}

export interface Paragraph {
  /** `${sectionId}.p${n}`, n from 1 in reading order inside the section. */
  id: string;
  sectionId: string;
  sentenceIds: string[];
}

/** Numbering levels by depth: part (一、, 第一章, 1., I.), sub-section (（一）, 1.1, A.), point (第一，, deeper). */
export const SECTION_LEVELS = ["preamble", "part", "subsection", "point"] as const;
export type SectionLevel = (typeof SECTION_LEVELS)[number];

export interface Section {
  /** "s0" (text before part 一), "s3", "s3.1", "s3.1.2". */
  id: string;
  level: SectionLevel;
  /** The numbering as printed, e.g. "三、", "（一）", "(四)", "第二，" ("" for the preamble). */
  numbering: string;
  /** 1-based ordinal of the numbering (三 → 3); 0 for the preamble. */
  ordinal: number;
  /** Heading text without its numbering; for a point, its first sentence without 第N，. */
  title: string;
  /** Sentence carrying the heading: `${id}.h` for parts and sub-sections, the first sentence for points. */
  headingSentenceId: string | null;
  parentId: string | null;
  childIds: string[];
  paragraphIds: string[];
}

export const NOTE_KINDS = ["funding", "reference"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface DocumentNote {
  /** "fn1" for footnotes, "ref1"… for references. */
  id: string;
  kind: NoteKind;
  sentenceIds: string[];
  /** Section whose paragraph the note was removed from (a footnote dropped by the page layout). */
  foundInSectionId: string | null;
}

export interface DocumentMetadata {
  title: string;
  /** The date line under the title as printed, e.g. "（2018年1月2日）"; absent when there is none. */
  date?: string;
  author: string | null;
  affiliation: string | null;
  editor: string | null;
  keywords: string[];
}

export interface ParsedDocument {
  docId: string;
  metadata: DocumentMetadata;
  sections: Section[];
  paragraphs: Paragraph[];
  /** Every sentence in reading order, body and front/back matter alike. */
  sentences: Sentence[];
  notes: DocumentNote[];
  /** Repairs applied to the print layout, for diagnostics. */
  repairs: DocumentRepair[];
}

export interface DocumentRepair {
  kind: "joined-page-break" | "removed-footnote";
  /** 1-based line numbers in the raw text. */
  lines: number[];
}

export const DOCUMENT_ERROR_CODES = [
  "DOC_NOT_FOUND",
  "DOC_ENCODING",
  "DOC_EMPTY",
  "LOCATOR_UNKNOWN_DOC",
  "LOCATOR_UNKNOWN_SENTENCE",
  "LOCATOR_OUT_OF_RANGE",
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(`graph-seed/document: ${message}`);
    this.name = "DocumentError";
  }
}
