// `npm run bench -- extract`: the draft extractor scored against the hand-curated graph of the seed paper and
// against a gold set of locators for the rural-revitalization opinions; speed on a 20,000-character text.
// Matching: same category and overlapping evidence, one-to-one (drafts taken by confidence, highest first).
// Writes bench/results/extract.json and regenerates the "Extraction" section of docs/benchmarks.md.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { loadBaseConfig } from "../graph-seed/src/config.ts";
import { parseDocument, readSourceDocument, resolveLocator } from "../graph-seed/src/document/index.ts";
import type { ParsedDocument } from "../graph-seed/src/document/index.ts";
import { extractDraft } from "../graph-seed/src/extract/index.ts";
import type { DraftNode } from "../graph-seed/src/extract/index.ts";
import { parseEvidence, type Locator } from "../graph-seed/src/model/locator.ts";
import { writeExtractSection } from "./extract-report.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SEED_ID = "beijing-industrial-chain-resilience";
const RURAL_ID = "rural-revitalization-2018";

interface Gold {
  category: string;
  tag: string;
  evidence: Locator[];
}
export interface Score {
  category: string;
  drafts: number;
  gold: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  /** Recall per gold tag (e.g. listed problems), when the gold set has tags. */
  recallByTag?: Record<string, number>;
}

const overlap = (a: Locator, b: Locator) => a.sentence === b.sentence && a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Greedy one-to-one matching by overlapping evidence, drafts in order of confidence. */
export function score(category: string, drafts: DraftNode[], gold: Gold[]): Score {
  const used = new Set<number>();
  let matched = 0;
  const matchedByTag: Record<string, number> = {};
  for (const d of [...drafts].sort((a, b) => b.confidence - a.confidence)) {
    const i = gold.findIndex(
      (g, k) => !used.has(k) && g.evidence.some((ge) => d.evidence.some((de) => overlap(de, ge))),
    );
    if (i < 0) continue;
    used.add(i);
    matched++;
    matchedByTag[gold[i]!.tag] = (matchedByTag[gold[i]!.tag] ?? 0) + 1;
  }
  const tags = [...new Set(gold.map((g) => g.tag))];
  const recallByTag =
    tags.length > 1 || (tags.length === 1 && tags[0] !== "")
      ? Object.fromEntries(tags.map((t) => [t, ratio(matchedByTag[t] ?? 0, gold.filter((g) => g.tag === t).length)!]))
      : undefined;
  return {
    category,
    drafts: drafts.length,
    gold: gold.length,
    matched,
    precision: ratio(matched, drafts.length),
    recall: ratio(matched, gold.length),
    ...(recallByTag ? { recallByTag } : {}),
  };
}

function evidenceResolving(doc: ParsedDocument, nodes: DraftNode[]): { total: number; resolving: number } {
  let total = 0;
  let resolving = 0;
  for (const l of nodes.flatMap((n) => n.evidence)) {
    total++;
    try {
      resolveLocator(doc, l);
      resolving++;
    } catch {
      /* counted as not resolving */
    }
  }
  return { total, resolving };
}

async function seedScores(sourcesDir: string) {
  const { document: doc } = await readSourceDocument(sourcesDir, SEED_ID);
  const draft = extractDraft(doc, "zh");
  const curated = JSON.parse(
    await readFile(path.join(ROOT, "graph-seed", "documents", SEED_ID, "nodes.json"), "utf8"),
  ) as {
    nodes: { type: string; evidence: string[]; props: Record<string, unknown> }[];
  };
  const gold = (keep: (n: (typeof curated.nodes)[number]) => boolean): Gold[] =>
    curated.nodes.filter(keep).map((n) => ({
      category: n.type,
      tag: "",
      evidence: n.evidence.map((e) => parseEvidence(e, SEED_ID)!),
    }));
  const types = [...new Set(curated.nodes.map((n) => n.type))].sort();
  const scores = types.map((t) =>
    score(
      t,
      draft.nodes.filter((n) => n.type === t && n.props.kind !== "goal"),
      gold((n) => n.type === t),
    ),
  );
  scores.push(
    score(
      "Measure (heading level)",
      draft.nodes.filter((n) => n.method === "measure-heading"),
      gold((n) => n.type === "Measure" && (n.props.level === "path" || n.props.level === "point")),
    ),
  );
  return {
    document: SEED_ID,
    against: "graph-seed/documents (hand-curated)",
    scores,
    evidence: evidenceResolving(doc, draft.nodes),
    counts: counts(draft.nodes, draft.edges),
  };
}

const RURAL_CATEGORIES: [string, (n: DraftNode) => boolean][] = [
  ["Measure (heading level)", (n) => n.method === "measure-heading"],
  ["Problem", (n) => n.type === "Problem"],
  ["Goal", (n) => n.type === "Indicator" && n.props.kind === "goal"],
  ["Principle", (n) => n.type === "Concept" && n.props.kind === "principle"],
  ["Programme", (n) => n.type === "Programme"],
];
const GOLD_CATEGORY: Record<string, string> = { Measure: "Measure (heading level)" };

async function ruralScores(sourcesDir: string) {
  const { document: doc } = await readSourceDocument(sourcesDir, RURAL_ID);
  const draft = extractDraft(doc, "zh");
  const file = JSON.parse(await readFile(path.join(ROOT, "bench", "gold", `${RURAL_ID}.json`), "utf8")) as {
    items: { category: string; tag: string; evidence: string }[];
  };
  const gold: Gold[] = file.items.map((i) => ({
    category: GOLD_CATEGORY[i.category] ?? i.category,
    tag: i.tag,
    evidence: [parseEvidence(i.evidence, RURAL_ID)!],
  }));
  const scores = RURAL_CATEGORIES.map(([c, keep]) =>
    score(
      c,
      draft.nodes.filter(keep),
      gold.filter((g) => g.category === c),
    ),
  );
  return {
    document: RURAL_ID,
    against: "bench/gold (locators, by hand)",
    scores,
    evidence: evidenceResolving(doc, draft.nodes),
    counts: counts(draft.nodes, draft.edges),
  };
}

function counts(nodes: DraftNode[], edges: { type: string }[]) {
  const by = (xs: { type: string }[]) =>
    Object.fromEntries(
      [...new Set(xs.map((x) => x.type))].sort().map((t) => [t, xs.filter((x) => x.type === t).length]),
    );
  return { nodes: by(nodes), edges: by(edges) };
}

/** Parse + extract time on the first `chars` characters of a text (cut at a line end): cold, then a median. */
async function speed(sourcesDir: string, chars: number) {
  const raw = await readFile(path.join(sourcesDir, `${RURAL_ID}.zh.txt`), "utf8");
  let text = raw;
  while (text.length < chars) text += `\n${raw.split("\n").slice(3).join("\n")}`; // long enough for any size asked
  text = text.slice(0, text.lastIndexOf("\n", chars));
  const once = () => {
    const t0 = performance.now();
    const doc = parseDocument(text, "speed-probe");
    extractDraft(doc, "zh");
    return performance.now() - t0;
  };
  const cold = once();
  const warm = Array.from({ length: 5 }, once).sort((a, b) => a - b);
  return { chars: text.length, coldMs: Math.round(cold), medianMs: Math.round(warm[2]!), maxMs: Math.round(warm[4]!) };
}

export async function runExtractBench(): Promise<void> {
  const { sourcesDir } = loadBaseConfig(process.env);
  const speedRun = await speed(sourcesDir, 20_000); // first, so "cold" includes loading jieba's dictionaries
  const result = {
    command: "npm run bench -- extract",
    at: new Date().toISOString(),
    node: process.version,
    documents: [await seedScores(sourcesDir), await ruralScores(sourcesDir)],
    speed: [speedRun, await speed(sourcesDir, 100_000)],
  };
  const dir = path.join(ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "extract.json"), `${JSON.stringify(result, null, 2)}\n`);
  for (const d of result.documents) {
    console.log(`\n${d.document} against ${d.against}; evidence resolving ${d.evidence.resolving}/${d.evidence.total}`);
    for (const s of d.scores)
      console.log(
        `  ${s.category.padEnd(26)} drafts ${String(s.drafts).padStart(4)}  gold ${String(s.gold).padStart(4)}  P ${s.precision ?? "-"}  R ${s.recall ?? "-"}${s.recallByTag ? `  ${JSON.stringify(s.recallByTag)}` : ""}`,
      );
  }
  console.log(`\nspeed ${JSON.stringify(result.speed)}`);
  await writeExtractSection(path.join(ROOT, "docs", "benchmarks.md"), result);
  console.log("wrote bench/results/extract.json and the Extraction section of docs/benchmarks.md");
}
