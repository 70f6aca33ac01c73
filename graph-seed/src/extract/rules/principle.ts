// principle: in a principles section (基本原则, "Principles"), the first clause of each paragraph's first sentence
// ("——坚持农民主体地位。") is a principle; the model keeps principles as Concepts of kind "principle".
import { locator, trimLead, clauses } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "principle";

export const principle: Rule = (ctx) => {
  for (const p of ctx.doc.paragraphs) {
    if (ctx.roleOf(p.sectionId) !== "principles") continue;
    const s = ctx.sentenceById.get(p.sentenceIds[0]!)!;
    const first = clauses(s.text)[0];
    if (!first) continue;
    const span = trimLead(first, /^[—\-－·•\s]+/);
    const n = Array.from(span.text).length;
    if (n < 2 || n > 40) continue;
    ctx.addNode({
      type: "Concept",
      name: span.text,
      evidence: [locator(ctx.doc.docId, s, span)],
      confidence: 0.8,
      method: METHOD,
      props: { kind: "principle", section: p.sectionId },
    });
    ctx.claimed.add(s.id);
  }
};
