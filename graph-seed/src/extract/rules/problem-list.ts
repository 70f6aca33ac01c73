// problem-list: a phrase that announces problems ("主要表现在：", "challenges include:") is followed by a list;
// each item (split on ；, or on ，when the list has no ；) is a problem.
import { mark } from "../builder.ts";
import { DEFICIENCY, PROBLEM_LIST_INTRO } from "../cues.ts";
import { capSpan, clauses, locator, subSpan } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "problem-list";

export const problemList: Rule = (ctx) => {
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body") continue;
    const m = PROBLEM_LIST_INTRO.exec(s.text);
    if (!m) continue;
    const whole = { text: s.text, start: 0, end: s.length };
    const rest = subSpan(whole, m.index + m[0].length, s.text.length);
    const items = /[；;]/.test(rest.text) ? clauses(rest.text, /[；;。]|\.\s/g) : clauses(rest.text, /[，,。]|\.\s/g);
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
      if (Array.from(item.text).length < 4) continue;
      const span = capSpan({ text: item.text, start: rest.start + item.start, end: rest.start + item.end }, 60);
      const loc = locator(ctx.doc.docId, s, span);
      const id = ctx.addNode({
        type: "Problem",
        name: span.text,
        evidence: [loc],
        confidence: 0.8,
        method: METHOD,
        props: { level: "listed", section: s.sectionId },
      });
      if (parent)
        ctx.addEdge({
          type: "PART_OF",
          source: id,
          target: parent,
          evidence: [loc],
          confidence: 0.8,
          method: "part-of-structure",
        });
    }
    ctx.claimed.add(s.id);
  }
};

export function problemParent(ctx: Parameters<Rule>[0], sectionId: string | null): string | undefined {
  for (let id = sectionId; id !== null; id = ctx.sectionById.get(id)?.parentId ?? null) {
    const p = mark(ctx, `problem:${id}`);
    if (p) return p;
  }
  return undefined;
}
