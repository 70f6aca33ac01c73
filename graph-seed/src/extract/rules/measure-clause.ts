// measure-clause: inside a measure's section, the first verb-led clause of each sentence ("加快推进…",
// "We will establish…") is a sub-measure, part of the section's measure.
import { measureOf, sentencesWhere } from "../builder.ts";
import { MEASURE_START_EN, MEASURE_START_ZH } from "../cues.ts";
import { capSpan, clauses, locator } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "measure-clause";

export const measureClause: Rule = (ctx) => {
  const start = ctx.language === "zh" ? MEASURE_START_ZH : MEASURE_START_EN;
  for (const s of sentencesWhere(ctx, (id) => ctx.roleOf(id) === "action")) {
    if (s.role !== "body" || ctx.claimed.has(s.id)) continue;
    const section = ctx.sectionById.get(s.sectionId!);
    if (section?.headingSentenceId === s.id) continue; // a point's first sentence is its heading
    const parent = measureOf(ctx, s.sectionId);
    if (!parent) continue;
    const c = clauses(s.text).find((x) => start.test(x.text) && x.end - x.start >= 4);
    if (!c) continue;
    const span = capSpan(c, ctx.language === "zh" ? 30 : 80);
    const loc = locator(ctx.doc.docId, s, span);
    ctx.addPartOf(
      {
        type: "Measure",
        name: span.text,
        evidence: [loc],
        confidence: 0.55,
        method: METHOD,
        props: { level: "clause", section: s.sectionId },
      },
      parent,
      0.8,
    );
  }
};
