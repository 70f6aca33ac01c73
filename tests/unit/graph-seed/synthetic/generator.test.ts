import { describe, expect, it } from "vitest";
import { NODE_TYPES, REL_TYPES, parseLocator } from "../../../../graph-seed/src/model/types.ts";
import {
  clusteredPlacement,
  degrees,
  generateTopology,
  mulberry32,
  relFor,
  SIZES,
  toSeed,
} from "../../../../graph-seed/src/synthetic/index.ts";

describe("synthetic graphs", () => {
  it("draws the same numbers from the same seed and different ones from another", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it("is deterministic for a seed", () => {
    const a = generateTopology({ ...SIZES["1k"], seed: 42 });
    const b = generateTopology({ ...SIZES["1k"], seed: 42 });
    const c = generateTopology({ ...SIZES["1k"], seed: 43 });
    expect(b.source).toEqual(a.source);
    expect(b.target).toEqual(a.target);
    expect(b.type).toEqual(a.type);
    expect(c.source).not.toEqual(a.source);
    expect(toSeed(b, clusteredPlacement(b))).toEqual(toSeed(a, clusteredPlacement(a)));
  });

  it("makes exactly the nodes and edges asked for, with no duplicate pair and no self-loop", () => {
    const t = generateTopology({ ...SIZES["10k"], seed: 1 });
    expect(t.type.length).toBe(10_000);
    expect(t.source.length).toBe(30_000);
    const pairs = new Set<string>();
    for (let i = 0; i < t.edges; i++) {
      const [a, b] = [t.source[i]!, t.target[i]!].sort((x, y) => x - y);
      expect(a).not.toBe(b);
      pairs.add(`${a}-${b}`);
    }
    expect(pairs.size).toBe(30_000);
  });

  it("has degree skew: a few hubs, every node connected", () => {
    const t = generateTopology({ ...SIZES["10k"], seed: 1 });
    const deg = [...degrees(t)].sort((a, b) => b - a);
    const mean = (2 * t.edges) / t.nodes;
    expect(deg[0]!).toBeGreaterThan(20 * mean);
    const top1 = deg.slice(0, t.nodes / 100).reduce((a, b) => a + b, 0);
    expect(top1 / (2 * t.edges)).toBeGreaterThan(0.05);
    expect(deg[deg.length - 1]!).toBeGreaterThan(0);
  });

  it("uses every node and relationship type, SUPPORTS most, with readable directions", () => {
    const t = generateTopology({ ...SIZES["10k"], seed: 1 });
    const rels = new Map<string, number>();
    for (const r of t.rel) rels.set(REL_TYPES[r]!, (rels.get(REL_TYPES[r]!) ?? 0) + 1);
    expect([...rels.keys()].sort()).toEqual([...REL_TYPES].sort());
    const most = [...rels.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(most).toBe("SUPPORTS");
    expect(new Set(t.type).size).toBe(NODE_TYPES.length);
    const [solves, forward] = relFor(NODE_TYPES.indexOf("Problem"), NODE_TYPES.indexOf("Measure"));
    expect(REL_TYPES[solves]).toBe("SOLVES");
    expect(forward).toBe(false); // the measure solves the problem, not the other way round
  });

  it("produces a seed the loader accepts: ids, evidence locators and positions", () => {
    const t = generateTopology({ ...SIZES["1k"], seed: 3 });
    const seed = toSeed(t, clusteredPlacement(t));
    expect(seed.nodes).toHaveLength(1000);
    expect(seed.edges).toHaveLength(3000);
    const ids = new Set(seed.nodes.map((n) => n.id));
    for (const e of seed.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.id).toBe(`${e.source}--${e.type}--${e.target}`);
    }
    const n0 = seed.nodes[0]!;
    expect(n0.name).toMatch(/^合成.+ 0$/);
    expect(parseLocator(`${n0.evidence[0]!.doc}#${n0.evidence[0]!.sentence}@0-4`)?.doc).toBe(seed.document.id);
    expect(typeof n0.props.x).toBe("number");
    expect(Number.isFinite(n0.props.y as number)).toBe(true);
  });
});
