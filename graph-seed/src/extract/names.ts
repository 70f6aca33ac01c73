// Left boundaries of names that end in a suffix (…工程, …研究院): a name starts after the verbs, adverbs and
// connectives that open its clause or list item, so "深入实施公民道德建设工程" names "公民道德建设工程".
import { GENERIC_PREFIX, MEASURE_ADVERBS_ZH, MEASURE_VERBS_ZH } from "./cues.ts";
import { clauses, subSpan, type Span } from "./text.ts";

const OPENERS = new RegExp(
  `^(?:${MEASURE_ADVERBS_ZH}|${MEASURE_VERBS_ZH}|实行|组织实施|启动|部署|作为|联合|携手|会同|依托|通过|围绕|面向|以|对|在|向|将|把|为|由|和|与|及|并|好|一批|若干|各类|一些|等)+`,
);

/** Spans of `clause` from its opening (or the previous name's end) to the end of each suffix match. */
export function suffixedNames(clause: Span, suffix: RegExp, blockers: RegExp, minLength = 4, maxLength = 24): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of clause.text.matchAll(suffix)) {
    let end = m.index + m[0].length;
    const after = clause.text.slice(end);
    if (blockers.test(after)) continue;
    if (after.startsWith("”") && (clause.text.slice(from, end).match(/“/g)?.length ?? 0) > 0) end += 1;
    // A list item ends at 、: the name is the last item before the suffix.
    const segStart = Math.max(from, clause.text.lastIndexOf("、", m.index) + 1);
    let text = clause.text.slice(segStart, end);
    const opener = OPENERS.exec(text);
    from = end;
    // Nothing but verbs before the suffix ("逐步扩大试点"): a verb phrase, not a name.
    if (opener && opener[0].length >= text.length - (end - m.index)) continue;
    const start = segStart + (opener ? opener[0].length : 0);
    text = clause.text.slice(start, end);
    if (GENERIC_PREFIX.test(clause.text.slice(start, m.index))) continue;
    const n = Array.from(text).length;
    if (n < minLength || n > maxLength || text.length - m[0].length < 2) continue;
    out.push(subSpan(clause, start, end));
  }
  return out;
}

export function clausesOf(text: string): Span[] {
  return clauses(text, /[，,；;。！？：:（）()]/g);
}
