// Reads a path as an argument, in Chinese and English: each hop becomes a clause in walking order
// (passive when the walk goes against the relationship), cited as [n] with the edge's evidence.
import type { RelType } from "../../../graph-seed/src/model/types.ts";

interface Verb {
  zh: string;
  zhBack: string;
  en: string;
  enBack: string;
}

// zhBack / enBack read the relationship from its target's side: "B 得到 A 的支撑" / "B is supported by A".
const VERBS: Record<RelType, Verb> = {
  SUPPORTS: { zh: "支撑", zhBack: "得到{x}的支撑", en: "supports", enBack: "is supported by" },
  SOLVES: { zh: "破解", zhBack: "可由{x}破解", en: "addresses", enBack: "is addressed by" },
  PART_OF: { zh: "是{x}的组成部分", zhBack: "包含", en: "is part of", enBack: "includes" },
  CAUSES: { zh: "导致", zhBack: "源于", en: "leads to", enBack: "stems from" },
  MEASURES: { zh: "衡量", zhBack: "由{x}衡量", en: "measures", enBack: "is measured by" },
  PRODUCES: { zh: "产出", zhBack: "产自", en: "produces", enBack: "is produced by" },
  TARGETS: { zh: "作用于", zhBack: "是{x}的作用对象", en: "targets", enBack: "is targeted by" },
  INVOLVES: { zh: "依托", zhBack: "参与", en: "relies on", enBack: "takes part in" },
};

export interface NarrativeStep {
  type: RelType;
  /** Names of the node the walk is at and the node it goes to. */
  fromZh: string;
  toZh: string;
  fromEn: string;
  toEn: string;
  forward: boolean;
  inferred: boolean;
  quote: string | null;
  /** The hop's document; named in the narrative only when the path crosses documents. */
  document?: string | null;
}

function clauseZh(s: NarrativeStep): string {
  const v = VERBS[s.type];
  const pattern = s.forward ? v.zh : v.zhBack;
  return pattern.includes("{x}") ? `${s.fromZh}${pattern.replace("{x}", s.toZh)}` : `${s.fromZh}${pattern}${s.toZh}`;
}

function clauseEn(s: NarrativeStep): string {
  const v = VERBS[s.type];
  return `${s.fromEn} ${s.forward ? v.en : v.enBack} ${s.toEn}`;
}

export function narrate(steps: NarrativeStep[]): { zh: string; en: string } {
  if (steps.length === 0) return { zh: "", en: "" };
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  // A path through a shared entity joins two papers: each hop then says whose argument it is.
  const crosses = new Set(steps.map((s) => s.document ?? null)).size > 1;
  const zhParts = steps.map((s, i) => {
    const from = crosses && s.document ? `（据《${s.document}》）` : "";
    const cite = `[${i + 1}]${from}${s.inferred ? "（推断）" : ""}${s.quote ? `：“${s.quote}”` : ""}`;
    return `${i === 0 ? "" : i === steps.length - 1 ? "最终，" : "进而，"}${clauseZh(s)}${cite}`;
  });
  const enParts = steps.map((s, i) => {
    const from = crosses && s.document ? ` (in ${s.document})` : "";
    const cite = ` [${i + 1}]${from}${s.inferred ? " (inferred)" : ""}${s.quote ? ` ("${s.quote}")` : ""}`;
    return `${i === 0 ? "" : i === steps.length - 1 ? "and finally " : "then "}${clauseEn(s)}${cite}`;
  });
  const n = steps.length;
  return {
    zh: `${zhParts.join("；")}。因此，${first.fromZh}经${n}步关联到${last.toZh}。`,
    en: `${capitalise(enParts.join("; "))}. So ${first.fromEn} bears on ${last.toEn} in ${n} step${n === 1 ? "" : "s"}.`,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
