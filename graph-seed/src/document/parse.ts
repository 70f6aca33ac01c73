// Blocks → the document tree with deterministic ids.
//
// Id scheme (stable as long as the text keeps its numbering):
//   sections   "s0" text before the first heading; "s3" a top-level heading numbered 三 (or 3, III, C…);
//              "s3.1" its first child heading; "s3.1.2" a grandchild (e.g. the seed's 第二，)
//   headings   "s3.h", "s3.1.h" (a point 第N， has no heading line: its first sentence states it)
//   paragraphs "s3.1.2.p1" (1-based inside the section)
//   sentences  "s3.1.2.p1.4" (1-based inside the paragraph)
//   front/back "title", "date", "abstract.1"…, "keywords", "fn1.1"… (footnotes), "ref1"… (references)
// Numbering styles nest by first appearance: the first style seen is the top level, a new style opens a
// level below the current one, a style already open closes everything below it.
import { toBlocks } from "./blocks.ts";
import type { Block } from "./blocks.ts";
import { matchNumbering } from "./numbering.ts";
import type { NumberingStyle } from "./numbering.ts";
import { codePointLength, splitSentences } from "./sentences.ts";
import { DocumentError } from "./types.ts";
import type {
  DocumentMetadata,
  DocumentNote,
  Paragraph,
  ParsedDocument,
  Section,
  Sentence,
  SentenceRole,
} from "./types.ts";

export const SENTENCE_ID_RE = /^[A-Za-z0-9._-]+$/;

/** Level names by depth; a 第N， point is always a "point". */
function levelOf(depth: number, style: NumberingStyle): Section["level"] {
  if (style === "point") return "point";
  return depth === 1 ? "part" : depth === 2 ? "subsection" : "point";
}

export function parseDocument(text: string, docId: string): ParsedDocument {
  const { blocks, repairs } = toBlocks(text);
  if (blocks.length === 0) throw new DocumentError("DOC_EMPTY", `document "${docId}" has no text`);

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const notes: DocumentNote[] = [];
  const metadata: DocumentMetadata = { title: "", author: null, affiliation: null, editor: null, keywords: [] };
  const byId = new Map<string, Section>();
  // The open headings, outermost first, with the numbering style each was written in.
  const stack: { style: NumberingStyle; section: Section }[] = [];

  const addSentence = (
    id: string,
    t: string,
    role: SentenceRole,
    sectionId: string | null,
    paragraphId: string | null,
  ) => sentences.push({ id, text: t, role, sectionId, paragraphId, length: codePointLength(t) });

  const addSection = (
    wanted: string,
    level: Section["level"],
    numbering: string,
    ordinal: number,
    title: string,
    parent: Section | null,
  ): Section => {
    // A repeated numbering (a misprint) must not collide: suffix it rather than merge two sections.
    let id = wanted;
    for (let k = 2; byId.has(id); k++) id = `${wanted}-${k}`;
    const s: Section = {
      id,
      level,
      numbering,
      ordinal,
      title,
      headingSentenceId: null,
      parentId: parent?.id ?? null,
      childIds: [],
      paragraphIds: [],
    };
    sections.push(s);
    byId.set(id, s);
    parent?.childIds.push(id);
    return s;
  };

  const innermost = (): Section | null => stack[stack.length - 1]?.section ?? null;
  const current = (): Section => innermost() ?? byId.get("s0") ?? addSection("s0", "preamble", "", 0, "", null);

  /** Opens a section for a numbering: closes what it ends, nests under what stays open. */
  const open = (style: NumberingStyle, numbering: string, ordinal: number, title: string): Section => {
    const at = stack.findIndex((e) => e.style === style);
    if (at >= 0) stack.length = at;
    const parent = innermost();
    const base = parent ? `${parent.id}.${ordinal}` : style === "point" ? `s0.${ordinal}` : `s${ordinal}`;
    const s = addSection(base, levelOf(stack.length + 1, style), numbering, ordinal, title, parent);
    stack.push({ style, section: s });
    return s;
  };

  const addParagraph = (section: Section, body: string): void => {
    const id = `${section.id}.p${section.paragraphIds.length + 1}`;
    const p: Paragraph = { id, sectionId: section.id, sentenceIds: [] };
    splitSentences(body).forEach((t, i) => {
      const sid = `${id}.${i + 1}`;
      p.sentenceIds.push(sid);
      addSentence(sid, t, "body", section.id, id);
    });
    section.paragraphIds.push(id);
    paragraphs.push(p);
  };

  const heading = (b: Block): void => {
    const s = open(b.style!, b.numbering ?? "", b.ordinal ?? 0, b.text);
    s.headingSentenceId = `${s.id}.h`;
    addSentence(s.headingSentenceId, b.text, "heading", s.id, null);
  };

  for (const b of blocks) {
    switch (b.kind) {
      case "title":
        metadata.title = b.text;
        addSentence("title", b.text, "title", null, null);
        break;
      case "date":
        metadata.date = b.text;
        addSentence("date", b.text, "date", null, null);
        break;
      case "author":
        metadata.author = b.text;
        break;
      case "affiliation":
        metadata.affiliation = b.text;
        break;
      case "editor":
        metadata.editor = b.text;
        break;
      case "abstract":
        splitSentences(b.text).forEach((t, i) => addSentence(`abstract.${i + 1}`, t, "abstract", null, null));
        break;
      case "keywords":
        metadata.keywords = b.text.split(/[\s,，;；、]+/).filter((k) => k !== "");
        addSentence("keywords", b.text, "keywords", null, null);
        break;
      case "funding": {
        const id = `fn${notes.filter((n) => n.kind === "funding").length + 1}`;
        const ids = splitSentences(b.text).map((t, i) => {
          addSentence(`${id}.${i + 1}`, t, "note", null, null);
          return `${id}.${i + 1}`;
        });
        notes.push({ id, kind: "funding", sentenceIds: ids, foundInSectionId: innermost()?.id ?? null });
        break;
      }
      case "reference": {
        const id = `ref${notes.filter((n) => n.kind === "reference").length + 1}`;
        addSentence(id, b.text, "reference", null, null);
        notes.push({ id, kind: "reference", sentenceIds: [id], foundInSectionId: null });
        break;
      }
      case "heading":
        heading(b);
        break;
      case "paragraph": {
        const n = matchNumbering(b.text);
        if (n?.style === "point") {
          const first = splitSentences(b.text)[0] ?? b.text;
          const title = first.slice(n.numbering.length).replace(/[。！？!?]+$/, "");
          const point = open("point", n.numbering, n.ordinal, title);
          point.headingSentenceId = `${point.id}.p1.1`;
        }
        addParagraph(current(), b.text);
        break;
      }
    }
  }
  if (metadata.title === "") throw new DocumentError("DOC_EMPTY", `document "${docId}" has no title line`);
  return { docId, metadata, sections, paragraphs, sentences, notes, repairs };
}
