// problem-list: a phrase that announces problems ("主要表现在：", "challenges include:") is followed by a list;
// each item (split on ；, or on ，when the list has no ；) is a problem. When the cue ends its sentence, the items
// are what follows: the rest of the paragraph, else the numbered lines under it, else the next paragraphs.
import type { Sentence } from "../../document/index.ts";
import { mark, taken } from "../builder.ts";
import { DEFICIENCY, PROBLEM_LIST_INTRO } from "../cues.ts";
import { capSpan, clauses, locator, subSpan, type Span } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "problem-list";

export const problemList: Rule = (ctx) => {
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body") continue;
    const m = PROBLEM_LIST_INTRO.exec(s.text);
    if (!m) continue;
    const whole = { text: s.text, start: 0, end: s.length };
    const rest = subSpan(whole, m.index + m[0].length, s.text.length);
    const inline = /[；;]/.test(rest.text) ? clauses(rest.text, /[；;。]|\.\s/g) : clauses(rest.text, /[，,。]|\.\s/g);
    const items: { s: Sentence; span: Span }[] = inline.some((c) => Array.from(c.text).length >= 4)
      ? inline.map((c) => ({ s, span: { text: c.text, start: rest.start + c.start, end: rest.start + c.end } }))
      : following(ctx, s).map((f) => ({
          s: f,
          span: clauses(f.text, /[；;。]$/g)[0] ?? { text: f.text, start: 0, end: f.length },
        }));
    // The clause before the cue often names the whole ("…问题在乡村最为突出，主要表现在：").
    const head = clauses(s.text.slice(0, m.index))
      .filter((c) => Array.from(c.text).length >= 4)
      .pop();
    const parent =
      head && DEFICIENCY.test(head.text)
        ? ctx.addNode({
            type: "Problem",
            name: capSpan(head, 40).text,
            evidence: [locator(ctx.doc.docId, s, capSpan(head, 40))],
            confidence: 0.7,
            method: METHOD,
            props: { level: "problem", section: s.sectionId },
          })
        : problemParent(ctx, s.sectionId);
    for (const item of items) {
      if (Array.from(item.span.text).length < 4) continue;
      const span = capSpan(item.span, 60);
      const loc = locator(ctx.doc.docId, item.s, span);
      ctx.claimed.add(item.s.id);
      if (taken(ctx, "Problem", loc)) continue; // a numbered problem heading already stands for it
      ctx.addPartOf(
        {
          type: "Problem",
          name: span.text,
          evidence: [loc],
          confidence: 0.8,
          method: METHOD,
          props: { level: "listed", section: s.sectionId },
        },
        parent,
        0.8,
      );
    }
    ctx.claimed.add(s.id);
  }
};

/** The list that follows a sentence ending in its cue. */
function following(ctx: Parameters<Rule>[0], s: Sentence): Sentence[] {
  const get = (id: string | null | undefined) => (id ? ctx.sentenceById.get(id) : undefined);
  const paragraph = ctx.doc.paragraphs.find((p) => p.id === s.paragraphId);
  const rest = paragraph ? paragraph.sentenceIds.slice(paragraph.sentenceIds.indexOf(s.id) + 1) : [];
  if (rest.length > 0) return rest.map((id) => get(id)!);
  const section = ctx.sectionById.get(s.sectionId ?? "");
  if (!section) return [];
  const children = section.childIds
    .map((id) => get(ctx.sectionById.get(id)?.headingSentenceId))
    .filter((x) => x !== undefined);
  if (children.length > 0) return children.slice(0, 12);
  const next = section.paragraphIds.slice(section.paragraphIds.indexOf(s.paragraphId ?? "") + 1, undefined);
  return next
    .slice(0, 8)
    .map((pid) => get(ctx.doc.paragraphs.find((p) => p.id === pid)?.sentenceIds[0])!)
    .filter(Boolean);
}

export function problemParent(ctx: Parameters<Rule>[0], sectionId: string | null): string | undefined {
  for (let id = sectionId; id !== null; id = ctx.sectionById.get(id)?.parentId ?? null) {
    const p = mark(ctx, `problem:${id}`);
    if (p) return p;
  }
  return undefined;
}
