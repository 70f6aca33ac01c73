import http from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "./_api.ts";
import { afterAll, describe, expect, it } from "vitest";
import { runConsole } from "../../../server/src/cypher/console-service.ts";
import { isTagRunning } from "../../../server/src/cypher/console-repository.ts";
import type { AppDeps } from "../../../server/src/http/app-deps.ts";
import { pino } from "pino";
import { neo4jTarget, testConfig } from "../_harness.ts";
import { apiFixture, unchangedFixture } from "./_api.ts";

const WRITES: Record<string, string> = {
  CREATE: "CREATE (n:Hacked {x: 1}) RETURN n",
  MERGE: "MERGE (n:Hacked {x: 1}) RETURN n",
  SET: "MATCH (n:Entity) SET n.hacked = true RETURN count(n)",
  DELETE: "MATCH (n:Entity) DETACH DELETE n",
  "DELETE relationship": "MATCH ()-[r]->() DELETE r",
  REMOVE: "MATCH (n:Entity) REMOVE n.name RETURN count(n)",
  "REMOVE label": "MATCH (n:Entity) REMOVE n:Entity RETURN count(n)",
  "CREATE INDEX": "CREATE INDEX hacked IF NOT EXISTS FOR (n:Entity) ON (n.hacked)",
  "CREATE CONSTRAINT": "CREATE CONSTRAINT hacked IF NOT EXISTS FOR (n:Hacked) REQUIRE n.x IS UNIQUE",
  "DROP CONSTRAINT": "DROP CONSTRAINT entity_id",
  "DROP INDEX": "DROP INDEX entity_search",
  "CALL IN TRANSACTIONS": "MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
  "read-only CALL IN TRANSACTIONS": "UNWIND [1,2] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y",
  FOREACH: "MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = 1)",
  "dbms procedure": "CALL dbms.setConfigValue('db.transaction.timeout', '0s')",
  "dbms security": "CALL dbms.security.createUser('eve', 'secret', false)",
  "db.create procedure": "CALL db.createLabel('Hacked')",
  "db.createProperty": "CALL db.createProperty('hacked')",
  "db.clearQueryCaches": "CALL db.clearQueryCaches()",
  "multiple statements": "MATCH (n) RETURN count(n); CREATE (n:Hacked)",
  "multiple reads": "RETURN 1; RETURN 2",
  "lower case": "match (n:Entity) set n.hacked = true return count(n)",
  "comment next to keyword": "MATCH (n:Entity)/* c */SET/* d */n.hacked = true",
  "keyword after line comment": "MATCH (n:Entity) // note\nSET n.hacked = true",
  "full-width letters": "ＣＲＥＡＴＥ (n:Hacked)",
  "zero-width space": "CRE\u200bATE (n:Hacked)",
  "backticked procedure": "CALL `dbms`.`security`.`createUser`('eve', 'secret', false)",
  "USE system": "USE system SHOW USERS",
  "SHOW TRANSACTIONS": "SHOW TRANSACTIONS",
  TERMINATE: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "namespaced function": "RETURN apoc.version()",
};

describe("the Cypher console", () => {
  const { driver, app, unchanged } = unchangedFixture();

  it("runs a read with parameters and answers columns, JSON-safe rows, a graph payload and a summary", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({
        query:
          "MATCH p = (a:Entity {name: $name})-[r]-(b) RETURN a, r, b, p, a.name AS name, 2^62 AS big, 41 + 1 AS n, date('2024-01-02') AS d LIMIT $n",
        params: { name: "科技创新", n: 3 },
      })
      .expect(200);
    expect(res.body.columns).toEqual(["a", "r", "b", "p", "name", "big", "n", "d"]);
    expect(res.body.rows.length).toBeGreaterThan(0);
    const row = res.body.rows[0];
    expect(row.name).toBe("科技创新");
    expect(row.n).toBe(42);
    expect(row.d).toBe("2024-01-02");
    expect(row.a.properties.name).toBe("科技创新");
    expect(res.body.summary).toMatchObject({ queryType: "r", truncated: false, rows: res.body.rows.length });
    expect(res.body.graph.nodes.some((n: { key: string }) => n.key === row.a.properties.id)).toBe(true);
    expect(res.body.graph.edges.length).toBeGreaterThan(0);
  });

  it("allows listed read procedures such as db.labels and full-text search", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "CALL db.labels() YIELD label RETURN label" })
      .expect(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toContain("Entity");
    await request(app)
      .post("/api/cypher")
      .send({
        query: "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id LIMIT 3",
        params: { q: "韧性" },
      })
      .expect(200);
  });

  for (const [name, query] of Object.entries(WRITES)) {
    it(`refuses ${name} with READ_ONLY and changes nothing`, async () => {
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("READ_ONLY");
      await unchanged();
    });
  }

  it("refuses LOAD CSV, and a local HTTP listener records no hit", async () => {
    const hits: string[] = [];
    const server = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("a,b\n1,2\n");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x.csv`;
    try {
      for (const query of [
        `LOAD CSV FROM '${url}' AS row RETURN row`,
        `load  csv with headers from $u as row return row`,
        `LOAD/**/CSV FROM $u AS row RETURN row`,
      ]) {
        const res = await request(app)
          .post("/api/cypher")
          .send({ query, params: { u: url } });
        expect(res.body.error.code).toBe("READ_ONLY");
      }
      // The classifier alone (no lexical layer) must also keep LOAD CSV from running.
      const deps = depsFor();
      await expect(
        runConsole(deps, {
          body: { query: `LOAD CSV FROM '${url}' AS row RETURN row`, params: {} },
          guards: { lexical: false },
        }),
      ).rejects.toMatchObject({ code: "READ_ONLY" });
    } finally {
      server.close();
    }
    expect(hits).toEqual([]);
  });

  it("still refuses a write in the read transaction when the lexical and EXPLAIN layers are switched off", async () => {
    const deps = depsFor();
    for (const query of [WRITES.CREATE!, WRITES.SET!, WRITES.DELETE!]) {
      await expect(
        runConsole(deps, { body: { query, params: {} }, guards: { lexical: false, classifier: false } }),
      ).rejects.toMatchObject({ code: "READ_ONLY" });
    }
    // and the EXPLAIN layer alone refuses it, before anything runs
    await expect(
      runConsole(deps, { body: { query: WRITES.MERGE!, params: {} }, guards: { lexical: false } }),
    ).rejects.toMatchObject({ code: "READ_ONLY" });
    await unchanged();
  });

  it("truncates a huge UNWIND at the row cap and says so", async () => {
    const { app: small, driver: d } = apiFixture({ queryMaxRows: 50 });
    try {
      const t0 = Date.now();
      const res = await request(small)
        .post("/api/cypher")
        .send({ query: "UNWIND range(1, 100000000) AS x RETURN x" })
        .expect(200);
      expect(res.body.rows).toHaveLength(50);
      expect(res.body.summary).toMatchObject({ truncated: true, rows: 50, maxRows: 50 });
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      await d.close();
    }
  });

  it("times out a runaway cartesian product within the timeout plus a second, leaving no transaction behind", async () => {
    const timeout = 1000;
    const { app: quick, driver: d } = apiFixture({ queryTimeoutMs: timeout });
    try {
      const t0 = Date.now();
      const res = await request(quick)
        .post("/api/cypher")
        .send({ query: "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS c" });
      const elapsed = Date.now() - t0;
      expect(res.status).toBe(504);
      expect(res.body.error.code).toBe("QUERY_TIMEOUT");
      expect(elapsed).toBeLessThan(timeout + 1000);
      // Terminated server-side: it leaves SHOW TRANSACTIONS once its thread notices, within moments.
      await waitFor(async () => {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range' RETURN count(*) AS c",
          {},
          { database: neo4jTarget().database },
        );
        return Number(records[0]!.get("c")) === 0;
      }, 3000);
    } finally {
      await d.close();
    }
  });

  it("terminates the query of a client that disconnects", async () => {
    const deps = depsFor({ queryTimeoutMs: 30_000 });
    let tag = "";
    let cancel!: () => void;
    const cancelled = new Promise<void>((r) => (cancel = r));
    const run = runConsole(deps, {
      body: { query: "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)", params: {} },
      cancelled,
      onTag: (t) => (tag = t),
    });
    const settled = run.then(
      () => "ok",
      (e: { code?: string }) => e.code ?? "error",
    );
    await waitFor(async () => tag !== "" && (await isTagRunning(driver, neo4jTarget().database, tag)));
    const t0 = Date.now();
    cancel();
    await settled;
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await isTagRunning(driver, neo4jTarget().database, tag)).toBe(false);
  });

  it("terminates the query when the HTTP client goes away mid-request", async () => {
    const { app: slow, driver: d } = apiFixture({ queryTimeoutMs: 30_000 });
    const server = http.createServer(slow);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const running = async () => {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE metaData.console IS NOT NULL AND currentQuery STARTS WITH 'UNWIND range(1, 100000007)' RETURN count(*) AS c",
        {},
        { database: neo4jTarget().database },
      );
      return Number(records[0]!.get("c"));
    };
    try {
      const body = JSON.stringify({
        query: "UNWIND range(1, 100000007) AS a UNWIND range(1, 100000000) AS b RETURN count(*)",
      });
      const req = http.request({
        host: "127.0.0.1",
        port: (server.address() as AddressInfo).port,
        path: "/api/cypher",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("error", () => {});
      req.end(body);
      await waitFor(async () => (await running()) === 1);
      req.destroy();
      await waitFor(async () => (await running()) === 0, 3000);
    } finally {
      server.closeAllConnections();
      server.close();
      await d.close();
    }
  });

  it("answers syntax errors with CYPHER_SYNTAX and malformed or oversize bodies with BAD_REQUEST / TOO_LARGE", async () => {
    expect(
      (await request(app).post("/api/cypher").send({ query: "MATCH (n RETURN n" }).expect(400)).body.error.code,
    ).toBe("CYPHER_SYNTAX");
    expect((await request(app).post("/api/cypher").send({ query: "" }).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect((await request(app).post("/api/cypher").send({ q: "RETURN 1" }).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect((await request(app).post("/api/cypher").send({ query: 42 }).expect(400)).body.error.code).toBe(
      "BAD_REQUEST",
    );
    expect((await request(app).post("/api/cypher").send({ query: "RETURN $x" }).expect(400)).body.error.code).toMatch(
      /BAD_REQUEST|CYPHER_SYNTAX/,
    );
    const broken = await request(app)
      .post("/api/cypher")
      .set("content-type", "application/json")
      .send('{"query": "RETURN 1",')
      .expect(400);
    expect(broken.body.error.code).toBe("BAD_REQUEST");
    const big = await request(app)
      .post("/api/cypher")
      .send({ query: "RETURN 1", params: { x: "y".repeat(100_000) } })
      .expect(413);
    expect(big.body.error.code).toBe("TOO_LARGE");
    expect(JSON.stringify(big.body)).not.toMatch(/bolt:|node_modules|\n\s+at /);
  });
});

function depsFor(overrides: Partial<AppDeps["config"]> = {}): AppDeps {
  const t = neo4jTarget();
  return {
    config: testConfig(overrides),
    driver: sharedDriver(),
    database: t.database,
    providerKind: t.kind as AppDeps["providerKind"],
    log: pino({ level: "silent" }),
  };
}

let _driver: ReturnType<typeof apiFixture>["driver"] | undefined;
function sharedDriver() {
  _driver ??= apiFixture().driver;
  return _driver;
}
afterAll(async () => {
  await _driver?.close();
});

async function waitFor(cond: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("tests/api: condition not met in time");
}
