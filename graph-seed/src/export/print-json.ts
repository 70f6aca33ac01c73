// Prints seed files exactly as Prettier (printWidth 120) would format them, so an export is byte-identical to a
// formatted, committed file: objects always expanded, arrays on one line when that line fits in 120 columns
// (East Asian wide characters count two, as Prettier counts them), else one element per line.
const WIDTH = 120;
const INDENT = "  ";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The file's text: the value printed, then a final newline. */
export function printSeedJson(value: unknown): string {
  return `${print(value as Json, "", 0)}\n`;
}

/**
 * `prefix` is the text already on the line before the value (indent and key), `suffix` the length of what follows
 * it on the same line (a comma), so an array is kept flat only when the whole line fits.
 */
function print(value: Json, indent: string, suffix: number, prefix = indent): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const flat = value.every((v) => v === null || typeof v !== "object");
    if (flat) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (displayWidth(prefix) + displayWidth(line) + suffix <= WIDTH) return line;
    }
    const inner = indent + INDENT;
    const items = value.map((v, i) => inner + print(v, inner, i < value.length - 1 ? 1 : 0));
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const inner = indent + INDENT;
    const lines = entries.map(([k, v], i) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return head + print(v, inner, i < entries.length - 1 ? 1 : 0, head);
    });
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Columns a string takes in an editor: wide (CJK, full-width) code points count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
