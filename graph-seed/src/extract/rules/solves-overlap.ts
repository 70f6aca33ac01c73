// solves-overlap: a heading-level measure SOLVES the problems whose names share its content words; a measure
// and a problem numbered alike in parallel parts (problem (一) ↔ path (一)) get a bonus. Two best per measure.
import { MEASURE_VERBS_ZH } from "../cues.ts";
import { contentWords } from "../segmenter.ts";
import type { DraftNode, Rule } from "../types.ts";
import { STOP } from "./concept-keywords.ts";

export const METHOD = "solves-overlap";
const STOP_VERBS = new Set([
  ...STOP,
  ...MEASURE_VERBS_ZH.split("|"),
  "不足",
  "不够",
  "亟待",
  "亟需",
  "有待",
  "仍需",
  "不健全",
]);
const PER_MEASURE = 2;
const THRESHOLD = 0.34;

function words(ctx: Parameters<Rule>[0], n: DraftNode): Set<string> {
  if (ctx.language === "zh") return new Set(contentWords(n.name, STOP_VERBS));
  return new Set(
    n.name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 5),
  );
}

/** The ordinal of the section a node sits in, one level below the top (the "(一)" of "三(一)"). */
function branch(ctx: Parameters<Rule>[0], n: DraftNode): number | null {
  let s = ctx.sectionById.get(String(n.props.section ?? ""));
  while (s?.parentId && ctx.sectionById.get(s.parentId)?.parentId) s = ctx.sectionById.get(s.parentId);
  return s?.parentId ? s.ordinal : null;
}

export const solvesOverlap: Rule = (ctx) => {
  const all = [...ctx.nodes.values()];
  const measures = all.filter((n) => n.type === "Measure" && n.method === "measure-heading");
  const problems = all.filter((n) => n.type === "Problem").map((p) => ({ p, w: words(ctx, p), b: branch(ctx, p) }));
  for (const m of measures) {
    const mw = words(ctx, m);
    if (mw.size === 0) continue;
    const mb = branch(ctx, m);
    const scored = problems
      .map(({ p, w, b }) => {
        const shared = [...mw].filter((x) => w.has(x));
        const overlap = shared.length / Math.max(1, Math.min(mw.size, w.size));
        const parallel = mb !== null && b === mb && p.props.level === "problem" ? 0.25 : 0;
        return { p, shared, score: shared.length > 0 ? overlap + parallel : 0 };
      })
      .filter((x) => x.score >= THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, PER_MEASURE);
    for (const { p, shared, score } of scored)
      ctx.addEdge({
        type: "SOLVES",
        source: m.id,
        target: p.id,
        evidence: [m.evidence[0]!, p.evidence[0]!],
        confidence: Math.round(Math.min(0.85, 0.25 + 0.5 * score) * 100) / 100,
        method: METHOD,
        why: shared.join("、"),
      });
  }
};
