// Bytes of a text file → string: a BOM decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8, then GB18030
// (which also reads GBK and GB2312, the encodings Chinese government sites and older Word exports still use).
// GB18030 maps almost any byte pair to some character, so its result must also look like text.
import { ReadError } from "./errors.ts";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

const GB_LABELS = new Set(["gbk", "gb2312", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"]);

/**
 * @param declared a charset the container names (an HTML meta tag), tried first; a wrong declaration falls back
 *   to detection rather than producing mojibake.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), "utf-16be");
  const label = declared?.trim().toLowerCase();
  if (label && GB_LABELS.has(label)) {
    const gb = tryDecode(bytes, "gb18030");
    if (gb !== null) return { text: gb, encoding: "gb18030" };
  }
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = tryDecode(bytes, "gb18030");
  if (gb !== null && looksLikeText(gb)) return { text: gb, encoding: "gb18030" };
  throw new ReadError(
    "READ_UNDECODABLE",
    "the text is neither UTF-8, UTF-16 (with a byte-order mark) nor GB18030/GBK; save it as UTF-8 and try again",
  );
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: DecodedText["encoding"]): DecodedText {
  const text = tryDecode(bytes, encoding);
  if (text === null)
    throw new ReadError(
      "READ_UNDECODABLE",
      `the text starts with a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  return { text, encoding };
}

// What Chinese or English prose is made of: ASCII, common ideographs, CJK and general punctuation, full-width
// forms, Latin-1 letters. Latin-1 or random bytes read as GB18030 turn into rare ideographs, symbols and controls.
const PLAUSIBLE_RE =
  /[\u0020-\u007E\u00A0-\u00FF\u2010-\u206F\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF\u2460-\u24FF\u25A0-\u25FF]/u;

/** True when at least 97% of the non-space characters are plausible in a document. */
export function looksLikeText(text: string): boolean {
  let total = 0;
  let plausible = 0;
  for (const c of text) {
    if (c === "\n" || c === "\r" || c === "\t" || c === " ") continue;
    total++;
    if (PLAUSIBLE_RE.test(c)) plausible++;
  }
  return total > 0 && plausible / total >= 0.97;
}
