// Every Neo4j client error answers 4xx with Neo4j's code and message; only server faults are 5xx. A
// grammar-based fuzz of the console (fast-check) composes reads, writes, procedure calls and expressions that
// fail at run time, and asserts that none answers a 5xx and that the database is unchanged afterwards.
import fc from "fast-check";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { unchangedFixture } from "../api/_api.ts";

const LEAK = /\n\s+at |bolt:\/\/|neo4j:\/\/|node_modules|\/work\/|\.ts:\d+/;

describe("client errors of the console", () => {
  const { app, unchanged } = unchangedFixture();

  const CASES: [string, string, RegExp][] = [
    ["a negative substring start", "RETURN substring('abc', -1)", /negative/i],
    [
      "shortestPath from a node to itself",
      "MATCH (a:Entity) WITH a LIMIT 1 MATCH p = shortestPath((a)-[*]-(a)) RETURN p",
      /start and end nodes are the same/i,
    ],
    ["division by zero", "RETURN 1 / 0", /by zero/i],
    ["a type error", "RETURN toInteger([1])", /toInteger/i],
    ["an unparsable date", "RETURN date('yesterday')", /date/i],
    ["a missing parameter", "RETURN $nope", /nope/i],
  ];
  for (const [name, query, message] of CASES) {
    it(`answers ${name} with a 400 naming Neo4j's code and message`, async () => {
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(["BAD_REQUEST", "CYPHER_SYNTAX"]).toContain(res.body.error.code);
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.details?.neo4jCode ?? "").toMatch(/^Neo\.(ClientError|DatabaseError\.Statement)\./);
      expect(JSON.stringify(res.body)).not.toMatch(LEAK);
    });
  }

  it("runs CALL dbms.components(), which is on the allow-list", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition" })
      .expect(200);
    expect(res.body.rows[0].v).toMatch(/^5\./);
  });

  it("never answers a 5xx and never writes, whatever the grammar composes", { timeout: 300_000 }, async () => {
    const ident = fc.constantFrom("n", "m", "x", "p", "`weird name`", "`set`");
    const label = fc.constantFrom("", ":Entity", ":Concept", ":Measure", ":Hacked", ":`产业链`");
    const literal = fc.oneof(
      fc.integer({ min: -3, max: 1_000_000 }).map(String),
      fc.constantFrom("'abc'", "'韧性'", "null", "true", "[]", "[1, 2, 3]", "{a: 1}", "1.5", "-0.0", "'\\u0000'"),
    );
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        literal,
        ident,
        fc.tuple(ident, fc.constantFrom("id", "name", "type", "x")).map(([v, k]) => `${v}.${k}`),
        fc
          .tuple(
            fc.constantFrom(
              "substring",
              "toInteger",
              "toString",
              "size",
              "range",
              "left",
              "split",
              "date",
              "abs",
              "sqrt",
              "head",
              "keys",
              "labels",
              "apoc.text.join",
              "db.labels",
            ),
            fc.array(tie("e"), { maxLength: 3 }),
          )
          .map(([f, args]) => `${f}(${args.join(", ")})`),
        fc
          .tuple(
            tie("e"),
            fc.constantFrom("+", "-", "*", "/", "%", "^", "=~", "IN", "<", "AND", "STARTS WITH"),
            tie("e"),
          )
          .map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc.tuple(tie("e"), tie("e")).map(([a, i]) => `${a}[${i}]`),
        fc.tuple(ident, tie("e")).map(([v, e]) => `reduce(s = '', ${v} IN [1, 2] | s + toString(${e}))`),
        fc.tuple(ident, tie("e")).map(([v, e]) => `[${v} IN range(1, 3) | ${e}]`),
      ),
    })).e;
    const pattern = fc
      .tuple(ident, label, fc.constantFrom("--", "-->", "-[r]->", "-[*1..3]-", "-[:SUPPORTS]->", "<-[*]-"), label)
      .map(([v, l1, rel, l2]) => `(${v}${l1})${rel}(b${l2})`);
    const read = fc
      .tuple(
        fc.constantFrom("MATCH", "OPTIONAL MATCH", "MATCH p = shortestPath(", "UNWIND [1, 2] AS u MATCH"),
        pattern,
        fc.option(expr, { nil: undefined }),
        fc.array(expr, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", " LIMIT 5", " ORDER BY 1 LIMIT 2", " SKIP -1", " LIMIT $n"),
      )
      .map(([m, pat, where, ret, tail]) => {
        const matchText = m.endsWith("(") ? `${m}${pat.replace(/\[\*?.*?\]/, "[*]")})` : `${m} ${pat}`;
        return `${matchText}${where ? ` WHERE ${where}` : ""} RETURN ${ret.join(", ")}${tail}`;
      });
    const write = fc.constantFrom(
      "CREATE (:Hacked {x: 1})",
      "MATCH (n) SET n.hacked = true",
      "MATCH (n) DETACH DELETE n",
      "MERGE (h:Hacked) RETURN h",
      "CALL db.createLabel('Hacked')",
      "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS",
      "FOREACH (x IN [1] | CREATE (:Hacked))",
    );
    const call = fc
      .tuple(
        fc.constantFrom(
          "db.labels",
          "dbms.components",
          "db.index.fulltext.queryNodes",
          "db.awaitIndexes",
          "dbms.listConfig",
          "db.schema.visualization",
        ),
        fc.array(literal, { maxLength: 2 }),
      )
      .map(([name, args]) => `CALL ${name}(${args.join(", ")})`);
    const query = fc.oneof(
      { arbitrary: read, weight: 5 },
      { arbitrary: expr.map((e) => `RETURN ${e} AS v`), weight: 5 },
      { arbitrary: write, weight: 1 },
      { arbitrary: call, weight: 2 },
      { arbitrary: fc.tuple(read, write).map(([r, w]) => `${r} ${w}`), weight: 1 },
      { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const res = await request(app)
          .post("/api/cypher")
          .send({ query: q, params: { n: 3 } });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${q} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
        expect(JSON.stringify(res.body)).not.toMatch(LEAK);
      }),
      { numRuns: 250 },
    );
    console.info(`console fuzz: ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ")}`);
    await unchanged();
  });
});
