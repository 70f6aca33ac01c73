// Cue words of the policy-paper genre, in Chinese and English. General vocabulary, not any one document's.

/** Verbs that open a measure: "推进…", "加强…", "We will strengthen…". */
export const MEASURE_VERBS_ZH =
  "推进|推动|加强|强化|完善|建立|建设|实施|支持|健全|深化|加快|培育|构建|提升|提高|优化|发展|促进|打造|扩大|探索|开展|落实|制定|创新|鼓励|引导|坚持|保障|统筹|规范|改革|改进|加大|扶持|发挥|推广|推行|组建|重构|布局|聚焦|夯实|巩固|拓宽|拓展|增强|完善|维护|保护|严格|严厉|整治|治理|开发|设立|组织|集中|建好|做好|抓好|用好|研究|出台|畅通|激发|激活|破除|补齐|弥合|防范|防止|遏制|确保|形成|实现|提供|瞄准|加大|扎实|全面|深入|大力|积极|持续|着力|切实|稳步|进一步|继续|逐步|重点|有序|同步|优先|坚决|率先";
/** Adverbs that may precede the verb: "加快推进", "深入实施". */
export const MEASURE_ADVERBS_ZH =
  "加快|大力|积极|深入|全面|持续|扎实|稳步|进一步|着力|切实|重点|继续|逐步|有序|坚决|统筹|协同|及时|精准|优先|率先|同步|高度|抓紧|稳妥";
export const MEASURE_VERBS_EN =
  "strengthen|establish|improve|promote|support|implement|develop|build|expand|deepen|accelerate|enhance|ensure|encourage|introduce|launch|create|set up|provide|reform|increase|invest|foster|advance|boost|modernise|modernize|upgrade|reduce|protect|streamline|coordinate|adopt|extend|prioritise|prioritize";

export const MEASURE_START_ZH = new RegExp(
  `^(?:要|应当|应|必须|需要)?(?:${MEASURE_ADVERBS_ZH})*(?:${MEASURE_VERBS_ZH})`,
);
export const MEASURE_START_EN = new RegExp(
  `^(?:(?:we|the government|the state|governments|member states|countries)\\s+(?:will|shall|should|must|need to)\\s+(?:\\w+ly\\s+)?)?(?:${MEASURE_VERBS_EN})\\b`,
  "i",
);

/** Verbs that make a heading prescriptive; not 发展/建设/改革, which open noun phrases too ("发展基础"). */
export const HEADING_VERB_ZH = new RegExp(
  `^(?:${MEASURE_ADVERBS_ZH})*(?:推进|推动|加强|强化|完善|建立|实施|支持|健全|深化|加快|培育|构建|提升|提高|优化|促进|打造|扩大|探索|开展|落实|制定|鼓励|引导|坚持|统筹|夯实|巩固|拓宽|拓展|增强|激发|激活|破除|补齐|繁荣|汇聚|开拓|打好|做好|抓好)`,
);

/** A heading of a part that lists problems. */
export const PROBLEM_HEADING =
  /问题|挑战|不足|短板|瓶颈|困境|制约|风险|差距|障碍|难点|\b(challenges?|problems?|shortcomings|weakness(es)?|gaps|risks|issues|barriers|obstacles)\b/i;
/** A heading of a part that describes, not prescribes: significance, achievements, background. */
export const CONTEXT_HEADING =
  /意义|成就|成效|进展|现状|形势|背景|回顾|经验|形成.{0,8}支撑|取得|发展基础|现实基础|基础条件|发展环境|总则|附则|引言|前言|结语|结束语|\b(conclusions?|significance|achievements?|progress|background|context|review|situation|introduction|overview)\b/i;
/** A heading of a part that sets the frame: guiding ideas, principles, goals. */
export const REQUIREMENTS_HEADING =
  /总体要求|总体思路|指导思想|基本原则|主要目标|发展目标|目标任务|\b(overall requirements?|guiding (ideas?|principles)|general requirements?)\b/i;
export const GOALS_HEADING = /目标|\b(goals?|objectives?|targets?)\b/i;
export const PRINCIPLES_HEADING = /原则|\bprinciples?\b/i;

/** Predicates that state a deficiency: "供给不足", "体系不健全", "lack of". */
export const DEFICIENCY =
  /不足|不够|不强|不高|不健全|不完善|不顺畅|不畅|不平衡|不充分|不多|不到位|薄弱|滞后|缺乏|缺失|短板|瓶颈|欠账|亟待|亟需|有待|仍需|尚未|制约|风险|垄断|阻碍|冲击|受到限制|突出问题|问题.{0,4}突出|\b(lack of|lacks|lacking|shortage|shortfalls?|insufficient|inadequate|weak|weakness|constraints?|bottlenecks?|challenges?|shortcomings?|risks?|fail(s|ed)? to)\b/i;
/** Phrases that announce a list of problems: "主要表现在：…". */
export const PROBLEM_LIST_INTRO =
  /(?:主要|突出|集中|具体)?(?:表现在|表现为|体现在|问题是|问题有|挑战是|困难是)[：:]|\b(?:challenges|problems|shortcomings|issues) (?:include|are)[：:]?/i;
/** Nouns that name a problem as the object of a measure: "解决…问题", "补齐…短板". */
export const PROBLEM_NOUN = /问题|短板|瓶颈制约|瓶颈|鸿沟/g;
export const PROBLEM_SOLVE_VERBS =
  "解决好|解决|破解|突破|补齐|整治|清理|治理|攻克|化解|弥合|克服|消除|针对|围绕|聚焦|开展|推进|加强|严厉|集中|重点";

/** Suffixes of named programmes: "…工程", "…行动计划", "…试点". */
export const PROGRAMME_SUFFIX =
  /(?:行动计划|专项行动|专项斗争|专项治理|专项扶持|工程|计划|行动|专项|试点|示范|运动|项目)/g;
/** What may not follow a programme suffix: "示范区" is a place, "计划生育" a policy, "项目库" a list. */
export const PROGRAMME_BLOCKERS =
  /^(?:区|县|村|镇|园|基地|库|师|化|工作者|主体|单位|生育|性|的|遗产|技术|规划|债券|资金|发行|指导|意见|方案|带动|作用)/;
/** Words before a suffix that make a category, not a name: "重大工程", "共同行动". */
export const GENERIC_PREFIX = /^(?:共同|重大|重点|若干|有关|相关|各项|一批|各类|地方政府|冰雪海上)$/;
/** Words that end the name of a programme on the left: verbs and quantifiers before it. */
export const NAME_LEFT_BOUNDARY = new RegExp(
  `(?:${MEASURE_VERBS_ZH}|组织实施|继续实施|深入实施|启动|部署|开展|参与|通过|依托|围绕|以|和|与|及|并|等|在|对|向|将|把|为|由|是|有)`,
  "g",
);
