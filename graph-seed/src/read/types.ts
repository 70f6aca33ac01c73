// The reader's contract: what readDocument takes and answers.

export const READ_FORMATS = ["txt", "md", "html", "docx", "pdf"] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];

export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Progress of a long read: PDFs report each page, other formats one step. */
export interface ReadProgress {
  format: ReadFormat;
  /** Pages (or steps) done and in all. */
  done: number;
  total: number;
}

export interface ReadOptions {
  /** Largest file accepted, bytes. Default 25 MB. */
  maxBytes?: number;
  /** Largest total uncompressed size of a .docx zip, bytes. Default 50 MB. */
  maxDocxUncompressedBytes?: number;
  /** Called after each PDF page (and once for other formats). */
  onProgress?: (p: ReadProgress) => void;
}

export interface ReadResult {
  /** The normalized text: NFC, one paragraph per line, lines trimmed, no empty lines, "\n" between lines and none at the end. */
  text: string;
  language: Language;
  format: ReadFormat;
  /** sha256 of the original bytes, hex: the identity of an import ("same bytes twice" answers the same id). */
  sha256: string;
  /** How text files were decoded ("utf-8", "utf-16le", "utf-16be", "gb18030"); null for binary formats. */
  encoding: string | null;
  /** Pages of a PDF; null for other formats. */
  pages: number | null;
  /** Things the reader did or doubted that a user may want to know (dropped running heads, guessed language…). */
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
