// Guarantee 7 of the reliability issue, driven by the OpenAPI document itself: for every documented
// operation, requests are generated from its parameter schemas (valid values, boundary values and junk);
// every answer must be a documented status, never a 5xx, and never carry a stack, a file path or a bolt URI.
import fc from "fast-check";
import type { Test } from "supertest";
import { request } from "../api/_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, fingerprint, idByName, seeded, type Fingerprint } from "../api/_api.ts";

type Json = Record<string, any>;

const LEAK = /\bat .+\.(ts|js):\d+|\/work\/|\/home\/|node_modules|bolt:\/\/|neo4j:\/\//;
/** Statuses any operation may answer besides its own: rate limits, oversize bodies, an unknown route shape. */
const ALWAYS = new Set([429, 413]);

function valueArb(schema: Json, ids: string[]): fc.Arbitrary<string> {
  const junk = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom("", " ", "%", "\u0000", "'", "\\", "-1", "1e309", "NaN"),
  );
  const s = schema.anyOf?.find((x: Json) => x.type !== "null") ?? schema;
  if (Array.isArray(s.enum)) return fc.oneof(fc.constantFrom(...s.enum.map(String)), junk);
  if (s.type === "integer" || s.type === "number") {
    const min = typeof s.minimum === "number" ? s.minimum : -1000;
    const max = typeof s.maximum === "number" ? s.maximum : 1000;
    return fc.oneof(fc.integer({ min: Math.max(min - 3, -1e6), max: Math.min(max + 3, 1e6) }).map(String), junk);
  }
  if (s.type === "boolean") return fc.oneof(fc.constantFrom("true", "false"), junk);
  return fc.oneof(fc.constantFrom(...ids), fc.constantFrom("韧性", "innovation", "chip*", "三城一区"), junk);
}

describe("fuzzing every operation of the OpenAPI document", () => {
  const { driver, app } = apiFixture();
  let doc: Json;
  let ids: string[];
  let before: Fingerprint;

  beforeAll(async () => {
    await seeded(driver);
    ids = [await idByName(driver, "科技创新"), await idByName(driver, "产业链韧性")];
    doc = (await request(app).get("/api/openapi.json").expect(200)).body;
    before = await fingerprint(driver);
  });
  afterAll(async () => {
    expect(await fingerprint(driver)).toEqual(before);
    await driver.close();
  });

  it("documents operations to fuzz", () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(10);
  });

  it(
    "answers generated requests only with documented statuses, never a 5xx or a leak",
    { timeout: 240_000 },
    async () => {
      let sent = 0;
      for (const [path, item] of Object.entries(doc.paths as Json)) {
        for (const [method, op] of Object.entries(item as Json)) {
          const documented = new Set(Object.keys(op.responses).map(Number));
          const params: Json[] = op.parameters ?? [];
          const paramArbs = Object.fromEntries(
            params.map((p) => [
              p.name,
              // An empty path segment is another URL (another route's path), not a value of this parameter.
              p.in === "path"
                ? valueArb(p.schema, ids).filter((v) => v !== "")
                : p.required
                  ? valueArb(p.schema, ids)
                  : fc.option(valueArb(p.schema, ids), { nil: undefined }),
            ]),
          );
          const bodyArb = op.requestBody
            ? fc.oneof(
                fc.record({
                  query: fc.constantFrom("MATCH (n:Entity) RETURN n LIMIT 3", "RETURN $x AS x", "CREATE (n)"),
                  params: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
                }),
                fc.jsonValue({ maxDepth: 3 }),
              )
            : fc.constant(undefined);
          await fc.assert(
            fc.asyncProperty(
              fc.record(paramArbs),
              bodyArb,
              async (values: Record<string, string | undefined>, body) => {
                let url = path;
                const query = new URLSearchParams();
                for (const p of params) {
                  const v = values[p.name];
                  if (v === undefined) continue;
                  if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(v));
                  else query.set(p.name, v);
                }
                const qs = query.toString();
                // Bodies go as raw JSON text, so primitives and nulls are sent as such.
                // Each operation with its own method; write routes go without the editor token (401 is documented).
                const target = qs ? `${url}?${qs}` : url;
                const open = (request(app) as unknown as Record<string, (u: string) => Test>)[method]!;
                const req = op.requestBody
                  ? open(target)
                      .set("content-type", "application/json")
                      .send(JSON.stringify(body ?? null))
                  : open(target);
                const res = await req;
                sent++;
                expect(res.status, `${method.toUpperCase()} ${url}?${qs}`).toBeLessThan(500);
                expect(
                  documented.has(res.status) || ALWAYS.has(res.status),
                  `${res.status} undocumented for ${method} ${path}`,
                ).toBe(true);
                expect(res.headers["content-type"]).toMatch(/json/);
                expect(res.text).not.toMatch(LEAK);
              },
            ),
            { numRuns: 25 },
          );
        }
      }
      console.info(`openapi fuzz: ${sent} requests over ${Object.keys(doc.paths).length} paths`);
    },
  );
});
