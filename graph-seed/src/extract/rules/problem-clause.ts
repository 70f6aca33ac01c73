// problem-clause: in problem and background parts, a clause with a deficiency predicate (不足, 不健全, 亟待,
// "lack of", "insufficient") states a problem. Weaker in background parts, where such words are rarer.
import { taken } from "../builder.ts";
import { DEFICIENCY, MEASURE_START_EN, MEASURE_START_ZH } from "../cues.ts";
import { capSpan, clauses, locator } from "../text.ts";
import type { Rule } from "../types.ts";
import { problemParent } from "./problem-list.ts";

export const METHOD = "problem-clause";

export const problemClause: Rule = (ctx) => {
  const measureLike = ctx.language === "zh" ? MEASURE_START_ZH : MEASURE_START_EN;
  for (const s of ctx.doc.sentences) {
    const role = ctx.roleOf(s.sectionId);
    if (s.role !== "body" || ctx.claimed.has(s.id) || (role !== "problem" && role !== "context")) continue;
    const parent = problemParent(ctx, s.sectionId);
    for (const c of clauses(s.text, ctx.language === "zh" ? /[，；。！？：]/g : /[,;.:!?]\s/g)) {
      const n = Array.from(c.text).length;
      if (n < 4 || !DEFICIENCY.test(c.text) || measureLike.test(c.text)) continue;
      const span = capSpan(c, ctx.language === "zh" ? 40 : 100);
      const loc = locator(ctx.doc.docId, s, span);
      if (taken(ctx, "Problem", loc)) continue;
      ctx.addPartOf(
        {
          type: "Problem",
          name: span.text,
          evidence: [loc],
          confidence: role === "problem" ? 0.65 : 0.5,
          method: METHOD,
          props: { level: "shortfall", section: s.sectionId },
        },
        parent,
        0.75,
      );
    }
  }
};
