// The validator rejects each kind of defect, naming the file, the item and the problem, and nothing else passes.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SeedValidationError, readAllSeeds, readSeed } from "../../../graph-seed/src/seed/index.ts";
import type { SeedIssue } from "../../../graph-seed/src/seed/index.ts";
import { PAPER_ID, documentsDir, sourcesDir } from "./_paths.ts";
import { copySeed, editJson } from "./_seed-copy.ts";

async function issuesOf(run: Promise<unknown>): Promise<SeedIssue[]> {
  const err = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SeedValidationError);
  expect((err as SeedValidationError).code).toBe("SEED_INVALID");
  return (err as SeedValidationError).issues;
}

/** A node of the parsed nodes.json by id: the file's order is the export's canonical order, not the paper's. */
const node = (j: any, id: string) => j.nodes.find((n: { id: string }) => n.id === id);

async function broken(file: "nodes.json" | "edges.json" | "document.json", edit: (j: any) => void) {
  const { seedDir } = await copySeed();
  await editJson(path.join(seedDir, file), edit);
  return issuesOf(readSeed(seedDir, sourcesDir));
}

const NODES = `${PAPER_ID}/nodes.json`;
const EDGES = `${PAPER_ID}/edges.json`;
const DOCUMENT = `${PAPER_ID}/document.json`;

describe("readSeed", () => {
  it("accepts the curated seed of the paper", async () => {
    const seed = await readSeed(path.join(documentsDir, PAPER_ID), sourcesDir);
    expect(seed.document.id).toBe(PAPER_ID);
    expect(seed.nodes.length).toBeGreaterThan(100);
    expect(seed.edges.every((e) => e.id === `${e.source}--${e.type}--${e.target}`)).toBe(true);
  });

  it("readAllSeeds reads every document folder", async () => {
    const seeds = await readAllSeeds(documentsDir, sourcesDir);
    expect(seeds.map((s) => s.document.id)).toContain(PAPER_ID);
  });

  it("rejects malformed JSON", async () => {
    const { seedDir } = await copySeed();
    await writeFile(path.join(seedDir, "edges.json"), '{"edges": [');
    const issues = await issuesOf(readSeed(seedDir, sourcesDir));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: EDGES, item: "(file)", problem: expect.stringMatching(/malformed JSON/) }),
    );
  });

  it("rejects a file that is not UTF-8", async () => {
    const { seedDir } = await copySeed();
    await writeFile(path.join(seedDir, "nodes.json"), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const issues = await issuesOf(readSeed(seedDir, sourcesDir));
    expect(issues).toContainEqual(expect.objectContaining({ file: NODES, problem: expect.stringMatching(/UTF-8/) }));
  });

  it("rejects an unknown node type", async () => {
    const issues = await broken("nodes.json", (j) => (node(j, "sci-tech-innovation").type = "Gadget"));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: NODES, item: expect.stringContaining('node "sci-tech-innovation"') }),
    );
    expect(issues[0]!.item).toContain("type");
  });

  it("rejects a duplicate node id", async () => {
    const issues = await broken("nodes.json", (j) => j.nodes.push({ ...node(j, "sci-tech-innovation") }));
    expect(issues).toContainEqual({
      file: NODES,
      item: 'node "sci-tech-innovation"',
      problem: expect.stringMatching(/duplicate node id/),
    });
  });

  it("rejects a dangling edge endpoint", async () => {
    const issues = await broken("edges.json", (j) => (j.edges[0].target = "no-such-node"));
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: EDGES,
        item: expect.stringContaining("no-such-node"),
        problem: expect.stringMatching(/dangling target/),
      }),
    );
  });

  it("rejects a locator to an unknown sentence and a span out of range", async () => {
    const issues = await broken("nodes.json", (j) => {
      node(j, "sci-tech-innovation").evidence = ["s9.p9.9@0-2"];
      node(j, "industrial-chain-resilience").evidence = ["title@0-999"];
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: NODES,
        item: expect.stringContaining('node "sci-tech-innovation"'),
        problem: expect.stringMatching(/no sentence "s9.p9.9"/),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: NODES,
        item: expect.stringContaining('node "industrial-chain-resilience"'),
        problem: expect.stringMatching(/outside sentence "title"/),
      }),
    );
  });

  it("rejects a node without evidence or with a malformed locator", async () => {
    const issues = await broken("nodes.json", (j) => {
      node(j, "sci-tech-innovation").evidence = [];
      node(j, "industrial-chain-resilience").evidence = ["title:0-3"];
    });
    const items = issues.map((i) => i.item).join("\n");
    expect(items).toMatch(/sci-tech-innovation.*evidence/);
    expect(items).toMatch(/industrial-chain-resilience.*evidence\[0\]/);
  });

  it("rejects a source whose sha256 differs from the one recorded", async () => {
    const issues = await broken("document.json", (j) => (j.sha256 = "0".repeat(64)));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: DOCUMENT, item: "sha256", problem: expect.stringMatching(/sha256/) }),
    );
  });

  it("rejects a node missing nameEn or a summary", async () => {
    const issues = await broken("nodes.json", (j) => {
      delete node(j, "sci-tech-innovation").nameEn;
      node(j, "industrial-chain-resilience").summaryZh = "  ";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: NODES, item: expect.stringMatching(/sci-tech-innovation.*nameEn/) }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: NODES, item: expect.stringMatching(/industrial-chain-resilience.*summaryZh/) }),
    );
  });

  it("rejects an inferred edge without whyZh/whyEn", async () => {
    const issues = await broken("edges.json", (j) => {
      const e = j.edges.find((x: any) => x.inferred);
      e.whyZh = "";
      delete e.whyEn;
    });
    expect(issues.filter((i) => i.file === EDGES && /inferred edge needs why(Zh|En)/.test(i.problem))).toHaveLength(2);
  });

  it("rejects a badly formed node id", async () => {
    const issues = await broken("nodes.json", (j) => (node(j, "sci-tech-innovation").id = "Sci Tech"));
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: NODES,
        item: expect.stringContaining('node "Sci Tech"'),
        problem: expect.stringMatching(/kebab-case/),
      }),
    );
  });

  it("lets an edge point into another loaded folder, and not into one that is not loaded", async () => {
    const { documentsDir: dir, seedDir } = await copySeed();
    const other = path.join(dir, "zz-other");
    await mkdir(other);
    // A second folder reusing the same source under another id would not match its file: it is refused by name.
    await writeFile(
      path.join(other, "document.json"),
      JSON.stringify({
        id: "zz-other",
        file: "zz-other.zh.txt",
        sha256: "0".repeat(64),
        titleEn: "x",
        language: "zh",
        version: "1",
      }),
    );
    await writeFile(path.join(other, "nodes.json"), JSON.stringify({ nodes: [] }));
    await writeFile(path.join(other, "edges.json"), JSON.stringify({ edges: [] }));
    await editJson(path.join(seedDir, "edges.json"), (j) =>
      j.edges.push({
        type: "SUPPORTS",
        source: "sci-tech-innovation",
        target: "node-in-other",
        evidence: ["title@0-2"],
      }),
    );
    // (zz-other's source is absent: a warning, not an issue — the dangling edge is the issue here.)
    const issues = await issuesOf(readAllSeeds(dir, sourcesDir));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: EDGES, problem: expect.stringMatching(/dangling target.*node-in-other/) }),
    );
  });

  it("collects every issue instead of stopping at the first", async () => {
    const issues = await broken("nodes.json", (j) => {
      j.nodes[0].type = "Gadget";
      j.nodes[2].evidence = ["s9.p1.1@0-1"];
      j.nodes.push({ ...j.nodes[3] });
    });
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });
});
