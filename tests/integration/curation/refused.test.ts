// A corpus of writes that must change nothing: unauthorised, malformed, stale, and across documents. The database
// is fingerprinted (every node's and relationship's properties, labels, schema) before and after each attempt.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../_harness.ts";
import { DOC, TOKEN, curationFixture, fingerprint, makeDraft, restoreSeed, run, someEvidence } from "./_curation.ts";

const OTHER = "rural-revitalization-2018";

describe("curation: refused writes change nothing", () => {
  const f = curationFixture();
  const readOnly = testApp(f.driver, { editor: { token: null, label: "editor" } });
  let ev: string[];
  let otherEv: string;
  let a: string;
  let b: string;
  let edge: string;

  beforeAll(async () => {
    await restoreSeed(f.driver);
    ev = await someEvidence(f.driver);
    const [r] = await run(
      f.driver,
      "MATCH (x:Entity {document: $d})-[r]->(y:Entity {document: $d}) RETURN x.id AS a, y.id AS b, r.id AS e ORDER BY e LIMIT 1",
      { d: DOC },
    );
    [a, b, edge] = [String(r!.get("a")), String(r!.get("b")), String(r!.get("e"))];
    // A second document, as a completed load of it would leave it: a marker and one node.
    const sentence = (await f.get(`/api/documents/${OTHER}`).expect(200)).body.sentences[0].id as string;
    otherEv = `${OTHER}#${sentence}@0-2`;
    await run(
      f.driver,
      `MERGE (m:SeedLoad {document: $o}) SET m.completed = true
       MERGE (n:Entity:Concept {id: 'other-node'}) SET n += {type: 'Concept', document: $o, name: '他', nameEn: 'Other',
         summaryZh: '他', summaryEn: 'Other', aliases: [], aliasesText: '', evidence: [$ev]}`,
      { o: OTHER, ev: otherEv },
    );
    // One successful write first, so the audit trail's own nodes exist and the corpus cannot be the first to add them.
    await f.patch(`/api/nodes/${a}`, { expectedVersion: 1, comment: "warm-up" }).expect(200);
    await makeDraft(f.driver, b);
  });
  afterAll(async () => {
    await run(f.driver, "MATCH (n {document: $o}) DETACH DELETE n", { o: OTHER });
    await run(f.driver, "MATCH (m:SeedLoad {document: $o}) DELETE m", { o: OTHER });
    await restoreSeed(f.driver);
    await f.driver.close();
  });

  const node = (over: Record<string, unknown> = {}) => ({
    id: "refused-node",
    type: "Concept",
    document: DOC,
    name: "拒绝",
    nameEn: "Refused",
    summaryZh: "不应写入。",
    summaryEn: "Must not be written.",
    evidence: ev,
    ...over,
  });
  const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
  const wrongSameLength = TOKEN.replace(/.$/, (c) => (c === "f" ? "e" : "f"));

  type Attempt = [name: string, send: () => request.Test, status: number, code: string];
  const corpus = (): Attempt[] => [
    // unauthorised
    ["no token", () => request(f.app).post("/api/nodes").send(node()), 401, "UNAUTHORIZED"],
    [
      "wrong token, same length",
      () => request(f.app).post("/api/nodes").set(bearer(wrongSameLength)).send(node()),
      401,
      "UNAUTHORIZED",
    ],
    [
      "wrong token, shorter",
      () => request(f.app).post("/api/nodes").set(bearer("short")).send(node()),
      401,
      "UNAUTHORIZED",
    ],
    [
      "Basic instead of Bearer",
      () =>
        request(f.app)
          .post("/api/nodes")
          .set({ Authorization: `Basic ${TOKEN}` })
          .send(node()),
      401,
      "UNAUTHORIZED",
    ],
    [
      "token in the query string",
      () => request(f.app).post(`/api/nodes?token=${TOKEN}`).send(node()),
      401,
      "UNAUTHORIZED",
    ],
    [
      "token with a prefix",
      () =>
        request(f.app)
          .post("/api/nodes")
          .set(bearer(`x${TOKEN}`))
          .send(node()),
      401,
      "UNAUTHORIZED",
    ],
    [
      "PATCH node without token",
      () => request(f.app).patch(`/api/nodes/${a}`).send({ expectedVersion: 2, name: "x" }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "DELETE node without token",
      () => request(f.app).delete(`/api/nodes/${a}`).send({ expectedVersion: 2 }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "merge without token",
      () => request(f.app).post(`/api/nodes/${a}/merge`).send({ into: b, expectedVersion: 2, intoExpectedVersion: 1 }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "POST edge without token",
      () => request(f.app).post("/api/edges").send({ type: "SUPPORTS", source: b, target: a, evidence: ev }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "PATCH edge without token",
      () => request(f.app).patch(`/api/edges/${edge}`).send({ expectedVersion: 1, reverse: true }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "DELETE edge without token",
      () => request(f.app).delete(`/api/edges/${edge}`).send({ expectedVersion: 1 }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "review without token",
      () => request(f.app).post(`/api/review/${b}`).send({ action: "reject", expectedVersion: 1 }),
      401,
      "UNAUTHORIZED",
    ],
    ["undo without token", () => request(f.app).post("/api/changes/1/undo").send({}), 401, "UNAUTHORIZED"],
    [
      "a server without an editor token",
      () => request(readOnly).post("/api/nodes").set(bearer(TOKEN)).send(node()),
      401,
      "UNAUTHORIZED",
    ],
    // malformed
    ["unknown field", () => f.post("/api/nodes", node({ colour: "red" })), 400, "BAD_REQUEST"],
    ["id not kebab-case", () => f.post("/api/nodes", node({ id: "Refused Node" })), 400, "BAD_REQUEST"],
    ["type outside the allow-list", () => f.post("/api/nodes", node({ type: "Entity" })), 400, "BAD_REQUEST"],
    ["no evidence", () => f.post("/api/nodes", node({ evidence: [] })), 400, "BAD_REQUEST"],
    [
      "evidence in no sentence",
      () => f.post("/api/nodes", node({ evidence: ["no-such-sentence@0-2"] })),
      400,
      "BAD_REQUEST",
    ],
    [
      "evidence past the sentence's end",
      () => f.post("/api/nodes", node({ evidence: [ev[0]!.replace(/@.*/, "@0-99999")] })),
      400,
      "BAD_REQUEST",
    ],
    [
      "props overriding a loader field",
      () => f.post("/api/nodes", node({ props: { document: OTHER } })),
      400,
      "BAD_REQUEST",
    ],
    [
      "props setting the review status",
      () => f.patch(`/api/nodes/${a}`, { expectedVersion: 2, props: { status: "curated" } }),
      400,
      "BAD_REQUEST",
    ],
    ["props with an object value", () => f.post("/api/nodes", node({ props: { x: { y: 1 } } })), 400, "BAD_REQUEST"],
    [
      "body not JSON",
      () => request(f.app).post("/api/nodes").set(bearer(TOKEN)).set("Content-Type", "application/json").send("{nope"),
      400,
      "BAD_REQUEST",
    ],
    ["body over the limit", () => f.post("/api/nodes", node({ summaryEn: "x".repeat(70_000) })), 413, "TOO_LARGE"],
    ["patch without expectedVersion", () => f.patch(`/api/nodes/${a}`, { name: "x" }), 400, "BAD_REQUEST"],
    ["patch at a stale version", () => f.patch(`/api/nodes/${a}`, { expectedVersion: 1, name: "x" }), 409, "CONFLICT"],
    ["delete at a stale version", () => f.del(`/api/nodes/${a}`, { expectedVersion: 1 }), 409, "CONFLICT"],
    ["create over an existing id", () => f.post("/api/nodes", node({ id: a })), 409, "CONFLICT"],
    [
      "create in a document never loaded",
      () => f.post("/api/nodes", node({ document: "no-such-document" })),
      404,
      "NOT_FOUND",
    ],
    [
      "edge to itself",
      () => f.post("/api/edges", { type: "SUPPORTS", source: a, target: a, evidence: ev }),
      400,
      "BAD_REQUEST",
    ],
    [
      "edge of an unknown type",
      () => f.post("/api/edges", { type: "LIKES", source: a, target: b, evidence: ev }),
      400,
      "BAD_REQUEST",
    ],
    [
      "edge to a missing node",
      () => f.post("/api/edges", { type: "SUPPORTS", source: a, target: "no-such-node", evidence: ev }),
      404,
      "NOT_FOUND",
    ],
    [
      "inferred edge without why",
      () => f.post("/api/edges", { type: "CAUSES", source: b, target: a, evidence: ev, inferred: true }),
      400,
      "BAD_REQUEST",
    ],
    [
      "edge that exists",
      () => f.post("/api/edges", { type: edge.split("--")[1], source: a, target: b, evidence: ev }),
      409,
      "CONFLICT",
    ],
    [
      "retype onto an existing edge id",
      () => f.patch(`/api/edges/${edge}`, { expectedVersion: 1, type: "NOPE" }),
      400,
      "BAD_REQUEST",
    ],
    [
      "merge into itself",
      () => f.post(`/api/nodes/${a}/merge`, { into: a, expectedVersion: 2, intoExpectedVersion: 2 }),
      400,
      "BAD_REQUEST",
    ],
    [
      "merge at a stale version",
      () => f.post(`/api/nodes/${b}/merge`, { into: a, expectedVersion: 1, intoExpectedVersion: 1 }),
      409,
      "CONFLICT",
    ],
    [
      "review of an item that is no draft",
      () => f.post(`/api/review/${a}`, { action: "accept", expectedVersion: 2 }),
      409,
      "CONFLICT",
    ],
    [
      "review with an unknown action",
      () => f.post(`/api/review/${b}`, { action: "approve", expectedVersion: 1 }),
      400,
      "BAD_REQUEST",
    ],
    ["undo of a change that does not exist", () => f.post("/api/changes/999999/undo", {}), 404, "NOT_FOUND"],
    [
      "a write through the Cypher console",
      () =>
        request(f.app)
          .post("/api/cypher")
          .send({ query: "MATCH (n:Entity {id: $id}) SET n.name = 'x'", params: { id: a } }),
      403,
      "READ_ONLY",
    ],
    [
      "erasing the audit trail through the console",
      () => request(f.app).post("/api/cypher").send({ query: "MATCH (c:Change) DETACH DELETE c" }),
      403,
      "READ_ONLY",
    ],
    // across documents
    [
      "edge between two documents",
      () => f.post("/api/edges", { type: "SUPPORTS", source: a, target: "other-node", evidence: ev }),
      403,
      "FORBIDDEN",
    ],
    [
      "edge filed under another document",
      () => f.post("/api/edges", { type: "SUPPORTS", source: b, target: a, evidence: ev, document: OTHER }),
      403,
      "FORBIDDEN",
    ],
    [
      "edge evidenced in another document",
      () => f.post("/api/edges", { type: "SUPPORTS", source: b, target: a, evidence: [otherEv] }),
      403,
      "FORBIDDEN",
    ],
    [
      "merge across documents",
      () => f.post("/api/nodes/other-node/merge", { into: a, expectedVersion: 1, intoExpectedVersion: 2 }),
      403,
      "FORBIDDEN",
    ],
    ["node evidenced in another document", () => f.post("/api/nodes", node({ evidence: [otherEv] })), 403, "FORBIDDEN"],
    [
      "patch moving evidence to another document",
      () => f.patch(`/api/nodes/${a}`, { expectedVersion: 2, evidence: [otherEv] }),
      403,
      "FORBIDDEN",
    ],
    [
      "patch changing the document",
      () => f.patch(`/api/nodes/${a}`, { expectedVersion: 2, document: OTHER }),
      400,
      "BAD_REQUEST",
    ],
  ];

  it("answers each attempt of the corpus with its error code, and the database is unchanged after every one", async () => {
    const list = corpus();
    expect(list.length).toBeGreaterThanOrEqual(20);
    const before = await fingerprint(f.driver);
    const failures: string[] = [];
    for (const [name, send, status, code] of list) {
      const res = await send();
      if (res.status !== status || res.body?.error?.code !== code)
        failures.push(`${name}: ${res.status} ${JSON.stringify(res.body?.error ?? res.body)}`);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|bolt:\/\//);
      const after = await fingerprint(f.driver);
      if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${name}: changed the database`);
    }
    expect(failures).toEqual([]);
  });

  it("allows the cross-document edge when asked explicitly, audited under its document and in both endpoints' history", async () => {
    const res = await f
      .post("/api/edges", { type: "SUPPORTS", source: a, target: "other-node", evidence: ev, allowCrossDocument: true })
      .expect(201);
    expect(res.body.change.documents).toEqual([DOC]);
    expect(res.body.edge.properties.document).toBe(DOC);
    await f
      .get(`/api/changes?target=other-node`)
      .expect(200)
      .expect((r) => expect(r.body.total).toBe(1));
  });

  it("throttles writes with 429 RATE_LIMITED, guesses at the token included", async () => {
    const limited = curationFixture(2);
    try {
      await request(limited.app).post("/api/nodes").send({}).expect(401);
      await request(limited.app).post("/api/nodes").set(bearer("guess-guess-guess")).send({}).expect(401);
      const guess = await request(limited.app).post("/api/nodes").set(bearer("guess-guess-guess")).send({}).expect(429);
      expect(guess.body.error.code).toBe("RATE_LIMITED");
      // The editor's writes have a budget of their own (here the same size): guesses do not lock the editor out,
      // and the editor is throttled too. (A review of a node that does not exist writes nothing: 404.)
      const review = { action: "accept", expectedVersion: 1 };
      await limited.post("/api/review/no-such-node", review).expect(404);
      await limited.post("/api/review/no-such-node", review).expect(404);
      const res = await limited.post("/api/review/no-such-node", review).expect(429);
      expect(res.body.error.code).toBe("RATE_LIMITED");
    } finally {
      await limited.driver.close();
    }
  });
});
