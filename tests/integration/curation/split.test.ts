// POST /api/nodes/:id/split: a new node takes part of a node's evidence and the edges named, re-pointed; one
// audited change that one undo takes back; every refused split (no token, stale, not its evidence or edges, all of
// its evidence, a taken id, malformed) changes nothing.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOC, curationFixture, fingerprint, restoreSeed, run } from "./_curation.ts";

const NODE = "split-source";
const NEW = "split-part";

describe("curation: split a node", () => {
  const f = curationFixture();
  let ev: string[];
  let others: string[];
  const edgeA = () => `${NODE}--SUPPORTS--${others[0]}`;
  const edgeB = () => `${others[1]}--SUPPORTS--${NODE}`;
  const body = (over: Record<string, unknown> = {}) => ({
    into: { id: NEW, name: "拆出", nameEn: "Split part", summaryZh: "拆出的部分。", summaryEn: "The part split off." },
    evidence: [ev[1]],
    edges: [edgeA()],
    expectedVersion: 1,
    ...over,
  });

  beforeAll(async () => {
    await restoreSeed(f.driver);
    const [two] = await run(
      f.driver,
      "MATCH (n:Entity {document: $d}) WHERE size(n.evidence) >= 2 RETURN n.evidence[0..2] AS e ORDER BY n.id LIMIT 1",
      { d: DOC },
    );
    ev = (two!.get("e") as string[]).map((l) => l.replace(`${DOC}#`, ""));
    others = (
      await run(f.driver, "MATCH (n:Entity {document: $d}) RETURN n.id AS id ORDER BY id LIMIT 2", { d: DOC })
    ).map((r) => String(r.get("id")));
    await f
      .post("/api/nodes", {
        id: NODE,
        type: "Concept",
        document: DOC,
        name: "拆分源",
        nameEn: "Split source",
        summaryZh: "将被拆分。",
        summaryEn: "To be split.",
        evidence: ev.slice(0, 2),
      })
      .expect(201);
    await f.post("/api/edges", { type: "SUPPORTS", source: NODE, target: others[0], evidence: [ev[1]] }).expect(201);
    await f.post("/api/edges", { type: "SUPPORTS", source: others[1], target: NODE, evidence: [ev[0]] }).expect(201);
  });
  afterAll(async () => {
    await restoreSeed(f.driver);
    await f.driver.close();
  });

  it("refuses bad splits with their codes and changes nothing", async () => {
    const before = await fingerprint(f.driver);
    const url = `/api/nodes/${NODE}/split`;
    const attempts: [string, () => request.Test, number, string][] = [
      ["no token", () => request(f.app).post(url).send(body()), 401, "UNAUTHORIZED"],
      ["stale version", () => f.post(url, body({ expectedVersion: 7 })), 409, "CONFLICT"],
      ["unknown node", () => f.post("/api/nodes/no-such-node/split", body()), 404, "NOT_FOUND"],
      [
        "evidence not the node's",
        () => f.post(url, body({ evidence: [`${ev[0]!.split("@")[0]}@0-1`] })),
        400,
        "BAD_REQUEST",
      ],
      ["all of its evidence", () => f.post(url, body({ evidence: ev.slice(0, 2) })), 400, "BAD_REQUEST"],
      ["no evidence", () => f.post(url, body({ evidence: [] })), 400, "BAD_REQUEST"],
      [
        "an edge not the node's",
        () => f.post(url, body({ edges: [`${others[0]}--SUPPORTS--${others[1]}`] })),
        400,
        "BAD_REQUEST",
      ],
      ["its own id", () => f.post(url, body({ into: { ...body().into, id: NODE } })), 400, "BAD_REQUEST"],
      ["a taken id", () => f.post(url, body({ into: { ...body().into, id: others[0] } })), 409, "CONFLICT"],
      ["a malformed id", () => f.post(url, body({ into: { ...body().into, id: "Not Kebab" } })), 400, "BAD_REQUEST"],
      ["an empty name", () => f.post(url, body({ into: { ...body().into, name: " " } })), 400, "BAD_REQUEST"],
      ["an unknown field", () => f.post(url, { ...body(), document: DOC }), 400, "BAD_REQUEST"],
    ];
    const failures: string[] = [];
    for (const [name, send, status, code] of attempts) {
      const res = await send();
      if (res.status !== status || res.body?.error?.code !== code)
        failures.push(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
      if (JSON.stringify(await fingerprint(f.driver)) !== JSON.stringify(before)) failures.push(`${name}: wrote`);
    }
    expect(failures).toEqual([]);
  });

  it("moves the chosen evidence and edges to a new node in one audited change", async () => {
    const res = await f.post(`/api/nodes/${NODE}/split`, { ...body(), comment: "two ideas" }).expect(201);
    expect(res.body.change).toMatchObject({ op: "node.split", targetId: NODE, comment: "two ideas", documents: [DOC] });
    expect(res.body.node.properties).toMatchObject({
      id: NEW,
      type: "Concept",
      name: "拆出",
      version: 1,
      evidence: [`${DOC}#${ev[1]}`],
    });
    const kept = (await f.get(`/api/nodes/${NODE}`).expect(200)).body;
    expect(kept.properties).toMatchObject({ version: 2, evidence: [`${DOC}#${ev[0]}`] });
    const moved = `${NEW}--SUPPORTS--${others[0]}`;
    expect((await f.get(`/api/edges/${moved}`).expect(200)).body.properties).toMatchObject({ version: 2 });
    await f.get(`/api/edges/${edgeA()}`).expect(404);
    await f.get(`/api/edges/${edgeB()}`).expect(200); // not named: it stays with the node
    const history = await f.get(`/api/changes?target=${NEW}`).expect(200);
    expect(history.body.changes[0].op).toBe("node.split");
  });

  it("is undone in one step: the new node and the moved edge go, the node has its evidence and edges back", async () => {
    const last = (await f.get(`/api/changes?target=${NEW}&limit=1`).expect(200)).body.changes[0];
    await f.post(`/api/changes/${last.id}/undo`, {}).expect(200);
    await f.get(`/api/nodes/${NEW}`).expect(404);
    await f.get(`/api/edges/${edgeA()}`).expect(200);
    const node = (await f.get(`/api/nodes/${NODE}`).expect(200)).body;
    expect(node.properties.evidence).toEqual(ev.slice(0, 2).map((e) => `${DOC}#${e}`));
    expect(node.properties.version).toBe(3);
  });
});
