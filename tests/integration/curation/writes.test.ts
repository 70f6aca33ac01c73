import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRealSeed } from "../_harness.ts";
import { DOC, LABEL, curationFixture, makeDraft, restoreSeed, run, someEvidence } from "./_curation.ts";

const base = (id: string, evidence: string[]) => ({
  id,
  type: "Concept",
  document: DOC,
  name: "测试概念",
  nameEn: "Test concept",
  summaryZh: "测试用的节点。",
  summaryEn: "A node made by a test.",
  evidence,
});

describe("curation: writes", () => {
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

  it("creates a node at version 1 in the document, stored as the loader stores it, and audits it", async () => {
    const res = await f.post("/api/nodes", { ...base("test-node-a", evidence), comment: "why not" }).expect(201);
    expect(res.body.node.properties).toMatchObject({ id: "test-node-a", document: DOC, version: 1, type: "Concept" });
    expect(res.body.node.properties.evidence[0]).toBe(`${DOC}#${evidence[0]}`);
    expect(res.body.node.properties.aliasesText).toBe("");
    expect(res.body.change).toMatchObject({ op: "node.create", who: LABEL, comment: "why not", documents: [DOC] });
    const [r] = await run(f.driver, "MATCH (n:Entity:Concept {id: 'test-node-a'}) RETURN n.name AS name");
    expect(r!.get("name")).toBe("测试概念");
    const detail = await f.get("/api/nodes/test-node-a").expect(200);
    expect(detail.body.properties.version).toBe(1);
  });

  it("patches fields and props, bumps the version, and answers 409 with the current state on a stale version", async () => {
    const ok = await f
      .patch("/api/nodes/test-node-a", { expectedVersion: 1, nameEn: "Renamed", props: { year: 2020, unit: "%" } })
      .expect(200);
    expect(ok.body.node.properties).toMatchObject({ nameEn: "Renamed", year: 2020, unit: "%", version: 2 });
    const stale = await f.patch("/api/nodes/test-node-a", { expectedVersion: 1, nameEn: "Lost" }).expect(409);
    expect(stale.body.error.code).toBe("CONFLICT");
    expect(stale.body.error.details.current.properties).toMatchObject({ nameEn: "Renamed", version: 2 });
    const removed = await f.patch("/api/nodes/test-node-a", { expectedVersion: 2, props: { unit: null } }).expect(200);
    expect(removed.body.node.properties.unit).toBeUndefined();
    expect(removed.body.node.properties.year).toBe(2020);
  });

  it("lets exactly one of five concurrent edits made against the same version through; the others get 409", async () => {
    await f.post("/api/nodes", base("test-concurrent", evidence)).expect(201);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        f.patch("/api/nodes/test-concurrent", { expectedVersion: 1, summaryEn: `Editor ${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!.body.node.properties.summaryEn;
    expect((await f.get("/api/nodes/test-concurrent")).body.properties).toMatchObject({
      summaryEn: winner,
      version: 2,
    });
  });

  it("creates, retypes, reverses and deletes an edge; a retype gives the new id and carries the version on", async () => {
    await f.post("/api/nodes", base("test-node-b", evidence)).expect(201);
    const made = await f
      .post("/api/edges", { type: "SUPPORTS", source: "test-node-a", target: "test-node-b", evidence })
      .expect(201);
    expect(made.body.edge.id).toBe("test-node-a--SUPPORTS--test-node-b");
    expect(made.body.edge.properties).toMatchObject({ document: DOC, version: 1, inferred: false });
    const retyped = await f
      .patch("/api/edges/test-node-a--SUPPORTS--test-node-b", { expectedVersion: 1, type: "CAUSES", reverse: true })
      .expect(200);
    expect(retyped.body.edge).toMatchObject({ id: "test-node-b--CAUSES--test-node-a", source: "test-node-b" });
    expect(retyped.body.edge.properties.version).toBe(2);
    const [gone] = await run(
      f.driver,
      "RETURN EXISTS { ()-[:SUPPORTS {id: 'test-node-a--SUPPORTS--test-node-b'}]->() } AS x",
    );
    expect(gone!.get("x")).toBe(false);
    const inferredWithoutWhy = await f
      .patch("/api/edges/test-node-b--CAUSES--test-node-a", { expectedVersion: 2, inferred: true })
      .expect(400);
    expect(inferredWithoutWhy.body.error.code).toBe("BAD_REQUEST");
    await f.del("/api/edges/test-node-b--CAUSES--test-node-a", { expectedVersion: 2 }).expect(200);
    const [none] = await run(f.driver, "MATCH (:Entity {id: 'test-node-b'})-[r]-() RETURN count(r) AS c");
    expect(Number(none!.get("c"))).toBe(0);
  });

  it("previews a delete (what it takes along) without writing, then deletes the node with its edges", async () => {
    await f.post("/api/edges", { type: "PART_OF", source: "test-node-b", target: "test-node-a", evidence }).expect(201);
    const preview = await f.del("/api/nodes/test-node-b?dryRun=true", { expectedVersion: 1 }).expect(200);
    expect(preview.body.dryRun).toBe(true);
    expect(preview.body.edgesRemoved.map((e: { id: string }) => e.id)).toEqual(["test-node-b--PART_OF--test-node-a"]);
    const [still] = await run(f.driver, "MATCH (n:Entity {id: 'test-node-b'}) RETURN count(n) AS c");
    expect(Number(still!.get("c"))).toBe(1);
    const done = await f.del("/api/nodes/test-node-b", { expectedVersion: 1, comment: "duplicate" }).expect(200);
    expect(done.body.edgesRemoved).toHaveLength(1);
    expect(done.body.change.before.edges).toHaveLength(1);
    await f.get("/api/nodes/test-node-b").expect(404);
  });

  it("merges a node: evidence, aliases and edges united, and the old id answers the node it went into", async () => {
    const ids = (
      await run(f.driver, "MATCH (n:Entity {document: $d})--() RETURN DISTINCT n.id AS id ORDER BY id LIMIT 2", {
        d: DOC,
      })
    ).map((r) => String(r.get("id")));
    const [other, friend] = ids as [string, string];
    await f.post("/api/nodes", { ...base("test-dup", [evidence[evidence.length - 1]!]), name: "测试重复" }).expect(201);
    await f.post("/api/edges", { type: "SUPPORTS", source: "test-dup", target: friend, evidence }).expect(201);
    await f.post("/api/edges", { type: "SUPPORTS", source: "test-dup", target: "test-node-a", evidence }).expect(201);
    const a = (await f.get("/api/nodes/test-node-a")).body.properties.version as number;
    const merged = await f
      .post("/api/nodes/test-dup/merge", { into: "test-node-a", expectedVersion: 1, intoExpectedVersion: a })
      .expect(200);
    expect(merged.body.node.properties.aliases).toContain("测试重复");
    expect(merged.body.node.properties.evidence).toEqual(expect.arrayContaining(evidence.map((e) => `${DOC}#${e}`)));
    const moved = await run(f.driver, "MATCH (:Entity {id: 'test-node-a'})-[r:SUPPORTS]->(b) RETURN b.id AS id");
    expect(moved.map((r) => r.get("id"))).toEqual([friend]); // the edge to itself was dropped
    const redirected = await f.get("/api/nodes/test-dup").expect(200);
    expect(redirected.body).toMatchObject({ id: "test-node-a", redirectedFrom: "test-dup" });
    const patchOld = await f.patch("/api/nodes/test-dup", { expectedVersion: 1, nameEn: "x" }).expect(404);
    expect(patchOld.body.error.details).toMatchObject({ to: "test-node-a" });
    expect(other).toBeTruthy();
  });

  it("lists the audit trail newest first, by document and by target, paged", async () => {
    const all = await f.get(`/api/changes?document=${DOC}&limit=3`).expect(200);
    expect(all.body.changes).toHaveLength(3);
    expect(all.body.total).toBeGreaterThanOrEqual(10);
    const seqs = all.body.changes.map((c: { id: string }) => Number(c.id));
    expect([...seqs].sort((x, y) => y - x)).toEqual(seqs);
    expect(all.body.changes[0].op).toBe("node.merge");
    const next = await f.get(`/api/changes?document=${DOC}&limit=3&offset=3`).expect(200);
    expect(Number(next.body.changes[0].id)).toBeLessThan(seqs[2]);
    const history = await f.get("/api/changes?target=test-node-b").expect(200);
    expect(history.body.changes.map((c: { op: string }) => c.op)).toEqual([
      "node.delete",
      "edge.create",
      "edge.delete",
      "edge.update",
      "edge.create",
      "node.create",
    ]);
  });

  it("undoes a merge (the merged node, its edges and its id come back) and redoes it by undoing the undo", async () => {
    const last = (await f.get("/api/changes?limit=1")).body.changes[0];
    expect(last.op).toBe("node.merge");
    const undone = await f.post(`/api/changes/${last.id}/undo`, { comment: "oops" }).expect(200);
    expect(undone.body.change).toMatchObject({ op: "undo", undoOf: last.id, comment: "oops" });
    await f
      .get("/api/nodes/test-dup")
      .expect(200)
      .expect((r) => expect(r.body.id).toBe("test-dup"));
    const [e] = await run(f.driver, "MATCH (:Entity {id: 'test-dup'})-[r]->() RETURN count(r) AS c");
    expect(Number(e!.get("c"))).toBe(2);
    // Undoing the merge again is refused: what it wrote is gone.
    const again = await f.post(`/api/changes/${last.id}/undo`, {}).expect(409);
    expect(again.body.error.code).toBe("CONFLICT");
    const redo = await f.post(`/api/changes/${undone.body.change.id}/undo`, {}).expect(200);
    expect(redo.body.change.undoOf).toBe(undone.body.change.id);
    expect((await f.get("/api/nodes/test-dup")).body.redirectedFrom).toBe("test-dup");
  });

  it("refuses to undo a change whose target was edited since, with 409 and the current state", async () => {
    const v = (await f.get("/api/nodes/test-node-a")).body.properties.version as number;
    const edit = await f.patch("/api/nodes/test-node-a", { expectedVersion: v, summaryEn: "First" }).expect(200);
    await f.patch("/api/nodes/test-node-a", { expectedVersion: v + 1, summaryEn: "Second" }).expect(200);
    const res = await f.post(`/api/changes/${edit.body.change.id}/undo`, {}).expect(409);
    expect(res.body.error.details.current.nodes[0].properties.summaryEn).toBe("Second");
  });

  it("reviews drafts: accept drops the status, reject removes the item; the document turns curated when none is left", async () => {
    const [n1, n2] = (
      await run(f.driver, "MATCH (n:Entity {document: $d}) RETURN n.id AS id ORDER BY id LIMIT 2", { d: DOC })
    ).map((r) => String(r.get("id"))) as [string, string];
    const [er] = await run(
      f.driver,
      "MATCH (:Entity {id: $id})-[r]-() WHERE r.version IS NULL RETURN r.id AS id LIMIT 1",
      { id: n2 },
    );
    const edge = String(er!.get("id"));
    await makeDraft(f.driver, n1);
    await makeDraft(f.driver, edge);
    // Any write refreshes the document's status; this one reports it as still in draft.
    const v = (await f.get("/api/nodes/test-node-a")).body.properties.version as number;
    await f.patch("/api/nodes/test-node-a", { expectedVersion: v, summaryEn: "Third" }).expect(200);
    const status = async () =>
      (await run(f.driver, "MATCH (m:SeedLoad {document: $d}) RETURN m.status AS s", { d: DOC }))[0]!.get("s");
    expect(await status()).toBe("draft");
    await run(f.driver, "MATCH (n:Entity {id: $id}) SET n.confidence = 0.9, n.method = 'rule-a'", { id: n1 });
    const queue = await f.get(`/api/review?document=${DOC}`).expect(200);
    expect(queue.body.status).toBe("draft");
    expect(queue.body.drafts.map((d: { id: string }) => d.id)).toEqual([n1, edge]);
    expect(queue.body.drafts[0]).toMatchObject({ kind: "node", confidence: 0.9, method: "rule-a", version: 1 });
    const notDraft = await f.post(`/api/review/${n2}`, { action: "accept", expectedVersion: 1 }).expect(409);
    expect(notDraft.body.error.code).toBe("CONFLICT");
    const accepted = await f.post(`/api/review/${n1}`, { action: "accept", expectedVersion: 1 }).expect(200);
    expect(accepted.body.node.properties.status).toBeUndefined();
    expect(accepted.body.node.properties.version).toBe(2);
    expect(await status()).toBe("draft");
    const rejected = await f.post(`/api/review/${edge}`, { action: "reject", expectedVersion: 1 }).expect(200);
    expect(rejected.body.change.before.edges[0].id).toBe(edge);
    expect(await status()).toBe("curated");
    const done = await f.get(`/api/review?document=${DOC}`).expect(200);
    expect(done.body).toMatchObject({ status: "curated", drafts: [], reviewed: 2 });
    const trail = await f.get(`/api/changes?target=${encodeURIComponent(edge)}`).expect(200);
    expect(trail.body.changes[0]).toMatchObject({ op: "review.reject" });
  });

  it("leaves a reloaded seed exactly as committed (the loader takes the document back)", async () => {
    await loadRealSeed(f.driver, true);
    const [r] = await run(f.driver, "MATCH (n:Entity {id: 'test-node-a'}) RETURN count(n) AS c");
    expect(Number(r!.get("c"))).toBe(0);
  });
});
