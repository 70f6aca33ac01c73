// problem-named: a measure names the problem it takes on ("解决…突出问题", "补齐…短板", "破解…瓶颈制约");
// the noun phrase from the verb to the problem noun is the problem.
import { taken } from "../builder.ts";
import { MEASURE_VERBS_ZH, PROBLEM_NOUN, PROBLEM_SOLVE_VERBS } from "../cues.ts";
import { clauses, locator, subSpan } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "problem-named";
const LEFT = new RegExp(`(?:${PROBLEM_SOLVE_VERBS}|${MEASURE_VERBS_ZH}|把|将|以|对|在|的是)`, "g");

export const problemNamed: Rule = (ctx) => {
  if (ctx.language !== "zh") return;
  for (const s of ctx.doc.sentences) {
    if ((s.role !== "body" && s.role !== "heading") || ctx.claimed.has(s.id)) continue;
    for (const c of clauses(s.text, /[，；。！？：]/g)) {
      for (const m of c.text.matchAll(PROBLEM_NOUN)) {
        const end = m.index + m[0].length;
        if (/^(导向|意识)/.test(c.text.slice(end))) continue;
        let from = 0;
        for (const v of c.text.slice(0, m.index).matchAll(LEFT)) from = v.index + v[0].length;
        const phrase = c.text.slice(from, end).replace(/^[好、，,\s]+/, "");
        const offset = end - phrase.length;
        if (Array.from(phrase).length < 4 || /^“[^”]+”问题$/.test(phrase) || /^(存在的|面临的|主要)/.test(phrase))
          continue;
        const span = subSpan(c, offset, end);
        const loc = locator(ctx.doc.docId, s, span);
        if (taken(ctx, "Problem", loc)) continue;
        ctx.addNode({
          type: "Problem",
          name: span.text,
          evidence: [loc],
          confidence: 0.5,
          method: METHOD,
          props: { level: "named", section: s.sectionId },
        });
      }
    }
  }
};
