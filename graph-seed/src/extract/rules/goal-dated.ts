// goal-dated: a sentence opening with a target date ("到2020年，…", "By 2025, …") states a goal; the sentences
// after it in the same paragraph spell it out. Goals are Indicators with kind "goal", year and, when the
// sentence has a figure after 达到/提高到, value and unit.
import { clauses, locator } from "../text.ts";
import type { NodeInput, Rule } from "../types.ts";
import { quantities } from "../quantity.ts";

export const METHOD = "goal-dated";
const DATED_ZH = /^(?:力争)?(?:到|至)\s*((?:20|19)\d{2})\s*年(?:底|末|前)?[，,]/;
const DATED_EN = /^By (?:the end of )?((?:20|19)\d{2}),/i;
const TARGET_VERB =
  /(?:达到|提高到|提升到|增加到|增长到|降低到|下降到|减少到|缩小到|降至|超过|突破|不低于|不少于|控制在|保持在|稳定在|reach|rise to|increase to|at least)\s*$/i;

export const goalDated: Rule = (ctx) => {
  const dated = ctx.language === "zh" ? DATED_ZH : DATED_EN;
  for (const p of ctx.doc.paragraphs) {
    let lead: string | null = null;
    let year: number | null = null;
    for (const sid of p.sentenceIds) {
      const s = ctx.sentenceById.get(sid)!;
      const m = dated.exec(s.text);
      if (m) year = Number(m[1]);
      else if (lead === null) continue;
      const all = clauses(s.text);
      const nameClause = (m ? all.find((c) => c.start >= Array.from(m[0]).length) : all[0]) ?? all[0]!;
      const figure = quantities(s.text).find((q) => TARGET_VERB.test(s.text.slice(0, q.index)));
      const loc = locator(ctx.doc.docId, s, { start: 0, end: s.length });
      const node = {
        type: "Indicator",
        name: Array.from(nameClause.text).slice(0, 40).join(""),
        evidence: [loc],
        confidence: m ? 0.85 : 0.7,
        method: METHOD,
        props: {
          kind: "goal",
          year,
          value: figure?.value ?? null,
          unit: figure?.unit ?? null,
          section: s.sectionId,
        },
      } satisfies NodeInput;
      // A goal with its own year leads; the undated ones after it are its parts.
      const id = ctx.addPartOf(node, m ? undefined : lead, 0.8);
      ctx.claimed.add(s.id);
      if (m) lead = id;
    }
  }
};
