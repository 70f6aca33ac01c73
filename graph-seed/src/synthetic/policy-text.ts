// Synthetic policy documents for benchmarks: Chinese text shaped like an official implementation opinion (title,
// date line, 一、/（一） sections, problems named, dated goals, measures with their actors), generated from a
// small generic vocabulary by a seeded PRNG. Never derived from a real source text: the same (index, length)
// always gives the same document, and documents of one run share some entities (so compare has work to do).
import { mulberry32, randInt, type Rng } from "./prng.ts";

const FIELDS = [
  "数字经济",
  "现代农业",
  "先进制造",
  "生态环境",
  "公共服务",
  "城乡融合",
  "科技创新",
  "人才队伍",
  "金融服务",
  "交通物流",
  "能源保障",
  "文化旅游",
  "医疗卫生",
  "基础教育",
  "社会治理",
  "水利设施",
  "粮食安全",
  "营商环境",
  "对外开放",
  "应急管理",
] as const;
const OBJECTS = ["体系", "平台", "基地", "网络", "园区", "示范区", "服务中心"] as const;
const SHORTFALLS = [
  "投入不足",
  "结构不优",
  "区域发展不平衡",
  "创新能力不强",
  "配套设施不完善",
  "专业人才短缺",
  "标准体系不统一",
  "监管能力薄弱",
  "数据共享不充分",
  "融资渠道不畅",
] as const;
const ACTORS = ["龙头企业", "科研院所", "高等院校", "金融机构", "社会组织", "中小企业", "行业协会"] as const;
const MECHANISMS = ["投入保障机制", "协调推进机制", "考核评价制度", "风险防控体系", "统计监测制度"] as const;
const METRICS = ["覆盖率", "普及率", "综合利用率", "达标率", "满意度"] as const;
const VERBS = ["加快", "推进", "完善", "强化", "提升", "健全", "培育", "壮大"] as const;
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[randInt(rng, xs.length)]!;
const cn = (n: number) =>
  n <= 10
    ? NUMERALS[n - 1]!
    : n < 20
      ? `十${NUMERALS[n - 11]!}`
      : `${NUMERALS[Math.floor(n / 10) - 1]!}十${n % 10 ? NUMERALS[(n % 10) - 1]! : ""}`;

export interface PolicyDocument {
  id: string;
  /** The file name an analyst would import. */
  fileName: string;
  text: string;
}

/**
 * Document `index` (0-based) of a run, about `chars` characters long (it stops at the first subsection that
 * reaches the length, so within a few hundred characters of it). Each document centres on four of the twenty fields, and its
 * neighbours in the run share two of them.
 */
export function policyDocument(index: number, chars = 20_000): PolicyDocument {
  const rng = mulberry32(0x5eed + index * 7919);
  const focus = [0, 1, 2, 3].map((k) => FIELDS[(index * 2 + k) % FIELDS.length]!);
  const field = () => (rng() < 0.8 ? pick(rng, focus) : pick(rng, FIELDS));
  const year = 2025 + randInt(rng, 6);
  const lines: string[] = [
    `关于推进${focus[0]}与${focus[1]}高质量发展的实施意见（第${index + 1}号）`,
    `（${2020 + (index % 6)}年${1 + (index % 12)}月${1 + (index % 28)}日）`,
    `为贯彻落实高质量发展要求，统筹推进${focus.join("、")}等领域工作，结合实际，提出如下意见。`,
    "一、总体要求",
    `坚持问题导向和目标导向，着力补齐${focus[2]}短板，到${year}年，${focus[0]}${pick(rng, METRICS)}达到${60 + randInt(rng, 35)}%以上，${focus[1]}${pick(rng, METRICS)}明显提升。`,
    `当前，${focus[0]}发展仍存在${pick(rng, SHORTFALLS)}、${pick(rng, SHORTFALLS)}等问题，${focus[3]}领域${pick(rng, SHORTFALLS)}的状况尚未根本改变。`,
    "二、重点任务",
  ];
  let length = lines.join("\n").length;
  let sub = 0;
  while (length < chars - 120) {
    sub++;
    const f = field();
    let g = field();
    if (g === f) g = FIELDS[(FIELDS.indexOf(f) + 1 + randInt(rng, FIELDS.length - 1)) % FIELDS.length]!;
    const obj = pick(rng, OBJECTS);
    const para: string[] = [
      `（${cn(sub)}）${pick(rng, VERBS)}${f}${obj}建设`,
      [
        `${pick(rng, VERBS)}${f}${obj}建设，推动${f}与${g}深度融合，支持${pick(rng, ACTORS)}和${pick(rng, ACTORS)}参与${f}${pick(rng, OBJECTS)}建设。`,
        `针对${f}领域${pick(rng, SHORTFALLS)}、${pick(rng, SHORTFALLS)}的问题，${pick(rng, VERBS)}${g}${pick(rng, MECHANISMS)}。`,
        `到${year + randInt(rng, 3)}年，${f}${pick(rng, METRICS)}达到${50 + randInt(rng, 45)}%，建成${2 + randInt(rng, 30)}个${f}${obj}。`,
        `鼓励${pick(rng, ACTORS)}设立${g}专项资金，${pick(rng, VERBS)}${f}${pick(rng, MECHANISMS)}，着力解决${pick(rng, SHORTFALLS)}问题。`,
      ].join(""),
    ];
    length += para.join("\n").length + 2;
    lines.push(...para);
  }
  lines.push(
    "三、保障措施",
    `健全${pick(rng, MECHANISMS)}，完善${focus[0]}${pick(rng, MECHANISMS)}，加强${focus[1]}${pick(rng, MECHANISMS)}，确保各项任务落到实处。`,
  );
  const id = `bench-policy-${String(index + 1).padStart(2, "0")}`;
  return { id, fileName: `${id}.txt`, text: `${lines.join("\n")}\n` };
}
