// Numbers with units in Chinese and English: value (scaled: 2.82万家 → 28200 家), unit, bound.
export interface Quantity {
  value: number;
  unit: string;
  bound: "min" | "max" | null;
  /** UTF-16 offsets of the figure inside the text. */
  index: number;
  length: number;
}

export const QUANTITY_RE =
  /(\d+(?:\.\d+)?)\s*(万亿元|亿元|万元|万家|万人|万户|万亩|亿亩|万吨|万项|万个|个百分点|%|％|percent|per cent|家|项|个|人|户|亩|吨|公里|倍)(以上|以下|左右|以内)?/g;

const SCALE: Record<string, [number, string]> = {
  万亿元: [1e12, "元"],
  亿元: [1e8, "元"],
  万元: [1e4, "元"],
  万家: [1e4, "家"],
  万人: [1e4, "人"],
  万户: [1e4, "户"],
  万亩: [1e4, "亩"],
  亿亩: [1e8, "亩"],
  万吨: [1e4, "吨"],
  万项: [1e4, "项"],
  万个: [1e4, "个"],
  "％": [1, "%"],
  percent: [1, "%"],
  "per cent": [1, "%"],
};

export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY_RE)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (before === "第" || /[\d.]/.test(before)) continue;
    const [scale, unit] = SCALE[m[2]!] ?? [1, m[2]!];
    const value = Math.round(Number(m[1]) * scale * 1e6) / 1e6;
    const bound = m[3] === "以上" ? "min" : m[3] === "以下" || m[3] === "以内" ? "max" : null;
    out.push({ value, unit, bound, index: m.index, length: m[0].length });
  }
  return out;
}

/** The year a sentence speaks of: "2022年", "by 2025". */
export function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年|\b(?:in|by|since|until)\s+((?:19|20)\d{2})\b/i.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}
