import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDocument, loadSeed, SEARCH_INDEX, SeedLoadError } from "../../../graph-seed/src/load/index.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";
import { loadRealSeed, neo4jTarget, testDriver, wipeDatabase } from "../_harness.ts";

describe("the seed loader", () => {
  const driver = testDriver();
  const database = () => neo4jTarget().database;

  async function totals() {
    const { records } = await driver.executeQuery(
      "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } " +
        "CALL () { MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS dup } RETURN n, r, dup",
      {},
      { database: database() },
    );
    const r = records[0]!;
    return { nodes: r.get("n").toNumber(), rels: r.get("r").toNumber(), duplicateIds: r.get("dup").toNumber() };
  }

  beforeAll(async () => {
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await loadRealSeed(driver, true);
    await driver.close();
  });

  it("creates the uniqueness constraint, the type index and a cjk full-text index before any data", async () => {
    await loadSeed(driver, fixtureSeed(), { database: database() });
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type, state, options RETURN name, type, state, options.indexConfig['fulltext.analyzer'] AS analyzer",
      {},
      { database: database() },
    );
    const byName = new Map(records.map((r) => [r.get("name") as string, r]));
    expect(byName.get(SEARCH_INDEX)?.get("type")).toBe("FULLTEXT");
    expect(byName.get(SEARCH_INDEX)?.get("analyzer")).toBe("cjk");
    expect(byName.get(SEARCH_INDEX)?.get("state")).toBe("ONLINE");
    const { records: cs } = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type",
      {},
      { database: database() },
    );
    expect(cs.map((r) => r.get("name"))).toContain("entity_id");
  });

  it("loads the same seed twice into the same counts, with no duplicate ids", async () => {
    await loadSeed(driver, fixtureSeed(), { database: database() });
    const first = await totals();
    await loadSeed(driver, fixtureSeed(), { database: database() });
    const second = await totals();
    expect(second).toEqual(first);
    expect(second.duplicateIds).toBe(0);
    // 5 fixture nodes + 1 seed marker; 4 relationships.
    expect(second.nodes).toBe(6);
    expect(second.rels).toBe(4);
  });

  it("survives two loaders of the same seed at once with identical counts", async () => {
    const before = await totals();
    await Promise.all([
      loadSeed(driver, fixtureSeed(), { database: database() }),
      loadSeed(driver, fixtureSeed(), { database: database() }),
    ]);
    expect(await totals()).toEqual(before);
  });

  it("adds a second document without disturbing the first, and removes items a new version drops", async () => {
    await loadSeed(driver, fixtureSeed("other-doc", "ot"), { database: database() });
    const first = await countDocument(driver, database(), "fixture-doc");
    expect(first.nodes).toBe(5);
    const other = await countDocument(driver, database(), "other-doc");
    expect(other.nodes).toBe(5);

    const smaller = fixtureSeed("other-doc", "ot", "2");
    smaller.nodes = smaller.nodes.filter((n) => n.id !== "ot-figure");
    smaller.edges = smaller.edges.filter((e) => e.source !== "ot-figure");
    await loadSeed(driver, smaller, { database: database() });
    expect((await countDocument(driver, database(), "other-doc")).nodes).toBe(4);
    expect(await countDocument(driver, database(), "fixture-doc")).toEqual(first);
  });

  it("survives two first loads of a new document at once with exact counts", async () => {
    const results = await Promise.all([
      loadSeed(driver, fixtureSeed("race-doc", "rc"), { database: database() }),
      loadSeed(driver, fixtureSeed("race-doc", "rc"), { database: database() }),
    ]);
    expect(results.map((r) => r.nodes)).toEqual([5, 5]);
    const counts = await countDocument(driver, database(), "race-doc");
    expect([counts.nodes, counts.relationships]).toEqual([5, 4]);
    expect((await totals()).duplicateIds).toBe(0);
  });

  it("refuses a seed reusing node ids another document holds, naming them, and writes nothing", async () => {
    const before = await totals();
    const owner = await countDocument(driver, database(), "fixture-doc");
    // Same id prefix as fixture-doc: every id collides.
    const err = await loadSeed(driver, fixtureSeed("thief-doc", "fx"), { database: database() }).catch((e) => e);
    expect(err).toBeInstanceOf(SeedLoadError);
    expect(String(err.message)).toMatch(
      /thief-doc: node ids already used by another document: fx-\S+ \(held by fixture-doc\)/,
    );
    expect(await totals()).toEqual(before);
    expect(await countDocument(driver, database(), "fixture-doc")).toEqual(owner);
    const { records } = await driver.executeQuery(
      "MATCH (m:SeedLoad {document: 'thief-doc'}) RETURN count(m) AS c",
      {},
      { database: database() },
    );
    expect(records[0]!.get("c").toNumber()).toBe(0);
  });

  it("moves a node to another document only when the caller allows it", async () => {
    const before = await countDocument(driver, database(), "fixture-doc");
    // The same ids as fixture-doc, allowed to move: the nodes change documents, nothing is duplicated.
    const moved = fixtureSeed("mover-doc", "fx");
    moved.nodes = moved.nodes.filter((n) => n.id === "fx-measure");
    moved.edges = [];
    await loadSeed(driver, moved, {
      database: database(),
      mayTakeOver: (id, owner) => id === "fx-measure" && owner === "fixture-doc",
    });
    expect((await countDocument(driver, database(), "mover-doc")).nodes).toBe(1);
    expect((await countDocument(driver, database(), "fixture-doc")).nodes).toBe(before.nodes - 1);
    expect((await totals()).duplicateIds).toBe(0);
    // Put it back for the tests that follow.
    await driver.executeQuery(
      "MATCH (n:Entity {document: 'mover-doc'}) SET n.document = 'fixture-doc'",
      {},
      { database: database() },
    );
    await driver.executeQuery("MATCH (m:SeedLoad {document: 'mover-doc'}) DELETE m", {}, { database: database() });
  });

  it("removes an edge a new version drops from a document made only of edges between other documents' nodes", async () => {
    const base = fixtureSeed();
    const [a, b, c] = [base.nodes[0]!.id, base.nodes[1]!.id, base.nodes[2]!.id];
    const edge = (source: string, target: string) => ({
      id: `${source}--CAUSES--${target}--links`,
      type: "CAUSES" as const,
      source,
      target,
      evidence: [{ doc: "links-doc", sentence: "s1.p1.1", start: 0, end: 2 }],
      inferred: false,
      whyZh: "",
      whyEn: "",
    });
    const links = {
      ...base,
      document: { ...base.document, id: "links-doc" },
      nodes: [],
      edges: [edge(a, b), edge(b, c)],
    };
    await loadSeed(driver, links, { database: database() });
    expect((await countDocument(driver, database(), "links-doc")).relationships).toBe(2);
    const v2 = { ...links, version: "2", edges: [edge(a, b)] };
    await loadSeed(driver, v2, { database: database() });
    expect((await countDocument(driver, database(), "links-doc")).relationships).toBe(1);
    await driver.executeQuery(
      "MATCH ()-[r {document: 'links-doc'}]->() DELETE r WITH count(*) AS c MATCH (m:SeedLoad {document: 'links-doc'}) DELETE m",
      {},
      { database: database() },
    );
  });

  it("finds a Chinese substring and an English word through the full-text index", async () => {
    const q = async (text: string) => {
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q) YIELD node RETURN collect(node.id) AS ids`,
        { q: text },
        { database: database() },
      );
      return records[0]?.get("ids") as string[];
    };
    expect(await q("韧性")).toContain("fx-resilience");
    expect(await q("resil*")).toContain("fx-resilience");
    expect(await q("measure")).toContain("fx-measure");
  });

  it("loads the real seed of the paper idempotently", async () => {
    await wipeDatabase(driver);
    const first = await loadRealSeed(driver, true);
    const a = await totals();
    const second = await loadRealSeed(driver, true);
    const b = await totals();
    expect(a).toEqual(b);
    expect(b.duplicateIds).toBe(0);
    expect(second.loaded[0]?.nodes).toBe(first.loaded[0]?.nodes);
    expect(first.loaded[0]!.nodes).toBeGreaterThan(50);
    // Unchanged seed: the startup path skips it.
    const third = await loadRealSeed(driver, false);
    expect(third.skipped.length).toBe(first.loaded.length);
  });
});
