// supports-cue and targets-cue: relations a measure's own wording states. "以X为依托/支撑/引领" — X SUPPORTS the
// measure; "为X提供支撑/保障" — the measure SUPPORTS X; "围绕/聚焦/面向/针对 X" — the measure TARGETS X. X becomes
// the node already named so, or a new Concept.
import { measureOf } from "../builder.ts";
import { locator, spanAt } from "../text.ts";
import type { Rule } from "../types.ts";

const SUPPORTED_BY = /以([^，。；、“”]{2,14}?)为(?:依托|支撑|引领|抓手|载体|主线|牵引|动力|主平台|核心)/g;
const SUPPORTS = /为([^，。；、]{2,16}?)(?:提供|夯实|奠定)[^，。；]{0,10}?(?:支撑|保障|基础)/g;
const TARGETS = /(?:围绕|聚焦|面向|针对|瞄准)([^，。；、]{2,14})/g;

/** Each cue: the edge it states, which end the section's measure is, how sure it is and the rule's name. */
const CUES = [
  { re: SUPPORTED_BY, type: "SUPPORTS", measureIs: "target", confidence: 0.6, method: "supports-cue" },
  { re: SUPPORTS, type: "SUPPORTS", measureIs: "source", confidence: 0.55, method: "supports-cue" },
  { re: TARGETS, type: "TARGETS", measureIs: "source", confidence: 0.5, method: "targets-cue" },
] as const;

export const cueEdges: Rule = (ctx) => {
  if (ctx.language !== "zh") return;
  const byName = new Map([...ctx.nodes.values()].map((n) => [n.name, n.id]));
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body") continue;
    const measure = measureOf(ctx, s.sectionId);
    if (!measure) continue;
    const target = (m: RegExpMatchArray, method: string) => {
      const from = m.index! + m[0].indexOf(m[1]!);
      const span = spanAt(s.text, from, from + m[1]!.length);
      const loc = locator(ctx.doc.docId, s, span);
      const id =
        byName.get(m[1]!) ??
        ctx.addNode({
          type: "Concept",
          name: m[1]!,
          evidence: [loc],
          confidence: 0.45,
          method,
          props: { kind: "cue" },
        });
      const whole = spanAt(s.text, m.index!, m.index! + m[0].length);
      return { id, evidence: [locator(ctx.doc.docId, s, whole)] };
    };
    for (const cue of CUES) {
      for (const m of s.text.matchAll(cue.re)) {
        const x = target(m, cue.method);
        const [source, other] = cue.measureIs === "source" ? [measure, x.id] : [x.id, measure];
        const { type, confidence, method } = cue;
        ctx.addEdge({ type, source, target: other, evidence: x.evidence, confidence, method });
      }
    }
  }
};
