// Data-quality rules over the second curated graph (rural revitalization, 2018), checked against the document read
// at run time. The expected structure — twelve parts, the titled points of each action part, the five problems
// listed in part 一, the three dated stages — is the curator's reading of the document, typed as facts.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveLocator, type ParsedDocument } from "../../../graph-seed/src/document/index.ts";
import type { SeedEdge, SeedNode } from "../../../graph-seed/src/model/seed.ts";
import { checkSeedQuality, readSeedFolders, type ValidatedSeed } from "../../../graph-seed/src/seed/index.ts";
import { documentsDir, sourcesDir } from "./_paths.ts";

const RURAL = "rural-revitalization-2018";
const ARGUMENT = "rural-revitalization-strategy";

let seed: ValidatedSeed;
let doc: ParsedDocument;
let byId: Map<string, SeedNode>;
const has = (type: string, source: string, target: string) =>
  seed.edges.some((e) => e.type === type && e.source === source && e.target === target);

beforeAll(async () => {
  const bundle = await readSeedFolders([path.join(documentsDir, RURAL)], sourcesDir);
  seed = bundle.seeds[0]!;
  doc = bundle.documents.get(RURAL)!;
  byId = new Map(seed.nodes.map((n) => [n.id, n]));
});

describe("the curated graph of the rural revitalization opinions", () => {
  it("resolves every locator of every node and edge, and every node's span names it", () => {
    for (const item of [...seed.nodes, ...seed.edges])
      for (const l of item.evidence) expect(() => resolveLocator(doc, l)).not.toThrow();
    const unnamed = checkSeedQuality([seed], new Map([[RURAL, doc]])).filter((i) => i.problem.includes("span"));
    expect(unnamed).toEqual([]);
  });

  it("holds every titled point of the action parts 三–十二, each PART_OF its part, evidenced by its own heading", () => {
    const actionParts = doc.sections.filter((s) => s.level === "part" && s.ordinal >= 3);
    expect(actionParts).toHaveLength(10);
    const parts = seed.nodes.filter((n) => n.type === "Measure" && n.props.level === "part");
    expect(parts.map((n) => n.props.partNo).sort((a, b) => Number(a) - Number(b))).toEqual(
      actionParts.map((s) => s.ordinal),
    );
    const measures = seed.nodes.filter((n) => n.type === "Measure" && n.props.level === "measure");
    // Every titled sub-section of an action part is a measure, and nothing else is.
    const titled = actionParts.flatMap((p) => p.childIds);
    expect(measures.map((m) => m.props.section).sort()).toEqual([...titled].sort());
    for (const m of measures) {
      const part = parts.find((p) => p.props.partNo === m.props.partNo)!;
      expect(has("PART_OF", m.id, part.id), m.id).toBe(true);
      expect(m.evidence[0]!.sentence).toBe(`${m.props.section}.h`);
    }
  });

  it("holds the problem list of part 一: the root, its five problems, and their shortfalls", () => {
    const root = byId.get("problem-rural-imbalance")!;
    expect(root.type).toBe("Problem");
    const problems = seed.nodes.filter((n) => n.type === "Problem" && n.props.level === "problem");
    expect(problems.map((n) => n.props.problem).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const p of problems) {
      expect(has("PART_OF", p.id, root.id), p.id).toBe(true);
      // The list sits in one sentence of part 一, and each problem is cited there.
      expect(p.evidence.map((l) => l.sentence)).toContain(root.evidence[0]!.sentence);
    }
    const shortfalls = seed.nodes.filter((n) => n.type === "Problem" && n.props.level === "shortfall");
    expect(shortfalls.length).toBeGreaterThanOrEqual(problems.length);
    for (const s of shortfalls) {
      const parent = problems.find((p) => p.props.problem === s.props.problem)!;
      expect(has("PART_OF", s.id, parent.id), s.id).toBe(true);
    }
    // Every problem and shortfall of the list, and every named problem, is solved by something.
    for (const p of seed.nodes.filter((n) => n.type === "Problem")) {
      const solved = seed.edges.some(
        (e) => e.type === "SOLVES" && (e.target === p.id || has("PART_OF", e.target, p.id)),
      );
      expect(solved, p.id).toBe(true);
    }
  });

  it("holds the dated goals of 2020, 2035 and 2050 with value, unit and year, measuring the strategy", () => {
    const goals = seed.nodes.filter((n) => n.type === "Indicator" && n.props.kind === "goal");
    for (const year of [2020, 2035, 2050]) {
      const ofYear = goals.filter((g) => g.props.year === year);
      expect(ofYear.length, String(year)).toBeGreaterThan(0);
      for (const g of ofYear) {
        expect(typeof g.props.value, g.id).toBe("number");
        expect(String(g.props.unit ?? ""), g.id).not.toBe("");
        // A dated goal is cited in the goals sub-section of part 二.
        expect(g.evidence[0]!.sentence.startsWith("s2.2."), g.id).toBe(true);
      }
      const stage = ofYear.find((g) => g.props.stage);
      expect(stage && has("MEASURES", stage.id, ARGUMENT), `${year} stage goal measures the strategy`).toBe(true);
    }
  });

  it("holds the seven principles, each supporting the strategy", () => {
    const principles = seed.nodes.filter((n) => n.props.kind === "principle");
    expect(principles).toHaveLength(doc.sections.find((s) => s.id === "s2.3")!.paragraphIds.length);
    for (const p of principles) expect(has("SUPPORTS", p.id, ARGUMENT), p.id).toBe(true);
  });

  it("holds the named programmes, each part of the measure whose paragraph deploys it", () => {
    const programmes = seed.nodes.filter((n) => n.type === "Programme");
    expect(programmes.length).toBeGreaterThanOrEqual(40);
    for (const p of programmes) {
      const parent = seed.edges.find((e) => e.type === "PART_OF" && e.source === p.id)!;
      expect(parent, p.id).toBeDefined();
      const measure = byId.get(parent.target)!;
      expect(measure.type).toBe("Measure");
      expect(p.evidence[0]!.sentence.startsWith(`${String(measure.props.section)}.`), p.id).toBe(true);
    }
  });

  it("ties measures to problems: enough SOLVES, a floor of stated ones, every inferred one with its reasons", () => {
    const solves = seed.edges.filter((e) => e.type === "SOLVES");
    const stated = solves.filter((e) => !e.inferred);
    // Floors, not counts: one tie per titled measure at least, and a fifth of them stated in so many words — the
    // document names problems in its own measures' sentences (解决/破解/弥合/补齐/整治…) about that often.
    const measures = seed.nodes.filter((n) => n.type === "Measure" && n.props.level === "measure");
    expect(solves.length).toBeGreaterThanOrEqual(measures.length);
    expect(stated.length / solves.length).toBeGreaterThanOrEqual(0.2);
    for (const e of solves.filter((x) => x.inferred)) {
      expect(e.whyZh.length, e.source).toBeGreaterThan(0);
      expect(e.whyEn.length, e.source).toBeGreaterThan(0);
    }
    // Measures that reach no problem are the ones of part 十二 that build the Party's capacity to lead (regulations,
    // law, public climate): the document names no problem they answer.
    const quality = checkSeedQuality([seed], new Map([[RURAL, doc]]));
    const unsolved = quality.filter((i) => i.problem.startsWith("Measure reaches no Problem")).map((i) => i.item);
    expect(unsolved.sort()).toEqual([
      "m-12-2-rural-work-regulations",
      "m-12-5-legal-guarantee",
      "m-12-6-public-climate",
    ]);
    // The root problem is solved by the strategy itself, as part 一 says: stated.
    const root = solves.find((e) => e.target === "problem-rural-imbalance");
    expect(root).toMatchObject({ source: ARGUMENT, inferred: false });
  });

  it("has no island: every node reaches the argument, with English names and no draft left", () => {
    const adjacent = new Map<string, string[]>();
    const link = (a: string, b: string) => adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
    for (const e of seed.edges as SeedEdge[]) {
      link(e.source, e.target);
      link(e.target, e.source);
    }
    const reached = new Set([ARGUMENT]);
    for (const queue = [ARGUMENT]; queue.length > 0;)
      for (const next of adjacent.get(queue.pop()!) ?? [])
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
    expect(seed.nodes.filter((n) => !reached.has(n.id)).map((n) => n.id)).toEqual([]);
    for (const n of seed.nodes) {
      expect(n.status, n.id).toBeUndefined();
      expect(/[a-z]/i.test(n.nameEn), n.id).toBe(true);
      expect(n.id).not.toMatch(/^rural-revitalization-2018-/);
    }
  });
});
