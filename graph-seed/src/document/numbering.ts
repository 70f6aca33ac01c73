// Heading numberings of Chinese and English policy papers: which style a line starts with, and its ordinal.
// Styles nest by first appearance (see parse.ts), so a document may use any subset in any order.

export const NUMBERING_STYLES = [
  "cn-chapter", // 第一章
  "cn-section", // 第一节
  "cn-part", // 一、
  "cn-paren", // （一） or (一)
  "point", // 第一，  (a run-in point: its paragraph states it; no heading line)
  "arabic", // 1.  1、  1．
  "arabic-paren", // （1） (1)
  "circled", // ①
  "decimal", // 1.1  2.3.1
  "roman", // I.  IV.
  "upper", // A.
  "lower-paren", // (a)
] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export interface Numbering {
  style: NumberingStyle;
  /** The numbering as printed, e.g. "三、", "（一）", "(四)", "第二，", "1.1". */
  numbering: string;
  ordinal: number;
  /** The rest of the line after the numbering. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; NaN when not a Chinese numeral (up to 99). */
export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return Number.NaN;
  const i = text.indexOf("十");
  if (i < 0) return text.length === 1 ? (CN_DIGITS[text] ?? Number.NaN) : Number.NaN;
  if (text.indexOf("十", i + 1) >= 0) return Number.NaN;
  const tens = i === 0 ? 1 : (CN_DIGITS[text.slice(0, i)] ?? Number.NaN);
  const rest = text.slice(i + 1);
  const units = rest === "" ? 0 : (CN_DIGITS[rest] ?? Number.NaN);
  return tens * 10 + units;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function romanNumeral(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!] ?? Number.NaN;
    const next = ROMAN[text[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const CN = "[一二三四五六七八九十]+";
type Rule = { style: NumberingStyle; re: RegExp; ordinal: (m: RegExpExecArray) => number };
// Order matters: "1.1 " before "1.", "（一）" before "（1）".
const RULES: Rule[] = [
  { style: "cn-chapter", re: new RegExp(`^(第(${CN})章)\\s*(.*)$`), ordinal: (m) => chineseNumeral(m[2]!) },
  { style: "cn-section", re: new RegExp(`^(第(${CN})节)\\s*(.*)$`), ordinal: (m) => chineseNumeral(m[2]!) },
  { style: "cn-part", re: new RegExp(`^((${CN})、)\\s*(.+)$`), ordinal: (m) => chineseNumeral(m[2]!) },
  // The printed seed paper mixes full-width （一） and ASCII (四) parentheses.
  { style: "cn-paren", re: new RegExp(`^([（(](${CN})[）)])\\s*(.+)$`), ordinal: (m) => chineseNumeral(m[2]!) },
  { style: "point", re: new RegExp(`^(第(${CN})[，,])(.*)$`), ordinal: (m) => chineseNumeral(m[2]!) },
  {
    style: "decimal",
    re: /^((\d{1,2}(?:\.\d{1,2})+)\.?)\s+([A-Z\u4e00-\u9fff“"].*)$/,
    ordinal: (m) => Number(m[2]!.split(".").pop()),
  },
  { style: "arabic", re: /^((\d{1,2})[.．、])\s*([^\d\s.．].*)$/, ordinal: (m) => Number(m[2]) },
  { style: "arabic-paren", re: /^([（(](\d{1,2})[）)])\s*(.+)$/, ordinal: (m) => Number(m[2]) },
  { style: "circled", re: /^(([①-⑳]))\s*(.+)$/, ordinal: (m) => m[2]!.codePointAt(0)! - 0x2460 + 1 },
  { style: "roman", re: /^(([IVXL]+)\.)\s+(\S.*)$/, ordinal: (m) => romanNumeral(m[2]!) },
  { style: "upper", re: /^(([A-Z])\.)\s+(\S.*)$/, ordinal: (m) => m[2]!.charCodeAt(0) - 64 },
  { style: "lower-paren", re: /^(\(([a-z])\))\s+(\S.*)$/, ordinal: (m) => m[2]!.charCodeAt(0) - 96 },
];

/** The numbering a line starts with, or null. */
export function matchNumbering(line: string): Numbering | null {
  for (const r of RULES) {
    const m = r.re.exec(line);
    if (!m) continue;
    const ordinal = r.ordinal(m);
    if (!Number.isFinite(ordinal) || ordinal <= 0) continue;
    return { style: r.style, numbering: m[1]!, ordinal, rest: (m[3] ?? "").trim() };
  }
  return null;
}
