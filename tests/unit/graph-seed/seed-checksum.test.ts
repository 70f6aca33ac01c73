// The seed checksum decides whether `npm start` reloads a document: it must change with anything the loader
// writes and stay equal otherwise.
import { describe, expect, it } from "vitest";
import { seedChecksum } from "../../../graph-seed/src/load/load-seed.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";

describe("seedChecksum", () => {
  it("is equal for equal seeds and changes with a node, an edge, the version or the document", () => {
    const base = seedChecksum(fixtureSeed());
    expect(seedChecksum(fixtureSeed())).toBe(base);
    const node = fixtureSeed();
    node.nodes[0]!.summaryEn += ".";
    const edge = fixtureSeed();
    edge.edges[0]!.whyEn = "another reading";
    const sums = [seedChecksum(node), seedChecksum(edge), seedChecksum(fixtureSeed("fixture-doc", "fx", "2"))];
    sums.push(seedChecksum(fixtureSeed("other-doc")));
    expect(new Set([base, ...sums]).size).toBe(5);
  });

  it("hashes a seed whose JSON would pass V8's maximum string length, item by item", () => {
    // ~600 MB of JSON if stringified at once (the limit is ~512 MB): one shared node object keeps this cheap.
    const seed = fixtureSeed();
    const big = { ...seed.nodes[0]!, summaryEn: "x".repeat(60_000) };
    const huge = { ...seed, nodes: Array.from({ length: 10_000 }, () => big) };
    expect(seedChecksum(huge)).toMatch(/^[0-9a-f]{32}$/);
  });
});
