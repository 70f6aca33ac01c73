// organisation: names ending in an organisational suffix — enterprises (公司/集团/银行/企业), institutions
// (大学/研究院/部/委员会/局/协会), platforms (园区/中心/开发区/示范区/科学城) — and English "… University/Ministry".
import { taken } from "../builder.ts";
import { clausesOf, suffixedNames } from "../names.ts";
import { locator } from "../text.ts";
import type { NodeType } from "../../model/types.ts";
import type { Rule } from "../types.ts";

export const METHOD = "organisation";

// One pass over all suffixes, so a name ends where the previous one did ("A集团联合B大学" names both).
const SUFFIXES: [NodeType, string[]][] = [
  ["Enterprise", ["有限公司", "公司", "集团", "银行", "企业"]],
  [
    "Institution",
    [
      "大学",
      "学院",
      "研究院",
      "研究所",
      "科学院",
      "委员会",
      "事业部",
      "协会",
      "联合会",
      "联盟",
      "联合体",
      "研发机构",
      "科研院所",
      "部",
      "委",
      "局",
    ],
  ],
  [
    "Platform",
    [
      "园区",
      "产业园",
      "科技园",
      "开发区",
      "示范区",
      "试验区",
      "科学城",
      "创新中心",
      "服务中心",
      "中心",
      "基地",
      "平台",
    ],
  ],
];
const TYPE_OF = new Map(SUFFIXES.flatMap(([t, xs]) => xs.map((x) => [x, t] as const)));
const SUFFIX = new RegExp(`(?:${[...TYPE_OF.keys()].sort((a, b) => b.length - a.length).join("|")})`, "g");
const BLOCKERS = /^(?:家|化|群|发展|集群|主体|门|分|长|面|署|会|员|限|势|城市|地位|工作|任务)/;
/** One-character suffixes end many ordinary words: 干部, 格局, 东部. */
const BAD_BEFORE = /[干全内外局东西南北中各总头底顶格布当结开大]$/;
const CONFIDENCE: Record<string, number> = { Enterprise: 0.6, Institution: 0.55, Platform: 0.55 };

export const organisation: Rule = (ctx) => {
  if (ctx.language !== "zh") return;
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body" && s.role !== "heading") continue;
    for (const c of clausesOf(s.text)) {
      for (const span of suffixedNames(c, SUFFIX, BLOCKERS, 3, 16)) {
        const suffix = [...TYPE_OF.keys()].filter((x) => span.text.endsWith(x)).sort((a, b) => b.length - a.length)[0]!;
        const type = TYPE_OF.get(suffix)!;
        if (suffix.length === 1 && BAD_BEFORE.test(span.text.slice(0, -1))) continue;
        if (/布局|格局/.test(span.text) || span.text === suffix) continue;
        const loc = locator(ctx.doc.docId, s, span);
        if (taken(ctx, type, loc) || taken(ctx, "Programme", loc)) continue;
        ctx.addNode({
          type,
          name: span.text,
          evidence: [loc],
          confidence: CONFIDENCE[type]!,
          method: METHOD,
          props: {},
        });
      }
    }
  }
};
