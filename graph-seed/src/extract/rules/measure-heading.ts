// measure-heading: every numbered heading below the top level of an action part is a measure (its first clause
// names it); a top-level action heading is one when nothing is numbered under it.
import { mark } from "../builder.ts";
import { MEASURE_START_EN, MEASURE_START_ZH } from "../cues.ts";
import { clauses, locator } from "../text.ts";
import type { NodeInput, Rule } from "../types.ts";

export const METHOD = "measure-heading";
const FRAME = /^(?:依托|围绕|以|在|通过|面向|按照|根据|立足|针对|基于)/;

export const measureHeading: Rule = (ctx) => {
  for (const s of ctx.doc.sections) {
    if (s.level === "preamble" || !s.headingSentenceId || ctx.roleOf(s.id) !== "action") continue;
    const sentence = ctx.sentenceById.get(s.headingSentenceId);
    if (!sentence) continue;
    const topLevel = s.parentId === null;
    // A point's heading is the first sentence of its paragraph, after "第一，".
    const skip = s.headingSentenceId.endsWith(".h") ? 0 : Array.from(s.numbering).length;
    const all = clauses(sentence.text).filter((c) => c.start >= skip);
    // A heading opening with a frame ("依托…，持续实施…") is named by its first verb-led clause.
    const framed = FRAME.test(all[0]?.text ?? "");
    const first =
      (framed ? all.find((c) => MEASURE_START_ZH.test(c.text) && !FRAME.test(c.text)) : undefined) ?? all[0];
    if (!first || first.end - first.start < 2) continue;
    const verbLed = (ctx.language === "zh" ? MEASURE_START_ZH : MEASURE_START_EN).test(first.text);
    if (topLevel && (s.childIds.length > 0 || !verbLed)) continue;
    const parent = s.parentId ? mark(ctx, `measure:${s.parentId}`) : undefined;
    const node = {
      type: "Measure",
      name: first.text,
      evidence: [locator(ctx.doc.docId, sentence, first)],
      confidence: topLevel ? 0.7 : s.level === "point" ? 0.85 : 0.9,
      method: METHOD,
      props: { level: parent ? "point" : "heading", section: s.id, numbering: s.numbering, order: s.ordinal },
    } satisfies NodeInput;
    mark(ctx, `measure:${s.id}`, ctx.addPartOf(node, parent, 0.9));
  }
};
