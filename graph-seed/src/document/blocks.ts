// Raw lines → logical blocks (headings, paragraphs, front/back matter), repairing the print layout:
// a paragraph broken across a page break is joined, and a footnote dropped inside it is lifted out.
// Text that arrives normalized (one paragraph per line) passes through unchanged: its lines end sentences.
import { matchNumbering } from "./numbering.ts";
import type { NumberingStyle } from "./numbering.ts";
import type { DocumentRepair } from "./types.ts";

export { chineseNumeral } from "./numbering.ts";

export type BlockKind =
  | "title"
  | "date"
  | "author"
  | "abstract"
  | "keywords"
  | "heading"
  | "paragraph"
  | "funding"
  | "reference"
  | "affiliation"
  | "editor";

export interface Block {
  kind: BlockKind;
  text: string;
  /** 1-based raw line numbers the block was built from. */
  lines: number[];
  /** For headings: the numbering as printed, its style and its ordinal. */
  numbering?: string;
  style?: NumberingStyle;
  ordinal?: number;
}

const AUTHOR_RE = /^■\s*(.+)$/;
const DATE_RE =
  /^[（(]?\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4})\s*[）)]?$/;
const ABSTRACT_RE = /^(?:摘\s*要|内容提要|Abstract)\s*[：:]\s*(.*)$/i;
const KEYWORDS_RE = /^(?:关键词|关键字|Key\s*words)\s*[：:]\s*(.*)$/i;
// Footnotes a printed page drops into the body: funding, author notes, dates of receipt, plain notes.
const FUNDING_RE = /^(?:基金项目|作者简介|收稿日期|注释?|Funding|Note)\s*[：:]/i;
const REFERENCES_HEADER_RE = /^(?:参考文献|References|Bibliography)\s*[：:]?$/i;
const REFERENCE_RE = /^\[\d+\]/;
const AFFILIATION_RE = /^[（(]作者单位\s*[：:]\s*(.+?)[）)]$/;
const EDITOR_RE = /^责任编辑\s*[：:]\s*(.+)$/;
/** A run-in heading: "（一）指导思想。全面贯彻…" — the first sentence is the heading, the rest a paragraph. */
const RUN_IN_RE = /^(.+?[。！？!?])\s*(\S.*)$/u;
const RUN_IN_EN_RE = /^(.+?\.)\s+([A-Z“"].*)$/;

/** Closing marks that belong to the sentence before them. */
export const CLOSERS = "”’」』）)》】\"'";
const TERMINATORS = "。！？!?….";
/** A paragraph ending with these announces what follows (a list, a quotation): it never continues. */
const OPENERS = "：:；;";
/** The printed article ends its last paragraph with ■; it is layout, not text. */
const END_MARK_RE = /\s*■\s*$/;

/** True when the text ends a sentence (terminator, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  let t = text.replace(END_MARK_RE, "");
  while (t.length > 0 && CLOSERS.includes(t.slice(-1))) t = t.slice(0, -1);
  return t.length > 0 && (TERMINATORS.includes(t.slice(-1)) || OPENERS.includes(t.slice(-1)));
}

/** A heading line with its numbering, split from run-in body text. */
function headingBlocks(line: string, lineNo: number): Block[] | null {
  const n = matchNumbering(line);
  if (!n || n.style === "point") return null;
  const runIn = RUN_IN_RE.exec(n.rest) ?? RUN_IN_EN_RE.exec(n.rest);
  const title = (runIn ? runIn[1]! : n.rest).replace(/[。.！？!?]$/u, "").trim();
  if (title === "") return null;
  const head: Block = {
    kind: "heading",
    text: title,
    lines: [lineNo],
    numbering: n.numbering,
    style: n.style,
    ordinal: n.ordinal,
  };
  return runIn ? [head, { kind: "paragraph", text: runIn[2]!.trim(), lines: [lineNo] }] : [head];
}

export function toBlocks(raw: string): { blocks: Block[]; repairs: DocumentRepair[] } {
  const lines = raw.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const repairs: DocumentRepair[] = [];
  // A paragraph stays open while its last line does not end a sentence: the next body line continues it.
  let open: Block | null = null;
  let inReferences = false;
  let hasTitle = false;

  const push = (b: Block): void => {
    blocks.push(b);
    open = null;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.trim();
    if (line === "") return;
    let m: RegExpExecArray | null;
    let heads: Block[] | null;
    if (!hasTitle) {
      hasTitle = true;
      push({ kind: "title", text: line, lines: [lineNo] });
    } else if (FUNDING_RE.test(line)) {
      // Lifted out without closing the open paragraph, so its two halves join around it.
      blocks.push({ kind: "funding", text: line, lines: [lineNo] });
      if (open) repairs.push({ kind: "removed-footnote", lines: [lineNo] });
    } else if ((m = AUTHOR_RE.exec(line))) {
      push({ kind: "author", text: m[1]!.trim(), lines: [lineNo] });
    } else if (!blocks.some((b) => b.kind !== "title" && b.kind !== "author") && DATE_RE.test(line)) {
      push({ kind: "date", text: line, lines: [lineNo] });
    } else if ((m = ABSTRACT_RE.exec(line))) {
      push({ kind: "abstract", text: m[1]!.trim(), lines: [lineNo] });
    } else if ((m = KEYWORDS_RE.exec(line))) {
      push({ kind: "keywords", text: m[1]!.trim(), lines: [lineNo] });
    } else if (REFERENCES_HEADER_RE.test(line)) {
      inReferences = true;
      open = null;
    } else if ((m = AFFILIATION_RE.exec(line))) {
      push({ kind: "affiliation", text: m[1]!.trim(), lines: [lineNo] });
    } else if ((m = EDITOR_RE.exec(line))) {
      push({ kind: "editor", text: m[1]!.trim(), lines: [lineNo] });
    } else if (inReferences || REFERENCE_RE.test(line)) {
      push({ kind: "reference", text: line, lines: [lineNo] });
      // Headings win over a still-open paragraph: a paragraph ending without a terminator never swallows them.
    } else if ((heads = headingBlocks(line, lineNo))) {
      for (const h of heads) push(h);
      const last = heads[heads.length - 1]!;
      if (last.kind === "paragraph" && !endsSentence(last.text)) open = last;
    } else if (open !== null) {
      const cur: Block = open;
      // English lines join with a space; Chinese lines join directly.
      const sep = /[A-Za-z0-9,]$/.test(cur.text) && /^[A-Za-z0-9]/.test(line) ? " " : "";
      cur.text += sep + line;
      cur.lines.push(lineNo);
      repairs.push({ kind: "joined-page-break", lines: [cur.lines[cur.lines.length - 2]!, lineNo] });
      if (endsSentence(cur.text)) open = null;
    } else {
      const block: Block = { kind: "paragraph", text: line, lines: [lineNo] };
      push(block);
      if (!endsSentence(line)) open = block;
    }
  });
  for (const b of blocks) if (b.kind === "paragraph") b.text = b.text.replace(END_MARK_RE, "");
  return { blocks, repairs };
}
