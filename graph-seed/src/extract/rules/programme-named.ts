// programme-named: a named programme ends in 工程/计划/行动/专项/试点/示范/运动 ("实施公民道德建设工程"), or is a
// quoted name launched by a verb ("实施“筑基扩容”"); 《…》 titles are policy documents.
import { taken } from "../builder.ts";
import { PROGRAMME_BLOCKERS, PROGRAMME_SUFFIX } from "../cues.ts";
import { clausesOf, suffixedNames } from "../names.ts";
import { locator, subSpan } from "../text.ts";
import type { Rule } from "../types.ts";

export const METHOD = "programme-named";
const QUOTED_AFTER_VERB = /(?:实施|开展|推进|启动|推行|促进|支持)((?:“[^”]{2,14}”[、和]?)+)/g;
const QUOTED = /“[^”]{2,14}”/g;
const BOOK_TITLE = /《[^》]{2,40}》/g;

export const programmeNamed: Rule = (ctx) => {
  if (ctx.language !== "zh") return;
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body" && s.role !== "heading") continue;
    const add = (span: { text: string; start: number; end: number }, confidence: number, kind: string) => {
      const loc = locator(ctx.doc.docId, s, span);
      if (taken(ctx, "Programme", loc)) return;
      ctx.addNode({
        type: "Programme",
        name: span.text,
        evidence: [loc],
        confidence,
        method: METHOD,
        props: { kind, section: s.sectionId },
      });
    };
    const whole = { text: s.text, start: 0, end: s.length };
    for (const m of s.text.matchAll(QUOTED_AFTER_VERB)) {
      const groupStart = m.index + m[0].length - m[1]!.length;
      for (const q of m[1]!.matchAll(QUOTED))
        add(subSpan(whole, groupStart + q.index, groupStart + q.index + q[0].length), 0.55, "programme");
    }
    for (const c of clausesOf(s.text))
      for (const span of suffixedNames(c, PROGRAMME_SUFFIX, PROGRAMME_BLOCKERS)) add(span, 0.7, "programme");
    for (const m of s.text.matchAll(BOOK_TITLE)) add(subSpan(whole, m.index, m.index + m[0].length), 0.75, "document");
  }
};
