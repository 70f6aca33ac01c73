// Property tests: random strings at every parameter of every endpoint get only 2xx/4xx answers, JSON
// error bodies without stacks, paths or URIs, and leave the database as it was.
import fc from "fast-check";
import type { Response } from "supertest";
import { request } from "./_api.ts";
import { describe, expect, it } from "vitest";
import { unchangedFixture } from "./_api.ts";

const LEAK = /\n\s+at |bolt:\/\/|neo4j:\/\/|node_modules|\/work\/|\.ts:\d+/;

const nasty = fc.constantFrom(
  "",
  " ",
  "'",
  '"',
  "`",
  "\\",
  "$",
  "*",
  "%",
  "%00",
  "\u0000",
  "../../etc/passwd",
  "产业链",
  "韧",
  "MATCH (n) DETACH DELETE n",
  "a,b,,Concept",
  "Concept,Concept",
  "1e9",
  "-1",
  "0x10",
  "NaN",
  "Infinity",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "sci-tech-innovation",
  "industrial-chain-resilience",
  "ＣＲＥＡＴＥ",
  "\u200b",
  "🙂".repeat(50),
  "x".repeat(5000),
);
const anyString = fc
  .oneof(
    nasty,
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
  )
  .map(wellFormed);
/** Lone surrogates cannot be URL-encoded; replace them as String.prototype.toWellFormed would. */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
const maybe = (a: fc.Arbitrary<string>) => fc.option(a, { nil: undefined });

function check(res: Response, what: string): void {
  expect(res.status, `${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
  expect(res.status, what).toBeGreaterThanOrEqual(200);
  if (res.status >= 400) {
    expect(typeof res.body.error?.code, what).toBe("string");
    expect(JSON.stringify(res.body), what).not.toMatch(LEAK);
  }
}

const compact = (o: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;
const RUNS = { numRuns: 40 };

describe("random strings at every parameter", () => {
  const { app } = unchangedFixture();

  it("GET /api/graph", async () => {
    await fc.assert(
      fc.asyncProperty(maybe(anyString), maybe(anyString), async (types, limit) =>
        check(await request(app).get("/api/graph").query(compact({ types, limit })), `graph ${types} ${limit}`),
      ),
      RUNS,
    );
  });

  it("GET /api/nodes/:id and /neighbors", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyString,
        maybe(anyString),
        maybe(anyString),
        maybe(anyString),
        maybe(anyString),
        async (id, depth, rel, types, limit) => {
          check(await request(app).get(`/api/nodes/${encodeURIComponent(id)}`), `node ${id}`);
          check(
            await request(app)
              .get(`/api/nodes/${encodeURIComponent(id)}/neighbors`)
              .query(compact({ depth, rel, types, limit })),
            `neighbors ${id}`,
          );
          check(
            await request(app)
              .get(`/api/nodes/sci-tech-innovation/neighbors`)
              .query(compact({ depth, rel, types, limit, direction: depth, inferred: rel })),
            `neighbors ${depth} ${rel} ${types} ${limit}`,
          );
        },
      ),
      RUNS,
    );
  });

  it("GET /api/search", async () => {
    await fc.assert(
      fc.asyncProperty(anyString, maybe(anyString), maybe(anyString), async (q, types, limit) =>
        check(await request(app).get("/api/search").query(compact({ q, types, limit })), `search ${JSON.stringify(q)}`),
      ),
      RUNS,
    );
  });

  it("GET /api/paths", async () => {
    const id = fc.oneof(anyString, fc.constantFrom("sci-tech-innovation", "industrial-chain-resilience"));
    await fc.assert(
      fc.asyncProperty(
        id,
        id,
        maybe(anyString),
        maybe(anyString),
        maybe(anyString),
        maybe(anyString),
        maybe(anyString),
        async (from, to, mode, k, maxHops, rel, directed) =>
          check(
            await request(app).get("/api/paths").query(compact({ from, to, mode, k, maxHops, rel, directed })),
            `paths ${from} ${to} ${mode}`,
          ),
      ),
      RUNS,
    );
  });

  it("GET /api/ties, /api/documents/:id", async () => {
    await fc.assert(
      fc.asyncProperty(maybe(anyString), maybe(anyString), anyString, async (measure, problem, doc) => {
        check(await request(app).get("/api/ties").query(compact({ measure, problem })), `ties ${measure} ${problem}`);
        check(await request(app).get(`/api/documents/${encodeURIComponent(doc)}`), `document ${doc}`);
      }),
      RUNS,
    );
  });

  it("POST /api/cypher with random queries, params and bodies", async () => {
    const params = fc.dictionary(anyString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(anyString, params, async (query, p) => {
        check(await request(app).post("/api/cypher").send({ query, params: p }), `cypher ${JSON.stringify(query)}`);
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
        check(
          await request(app).post("/api/cypher").set("content-type", "application/json").send(JSON.stringify(body)),
          `cypher body ${JSON.stringify(body).slice(0, 100)}`,
        );
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(anyString, async (raw) => {
        check(
          await request(app).post("/api/cypher").set("content-type", "application/json").send(raw),
          `cypher raw ${JSON.stringify(raw).slice(0, 100)}`,
        );
      }),
      RUNS,
    );
  });
});
