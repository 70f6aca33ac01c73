// Raw lines → logical blocks (headings, paragraphs, front/back matter), repairing the print layout:
// a paragraph broken across a page break is joined, and a footnote dropped inside it is lifted out.
import type { DocumentRepair } from "./types.ts";

export type BlockKind =
  | "title"
  | "author"
  | "abstract"
  | "keywords"
  | "part"
  | "subsection"
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
  /** For headings: the numbering as printed and its ordinal. */
  numbering?: string;
  ordinal?: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; NaN when not a Chinese numeral. */
export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return Number.NaN;
  const i = text.indexOf("十");
  if (i < 0) return text.length === 1 ? (CN_DIGITS[text] ?? Number.NaN) : Number.NaN;
  const tens = i === 0 ? 1 : (CN_DIGITS[text.slice(0, i)] ?? Number.NaN);
  const rest = text.slice(i + 1);
  const units = rest === "" ? 0 : (CN_DIGITS[rest] ?? Number.NaN);
  return tens * 10 + units;
}

export const PART_RE = /^([一二三四五六七八九十]+)、\s*(.+)$/;
// The printed paper mixes full-width （一） and ASCII (四) parentheses.
export const SUBSECTION_RE = /^([（(])([一二三四五六七八九十]+)([）)])\s*(.+)$/;
export const POINT_RE = /^第([一二三四五六七八九十]+)[，,]/;

const AUTHOR_RE = /^■\s*(.+)$/;
const ABSTRACT_RE = /^摘\s*要\s*[：:]\s*(.*)$/;
const KEYWORDS_RE = /^关键词\s*[：:]\s*(.*)$/;
const FUNDING_RE = /^基金项目\s*[：:]/;
const REFERENCES_HEADER_RE = /^参考文献\s*[：:]?$/;
const REFERENCE_RE = /^\[\d+\]/;
const AFFILIATION_RE = /^[（(]作者单位\s*[：:]\s*(.+?)[）)]$/;
const EDITOR_RE = /^责任编辑\s*[：:]\s*(.+)$/;

/** Closing marks that belong to the sentence before them. */
export const CLOSERS = "”’」』）)》】\"'";
const TERMINATORS = "。！？!?…";
/** The printed article ends its last paragraph with ■; it is layout, not text. */
const END_MARK_RE = /\s*■\s*$/;

/** True when the text ends a sentence (terminator, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  let t = text.replace(END_MARK_RE, "");
  while (t.length > 0 && CLOSERS.includes(t.slice(-1))) t = t.slice(0, -1);
  return t.length > 0 && TERMINATORS.includes(t.slice(-1));
}

export function toBlocks(raw: string): { blocks: Block[]; repairs: DocumentRepair[] } {
  const lines = raw.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const repairs: DocumentRepair[] = [];
  // A paragraph stays open while its last line does not end a sentence: the next body line continues it.
  let open: Block | null = null;
  let inReferences = false;

  const push = (b: Block): void => {
    blocks.push(b);
    open = null;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.trim();
    if (line === "") return;
    let m: RegExpExecArray | null;
    if (!blocks.some((b) => b.kind === "title")) {
      push({ kind: "title", text: line, lines: [lineNo] });
    } else if (FUNDING_RE.test(line)) {
      // Lifted out without closing the open paragraph, so its two halves join around it.
      blocks.push({ kind: "funding", text: line, lines: [lineNo] });
      if (open) repairs.push({ kind: "removed-footnote", lines: [lineNo] });
    } else if ((m = AUTHOR_RE.exec(line))) {
      push({ kind: "author", text: m[1]!.trim(), lines: [lineNo] });
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
    } else if ((m = PART_RE.exec(line)) && !Number.isNaN(chineseNumeral(m[1]!))) {
      push({
        kind: "part",
        text: m[2]!.trim(),
        lines: [lineNo],
        numbering: `${m[1]}、`,
        ordinal: chineseNumeral(m[1]!),
      });
    } else if ((m = SUBSECTION_RE.exec(line))) {
      const numbering = `${m[1]}${m[2]}${m[3]}`;
      push({ kind: "subsection", text: m[4]!.trim(), lines: [lineNo], numbering, ordinal: chineseNumeral(m[2]!) });
    } else if (open !== null) {
      const cur: Block = open;
      cur.text += line;
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
