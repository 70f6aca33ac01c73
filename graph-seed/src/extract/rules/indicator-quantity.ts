// indicator-quantity: a figure with a unit (2.82万家, 30%以上, 605项) is an indicator; its name runs from the
// start of its clause or list item to the unit; value, unit, bound and the sentence's year are properties.
import { taken } from "../builder.ts";
import { quantities, yearIn } from "../quantity.ts";
import { locator, spanAt } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "indicator-quantity";

export const indicatorQuantity: Rule = (ctx) => {
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body" || ctx.claimed.has(s.id)) continue;
    const year = yearIn(s.text);
    for (const q of quantities(s.text)) {
      const left = s.text.slice(0, q.index);
      const from = Math.max(...[...left.matchAll(/[，,；;：:、。]|其中/g)].map((m) => m.index + m[0].length), 0);
      const span = spanAt(s.text, from, q.index + q.length);
      if (Array.from(span.text.trim()).length < 3) continue;
      const loc = locator(ctx.doc.docId, s, span);
      if (taken(ctx, "Indicator", loc)) continue;
      ctx.addNode({
        type: "Indicator",
        name: span.text.trim(),
        evidence: [loc],
        confidence: 0.7,
        method: METHOD,
        props: { value: q.value, unit: q.unit, bound: q.bound, year, section: s.sectionId },
      });
    }
  }
};
