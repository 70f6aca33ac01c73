// Plain text: decoded (see decode-text.ts), then one paragraph per line. A hard-wrapped file (paragraphs of
// several short lines separated by blank lines, as e-mail and many English plain-text reports are written) has
// its lines joined inside each paragraph; a file with one paragraph per line is kept line by line, blank
// separators or not (a page break that split a paragraph there is the parser's to repair, as it does today).
import { decodeText } from "./decode-text.ts";
import { joinLines, normalizeText } from "./normalize.ts";

export interface TextRead {
  text: string;
  encoding: string;
  hardWrapped: boolean;
}

export function readTxt(bytes: Uint8Array): TextRead {
  const { text, encoding } = decodeText(bytes);
  const blocks = splitBlocks(text);
  const hardWrapped = isHardWrapped(blocks);
  const paragraphs = hardWrapped ? blocks.map((b) => b.reduce((acc, line) => joinLines(acc, line), "")) : blocks.flat();
  return { text: normalizeText(paragraphs.join("\n")), encoding, hardWrapped };
}

/** Lines grouped by blank lines; each line trimmed. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "") {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/**
 * Hard-wrapped: blank lines separate the paragraphs, most lines sit in blocks of several lines, and no line is
 * longer than a wrapping editor would leave (100 code points).
 */
export function isHardWrapped(blocks: readonly string[][]): boolean {
  // Without blank lines there is no other paragraph mark than the line itself.
  if (blocks.length < 2) return false;
  const lines = blocks.reduce((n, b) => n + b.length, 0);
  const inMulti = blocks.filter((b) => b.length > 1).reduce((n, b) => n + b.length, 0);
  return inMulti / lines >= 0.5 && maxLength(blocks) <= 100;
}

function maxLength(blocks: readonly string[][]): number {
  let max = 0;
  for (const b of blocks) for (const l of b) max = Math.max(max, Array.from(l).length);
  return max;
}
