// Batch accept (POST /api/documents/:id/review) and review progress: one transaction and one audited change that
// one undo takes back; "n of m reviewed" goes down again when a reject or a batch is undone, up when redone; the
// refused batches (no token, wrong token, bad body, unknown document, nothing matching) change nothing.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOC, curationFixture, fingerprint, restoreSeed, run } from "./_curation.ts";

describe("curation: batch accept and review progress", () => {
  const f = curationFixture();
  let ids: string[];
  let edge: string;
  const queue = async () =>
    (await f.get(`/api/review?document=${DOC}`).expect(200)).body as {
      status: string;
      drafts: { id: string; version: number }[];
      reviewed: number;
    };
  const status = async () =>
    (await run(f.driver, "MATCH (m:SeedLoad {document: $d}) RETURN m.status AS s", { d: DOC }))[0]!.get("s");

  beforeAll(async () => {
    await restoreSeed(f.driver);
    // Four drafts: three nodes of rule-a at 0.9, 0.7, 0.4 and one edge of rule-b at 0.8.
    ids = (
      await run(f.driver, "MATCH (n:Entity {document: $d}) RETURN n.id AS id ORDER BY id LIMIT 3", { d: DOC })
    ).map((r) => String(r.get("id")));
    for (const [i, c] of [0.9, 0.7, 0.4].entries())
      await run(f.driver, "MATCH (n:Entity {id: $id}) SET n.status = 'draft', n.confidence = $c, n.method = 'rule-a'", {
        id: ids[i],
        c,
      });
    const [r] = await run(
      f.driver,
      "MATCH (a:Entity {document: $d})-[r]->(b:Entity {document: $d}) WHERE NOT a.id IN $ids AND NOT b.id IN $ids RETURN r.id AS id ORDER BY id LIMIT 1",
      { d: DOC, ids },
    );
    edge = String(r!.get("id"));
    await run(f.driver, "MATCH ()-[r {id: $id}]->() SET r.status = 'draft', r.confidence = 0.8, r.method = 'rule-b'", {
      id: edge,
    });
    // One write first, so the audit trail's own nodes and constraint exist before the refused corpus runs.
    // (Not on a draft: a patch rebuilds the node from its seed fields, which carry no draft status.)
    const [other] = await run(f.driver, "MATCH (n:Entity {document: $d}) RETURN n.id AS id ORDER BY id DESC LIMIT 1", {
      d: DOC,
    });
    await f.patch(`/api/nodes/${String(other!.get("id"))}`, { expectedVersion: 1, comment: "warm-up" }).expect(200);
  });
  afterAll(async () => {
    await restoreSeed(f.driver);
    await f.driver.close();
  });

  it("refuses batches without the token, with a bad body, for an unknown document or matching nothing, changing nothing", async () => {
    const before = await fingerprint(f.driver);
    const url = `/api/documents/${DOC}/review`;
    const attempts: [string, () => request.Test, number, string][] = [
      ["no token", () => request(f.app).post(url).send({ action: "accept", method: "rule-a" }), 401, "UNAUTHORIZED"],
      [
        "wrong token",
        () =>
          request(f.app).post(url).set({ Authorization: "Bearer nope" }).send({ action: "accept", method: "rule-a" }),
        401,
        "UNAUTHORIZED",
      ],
      ["neither rule nor confidence", () => f.post(url, { action: "accept" }), 400, "BAD_REQUEST"],
      ["reject is not batched", () => f.post(url, { action: "reject", method: "rule-a" }), 400, "BAD_REQUEST"],
      ["confidence above 1", () => f.post(url, { action: "accept", minConfidence: 2 }), 400, "BAD_REQUEST"],
      ["rule not kebab-case", () => f.post(url, { action: "accept", method: "Rule A" }), 400, "BAD_REQUEST"],
      ["unknown field", () => f.post(url, { action: "accept", method: "rule-a", ids }), 400, "BAD_REQUEST"],
      [
        "unknown document",
        () => f.post("/api/documents/no-such-doc/review", { action: "accept", method: "rule-a" }),
        404,
        "NOT_FOUND",
      ],
      ["no draft matches", () => f.post(url, { action: "accept", method: "rule-z" }), 404, "NOT_FOUND"],
    ];
    const failures: string[] = [];
    for (const [name, send, code, errorCode] of attempts) {
      const res = await send();
      if (res.status !== code || res.body?.error?.code !== errorCode)
        failures.push(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
      if (JSON.stringify(await fingerprint(f.driver)) !== JSON.stringify(before)) failures.push(`${name}: wrote`);
    }
    expect(failures).toEqual([]);
    expect((await queue()).reviewed).toBe(0);
  });

  it("counts a reject as reviewed, and no longer once it is undone; a redo counts it again", async () => {
    const q = await queue();
    expect(q.drafts.length).toBe(4);
    const low = q.drafts.find((d) => d.id === ids[2])!;
    const rejected = await f
      .post(`/api/review/${low.id}`, { action: "reject", expectedVersion: low.version })
      .expect(200);
    expect(await queue()).toMatchObject({ reviewed: 1 });
    expect((await queue()).drafts.length).toBe(3);
    const undone = await f.post(`/api/changes/${rejected.body.change.id}/undo`, {}).expect(200);
    const back = await queue();
    expect(back.reviewed).toBe(0);
    expect(back.drafts.map((d) => d.id)).toContain(ids[2]);
    // Redo (the undo of the undo): the reject stands again.
    const redone = await f.post(`/api/changes/${undone.body.change.id}/undo`, {}).expect(200);
    expect((await queue()).reviewed).toBe(1);
    // Undo of the redo: back once more, so 126 of 240 never drifts from what stands.
    await f.post(`/api/changes/${redone.body.change.id}/undo`, {}).expect(200);
    expect((await queue()).reviewed).toBe(0);
  });

  it("accepts by rule and above a confidence in one audited change, and one undo takes the whole batch back", async () => {
    const countChanges = async () =>
      Number((await run(f.driver, "MATCH (c:Change) RETURN count(c) AS n"))[0]!.get("n"));
    const changesBefore = await countChanges();
    const res = await f
      .post(`/api/documents/${DOC}/review`, { action: "accept", method: "rule-a", minConfidence: 0.5, comment: "sure" })
      .expect(200);
    expect(res.body.accepted).toEqual([ids[0], ids[1]].sort());
    expect(res.body.change).toMatchObject({ op: "review.batch", targetId: DOC, comment: "sure", documents: [DOC] });
    expect(await countChanges()).toBe(changesBefore + 1);
    let q = await queue();
    expect(q.drafts.map((d) => d.id).sort()).toEqual([edge, ids[2]].sort());
    expect(q.reviewed).toBe(2);
    const [accepted] = await run(
      f.driver,
      "MATCH (n:Entity {id: $id}) RETURN n.status AS s, n.version AS v, n.confidence AS c, n.method AS m",
      {
        id: ids[0],
      },
    );
    expect(accepted!.get("s")).toBeNull();
    // As a single accept: the rule's confidence and method leave the item (the change keeps them).
    expect([accepted!.get("c"), accepted!.get("m")]).toEqual([null, null]);
    expect(Number(accepted!.get("v"))).toBe(2);

    await f.post(`/api/changes/${res.body.change.id}/undo`, {}).expect(200);
    q = await queue();
    expect(q.drafts.length).toBe(4);
    expect(q.reviewed).toBe(0);
    expect(await status()).toBe("draft");
  });

  it("accepts everything at or above a confidence, nodes and edges, and the document becomes curated", async () => {
    const res = await f.post(`/api/documents/${DOC}/review`, { action: "accept", minConfidence: 0 }).expect(200);
    expect(res.body.accepted).toEqual([...[...ids].sort(), edge]);
    const q = await queue();
    expect(q).toMatchObject({ status: "curated", drafts: [], reviewed: 4 });
    expect(await status()).toBe("curated");
    const [e] = await run(f.driver, "MATCH ()-[r {id: $id}]->() RETURN r.status AS s", { id: edge });
    expect(e!.get("s")).toBeNull();
  });
});
