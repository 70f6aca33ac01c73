// What made curating the second document slow, each fixed and checked against a real Neo4j: evidence given as a
// phrase and a section hint, accepting a draft under a readable id, merges that carry no draft rule's leftovers,
// an editor's own write budget, and a warning when a name or summary copies the source's text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSourceDocument } from "../../../graph-seed/src/document/index.ts";
import { SOURCES_DIR, testApp, testDriver } from "../_harness.ts";
import { request, UNTHROTTLED } from "../api/_api.ts";
import { DOC, TOKEN, curationFixture, fingerprint, makeDraft, restoreSeed, run, someEvidence } from "./_curation.ts";

const concept = (id: string, evidence: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  type: "Concept",
  document: DOC,
  name: "黑灯工厂",
  nameEn: "Test concept",
  summaryZh: "测试用的节点。",
  summaryEn: "A node made by a test.",
  evidence,
  ...extra,
});

describe("curation: batch curation", () => {
  const f = curationFixture();
  let evidence: string[];
  beforeAll(async () => {
    await restoreSeed(f.driver);
    evidence = await someEvidence(f.driver);
  });
  afterAll(async () => {
    await restoreSeed(f.driver);
    await f.driver.close();
  });

  it("resolves a phrase and a section hint to the locator of its one occurrence, on nodes and edges", async () => {
    const res = await f
      .post("/api/nodes", concept("test-phrase-node", [{ phrase: "黑灯工厂", in: "s1.3" }]))
      .expect(201);
    const [loc] = res.body.node.properties.evidence as string[];
    expect(loc).toMatch(new RegExp(`^${DOC}#s1\\.3\\.p\\d+\\.\\d+@\\d+-\\d+$`));
    // The stored locator is the one the loader resolves, and its span is the phrase.
    const src = await readSourceDocument(SOURCES_DIR, DOC);
    const m = /#(.+)@(\d+)-(\d+)$/.exec(loc!)!;
    const sentence = src.document.sentences.find((s) => s.id === m[1])!;
    expect(Array.from(sentence.text).slice(Number(m[2]), Number(m[3])).join("")).toBe("黑灯工厂");
    const edge = await f
      .post("/api/edges", {
        type: "SUPPORTS",
        source: "test-phrase-node",
        target: "industrial-chain-resilience",
        evidence: [{ phrase: "黑灯工厂" }, evidence[0]],
      })
      .expect(201);
    expect(edge.body.edge.properties.evidence).toEqual([loc, `${DOC}#${evidence[0]}`]);
  });

  it("answers 400 naming the phrase when it is absent, ambiguous, or the hint names nothing, and writes nothing", async () => {
    const before = await fingerprint(f.driver);
    const absent = await f
      .post("/api/nodes", concept("test-phrase-x", [{ phrase: "没有这句话", in: "s1" }]))
      .expect(400);
    expect(absent.body.error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(absent.body.error.details)).toContain("does not occur in s1");
    const ambiguous = await f
      .post("/api/nodes", concept("test-phrase-x", [{ phrase: "产业链", in: "s1" }]))
      .expect(400);
    expect(JSON.stringify(ambiguous.body.error.details)).toMatch(/ambiguous: it occurs \d+ times in s1/);
    const nowhere = await f.post("/api/nodes", concept("test-phrase-x", [{ phrase: "产业链", in: "s99" }])).expect(400);
    expect(JSON.stringify(nowhere.body.error.details)).toContain('no section, paragraph or sentence \\"s99\\"');
    expect(await fingerprint(f.driver)).toEqual(before);
    // `occurrence` picks one of several places.
    const second = await f
      .post(
        "/api/nodes",
        concept("test-phrase-occ", [{ phrase: "产业链", in: "s1", occurrence: 2 }], { name: "产业链" }),
      )
      .expect(201);
    expect(second.body.node.properties.evidence).toHaveLength(1);
  });

  it("accepts a draft node under a readable id: its edges follow, the old id redirects, the change says so", async () => {
    await f.post("/api/nodes", concept("test-hashed-a1b2c3", [evidence[0]])).expect(201);
    await f
      .post("/api/edges", { type: "SUPPORTS", source: "test-hashed-a1b2c3", target: "industrial-chain", evidence })
      .expect(201);
    await makeDraft(f.driver, "test-hashed-a1b2c3");
    await run(f.driver, "MATCH (n:Entity {id: 'test-hashed-a1b2c3'}) SET n.confidence = 0.5, n.method = 'test-rule'");
    const v = (await f.get("/api/nodes/test-hashed-a1b2c3").expect(200)).body.properties.version as number;

    const refused = await f
      .post("/api/review/test-hashed-a1b2c3", { action: "reject", rename: "test-readable", expectedVersion: v })
      .expect(400);
    expect(refused.body.error.message).toContain("rename goes with accepting");
    const taken = await f
      .post("/api/review/test-hashed-a1b2c3", { action: "accept", rename: "industrial-chain", expectedVersion: v })
      .expect(409);
    expect(taken.body.error.message).toContain('a node with id "industrial-chain" exists');

    const ok = await f
      .post("/api/review/test-hashed-a1b2c3", { action: "accept", rename: "test-readable", expectedVersion: v })
      .expect(200);
    expect(ok.body.node.id).toBe("test-readable");
    // Accepted: no status, and the rule's provenance stays only in the change's before-snapshot.
    expect(ok.body.node.properties).not.toHaveProperty("status");
    expect(ok.body.node.properties).not.toHaveProperty("method");
    expect(ok.body.change.before.nodes[0].properties.method).toBe("test-rule");
    expect(ok.body.change.after.redirects).toEqual([{ from: "test-hashed-a1b2c3", to: "test-readable" }]);
    const [moved] = await run(
      f.driver,
      "MATCH (:Entity {id: 'test-readable'})-[r:SUPPORTS]->(:Entity {id: 'industrial-chain'}) RETURN r.id AS id",
    );
    expect(moved!.get("id")).toBe("test-readable--SUPPORTS--industrial-chain");
    expect(await run(f.driver, "MATCH (n:Entity {id: 'test-hashed-a1b2c3'}) RETURN n")).toHaveLength(0);
    const gone = await f.patch("/api/nodes/test-hashed-a1b2c3", { expectedVersion: 1, nameEn: "x" }).expect(404);
    expect(gone.body.error.message).toContain('"test-readable"');
    // The rename is undone like any change: the hashed id comes back with its edge.
    await f.post(`/api/changes/${ok.body.change.id}/undo`, {}).expect(200);
    expect(await run(f.driver, "MATCH (n:Entity {id: 'test-hashed-a1b2c3', status: 'draft'}) RETURN n")).toHaveLength(
      1,
    );
  });

  it("merges a draft without copying its rule's props or provenance, and keeps a draft target a draft", async () => {
    const draftProps = { kind: "keyword-rank", section: "s1" };
    const draft = { status: "draft", confidence: 0.4, method: "concept-keywords", props: draftProps };
    await f.post("/api/nodes", concept("test-merge-draft", [evidence[0]], draft)).expect(201);
    await f
      .post("/api/nodes", concept("test-merge-kept", [evidence[1] ?? evidence[0]], { props: { level: "x" } }))
      .expect(201);
    const merged = await f
      .post("/api/nodes/test-merge-draft/merge", {
        into: "test-merge-kept",
        expectedVersion: 1,
        intoExpectedVersion: 1,
      })
      .expect(200);
    const p = merged.body.node.properties;
    expect(p.level).toBe("x");
    for (const k of ["kind", "section", "status", "confidence", "method"]) expect(p, k).not.toHaveProperty(k);

    await f.post("/api/nodes", concept("test-merge-draft-2", [evidence[0]], draft)).expect(201);
    await f
      .post("/api/nodes", concept("test-merge-draft-3", [evidence[0]], { ...draft, method: "principle" }))
      .expect(201);
    const intoDraft = await f
      .post("/api/nodes/test-merge-draft-2/merge", {
        into: "test-merge-draft-3",
        expectedVersion: 1,
        intoExpectedVersion: 1,
      })
      .expect(200);
    expect(intoDraft.body.node.properties).toMatchObject({ status: "draft", method: "principle", confidence: 0.4 });
  });

  it("keeps an edited draft a draft: an edit is not a review, so the queue still lists it until it is accepted", async () => {
    const draft = { status: "draft", confidence: 0.55, method: "measure-clause" };
    await f.post("/api/nodes", concept("test-edit-draft", [evidence[0]], draft)).expect(201);
    const patched = await f
      .patch("/api/nodes/test-edit-draft", { expectedVersion: 1, nameEn: "Edited while in review" })
      .expect(200);
    expect(patched.body.node.properties).toMatchObject({
      nameEn: "Edited while in review",
      status: "draft",
      confidence: 0.55,
      method: "measure-clause",
    });
    const accepted = await f.post("/api/review/test-edit-draft", { action: "accept", expectedVersion: 2 }).expect(200);
    expect(accepted.body.node.properties).not.toHaveProperty("status");
  });

  it("warns, and still writes, when a name or summary copies 24 or more characters of the source", async () => {
    const src = await readSourceDocument(SOURCES_DIR, DOC);
    const long = src.document.sentences.find((s) => s.role === "body" && s.length > 40)!;
    const copied = Array.from(long.text).slice(0, 30).join("");
    const res = await f
      .post("/api/nodes", concept("test-copy", [evidence[0]], { summaryZh: `概述：${copied}` }))
      .expect(201);
    expect(res.body.warnings).toEqual([
      expect.objectContaining({
        code: "COPIES_SOURCE",
        field: "summaryZh",
        message: expect.stringContaining("30 characters"),
      }),
    ]);
    const v = res.body.node.properties.version as number;
    const fixed = await f.patch("/api/nodes/test-copy", { expectedVersion: v, summaryZh: "自己的话。" }).expect(200);
    expect(fixed.body.warnings).toBeUndefined();
    // 23 characters of the source are a long name, not a copy.
    const short = Array.from(long.text).slice(0, 23).join("");
    const ok = await f.patch("/api/nodes/test-copy", { expectedVersion: v + 1, summaryZh: short }).expect(200);
    expect(ok.body.warnings).toBeUndefined();
  });
});

describe("curation: the editor's write budget", () => {
  const driver = testDriver();
  const app = testApp(driver, {
    rateLimit: { ...UNTHROTTLED.rateLimit!, writes: 3, editorWrites: 50 },
    editor: { token: TOKEN, label: "tester" },
  });
  afterAll(async () => {
    await driver.close();
  });

  it("lets writes with the editor token past the anonymous limit, and keeps token guesses at it", async () => {
    // Ten authorised writes (each refused as a 404 by the handler, so nothing is written) pass the 3-write budget.
    for (let i = 0; i < 10; i++) {
      const res = await request(app)
        .post("/api/review/no-such-node")
        .set({ Authorization: `Bearer ${TOKEN}` })
        .send({ action: "accept", expectedVersion: 1 });
      expect(res.status, `write ${i}`).toBe(404);
    }
    const guesses = [];
    for (let i = 0; i < 4; i++)
      guesses.push(
        (
          await request(app)
            .post("/api/review/no-such-node")
            .set({ Authorization: "Bearer wrong-token-0123456789" })
            .send({})
        ).status,
      );
    expect(guesses).toEqual([401, 401, 401, 429]);
  });
});
