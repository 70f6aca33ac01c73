// organisation: names ending in an organisational suffix — enterprises (公司/集团/银行/企业), institutions
// (大学/研究院/部/委员会/局/协会), platforms (园区/中心/开发区/示范区/科学城) — and English "… University/Ministry".
import { taken } from "../builder.ts";
import { clausesOf, suffixedNames } from "../names.ts";
import { locator } from "../text.ts";
import type { NodeType } from "../../model/types.ts";
import type { Rule } from "../types.ts";

export const METHOD = "organisation";

const KINDS: { type: NodeType; suffix: RegExp; blockers: RegExp; confidence: number }[] = [
  {
    type: "Enterprise",
    suffix: /(?:有限公司|公司|集团|银行|企业)/g,
    blockers: /^(?:家|化|群|发展|集群|主体)/,
    confidence: 0.6,
  },
  {
    type: "Institution",
    suffix: /(?:大学|学院|研究院|研究所|科学院|委员会|事业部|协会|联合会|联盟|联合体|研发机构|科研院所|部|委|局)/g,
    blockers: /^(?:门|分|长|面|署|部|会|员|限|势)/,
    confidence: 0.55,
  },
  {
    type: "Platform",
    suffix: /(?:园区|产业园|科技园|开发区|示范区|试验区|科学城|创新中心|服务中心|中心|基地|平台)/g,
    blockers: /^(?:城市|地位|工作|任务|建设的)/,
    confidence: 0.55,
  },
];
const GENERIC =
  /^(?:全部|内部|外部|局部|干部|东部|西部|中部|北部|南部|各部|当局|布局|格局|结局|中心城|重点企业|企业|部门)$/;

export const organisation: Rule = (ctx) => {
  if (ctx.language !== "zh") return;
  for (const s of ctx.doc.sentences) {
    if (s.role !== "body" && s.role !== "heading") continue;
    for (const c of clausesOf(s.text)) {
      for (const k of KINDS) {
        for (const span of suffixedNames(c, k.suffix, k.blockers, 3, 16)) {
          if (GENERIC.test(span.text) || /布局|格局/.test(span.text)) continue;
          const loc = locator(ctx.doc.docId, s, span);
          if (taken(ctx, k.type, loc) || taken(ctx, "Programme", loc)) continue;
          ctx.addNode({
            type: k.type,
            name: span.text,
            evidence: [loc],
            confidence: k.confidence,
            method: METHOD,
            props: {},
          });
        }
      }
    }
  }
};
