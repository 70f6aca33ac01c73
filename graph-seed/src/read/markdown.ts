// Markdown → text: the words a reader sees, without the markup. Headings keep their text, list items their
// numbering ("1." stays, bullets go), a paragraph's wrapped lines join into one line, code keeps its lines.
// Line-based on purpose: policy papers in Markdown use the common subset, and every rule here is small to test.
import { decodeHtmlEntities } from "./html-entities.ts";
import { joinLines, normalizeText } from "./normalize.ts";

const FENCE_RE = /^\s*(```+|~~~+)/;
const ATX_RE = /^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$/;
const SETEXT_RE = /^\s{0,3}(=+|-+)\s*$/;
const RULE_RE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const BULLET_RE = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/;
const ORDERED_RE = /^\s*(\d{1,9})([.)])\s+(.*)$/;
const QUOTE_RE = /^\s{0,3}>\s?/;
const LINK_DEF_RE = /^\s{0,3}\[[^\]^]+\]:\s*\S+.*$/;
const FOOTNOTE_DEF_RE = /^\s{0,3}\[\^([^\]]+)\]:\s*(.*)$/;
const TABLE_SEP_RE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readMarkdown(source: string): string {
  const lines = stripFrontMatter(source.split(/\r\n|\r|\n/));
  const paragraphs: string[] = [];
  let open: string | null = null;
  let inFence = false;
  const close = () => {
    if (open !== null) paragraphs.push(open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (FENCE_RE.test(line)) {
      close();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      paragraphs.push(line);
      continue;
    }
    while (QUOTE_RE.test(line)) line = line.replace(QUOTE_RE, "");
    const next = lines[i + 1];
    let m: RegExpExecArray | null;
    if (line.trim() === "" || RULE_RE.test(line) || LINK_DEF_RE.test(line) || TABLE_SEP_RE.test(line)) {
      close();
    } else if ((m = ATX_RE.exec(line))) {
      close();
      paragraphs.push(inline(m[1] ?? ""));
    } else if (next !== undefined && SETEXT_RE.test(next) && open === null && !BULLET_RE.test(line)) {
      paragraphs.push(inline(line));
      i++;
    } else if ((m = FOOTNOTE_DEF_RE.exec(line))) {
      close();
      open = `[${m[1]}] ${inline(m[2]!)}`;
    } else if ((m = BULLET_RE.exec(line))) {
      close();
      open = inline(m[1]!);
    } else if ((m = ORDERED_RE.exec(line))) {
      close();
      open = `${m[1]}${m[2]} ${inline(m[3]!)}`;
    } else if (/^\s*\|.*\|\s*$/.test(line)) {
      close();
      paragraphs.push(tableRow(line));
    } else {
      open = open === null ? inline(line) : joinLines(open, inline(line));
    }
  }
  close();
  return normalizeText(paragraphs.join("\n"));
}

function stripFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== "---") return lines;
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  return end > 0 ? lines.slice(end + 1) : lines;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => inline(c.trim()))
    .filter((c) => c !== "")
    .join(" ");
}

/** Inline markup → its text: images → alt text, links → link text, emphasis and code marks dropped, HTML tags dropped. */
export function inline(text: string): string {
  // Code spans are set aside behind private-use marks so no other rule touches their text.
  const codes: string[] = [];
  let t = text.replace(/(`+)(.+?)\1/g, (_, _ticks, code: string) => {
    codes.push(code.trim());
    return `\uE000${codes.length - 1}\uE000`;
  });
  t = t
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[\^([^\]]+)\]/g, "[$1]")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+|[^@>\s]+@[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?![\w])/g, "$1$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/ {2,}$/, "");
  t = decodeHtmlEntities(t);
  return t.replace(/\uE000(\d+)\uE000/g, (_, i: string) => codes[Number(i)]!);
}
