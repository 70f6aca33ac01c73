// problem-heading: a numbered heading inside a problem part names a problem; after a dash ("…——关键核心技术缺失")
// the words after it are the name.
import { mark } from "../builder.ts";
import { clauses, locator, subSpan } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "problem-heading";

export const problemHeading: Rule = (ctx) => {
  for (const s of ctx.doc.sections) {
    if (s.parentId === null || !s.headingSentenceId?.endsWith(".h") || ctx.roleOf(s.id) !== "problem") continue;
    const sentence = ctx.sentenceById.get(s.headingSentenceId)!;
    const whole = { text: sentence.text, start: 0, end: sentence.length };
    const dash = sentence.text.search(/——|—|--|: /);
    const span =
      dash >= 0
        ? subSpan(whole, sentence.text.slice(dash).match(/^(——|—|--|: )/)![0].length + dash, sentence.text.length)
        : clauses(sentence.text)[0];
    if (!span || span.end - span.start < 2) continue;
    const id = ctx.addNode({
      type: "Problem",
      name: span.text,
      evidence: [locator(ctx.doc.docId, sentence, span)],
      confidence: 0.85,
      method: METHOD,
      props: { level: "problem", section: s.id, order: s.ordinal },
    });
    mark(ctx, `problem:${s.id}`, id);
  }
};
