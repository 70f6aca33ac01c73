// HTML → text with html-to-text: block elements become paragraphs, headings keep their case, list items keep
// their numbering (bullets go), links keep their words without the address; scripts, styles, navigation and
// other page furniture are dropped. Also the reader of .docx (mammoth's HTML: see docx.ts).
import { convert, type HtmlToTextOptions } from "html-to-text";
import { decodeText } from "./decode-text.ts";
import { normalizeText } from "./normalize.ts";

const SKIP = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "svg",
  "iframe",
  "object",
  "embed",
  "img",
  "button",
  "select",
];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

const OPTIONS: HtmlToTextOptions = {
  // Never wrap: a wrapped line would become a paragraph.
  wordwrap: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: "skip" })),
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "a", options: { ignoreHref: true } },
    // An empty prefix would fall back to " * "; a space is trimmed away by normalization.
    { selector: "ul", options: { itemPrefix: " " } },
    { selector: "table", format: "block" },
    { selector: "tr", format: "block" },
    { selector: "th", format: "inline" },
    { selector: "td", format: "inline" },
    { selector: "hr", format: "skip" },
  ],
};

// A line break in the HTML source between two Chinese characters is layout of the source file, not a space:
// browsers that follow CSS Text 3 drop it, html-to-text would print a space.
const CJK = "\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF";
const CJK_BREAK_RE = new RegExp(`([${CJK}])[ \\t]*(?:\\r\\n|\\r|\\n)\\s*(?=[${CJK}])`, "g");

export function htmlToText(html: string): string {
  // Table cells sit side by side: a space keeps their words apart.
  const prepared = html.replace(CJK_BREAK_RE, "$1").replace(/<\/t[dh]>/gi, " $&");
  return normalizeText(convert(prepared, OPTIONS));
}

export interface HtmlRead {
  text: string;
  encoding: string;
}

/** The charset a page declares in its first KiB (`<meta charset>` or the http-equiv form). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

export function readHtml(bytes: Uint8Array): HtmlRead {
  const { text, encoding } = decodeText(bytes, declaredCharset(bytes));
  return { text: htmlToText(text), encoding };
}
