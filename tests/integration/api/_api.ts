// Helpers shared by the API's integration tests: the app over the run's Neo4j with the real seed, a
// fingerprint of the database (to show a request changed nothing), ids looked up by name, and `request`:
// supertest whose every answer is parsed with its route's declared response schema (or the error body's).
import type { Driver } from "neo4j-driver";
import supertest from "supertest";
import { afterAll, beforeAll, expect } from "vitest";
import { ErrorBodySchema } from "../../../server/src/api/common.ts";
import type { RouteDecl } from "../../../server/src/api/route.ts";
import { API_ROUTES } from "../../../server/src/api/routes.ts";
import { ERROR_STATUS } from "../../../server/src/http/errors.ts";
import type { AppConfig } from "../../../server/src/config.ts";
import { loadRealSeed, neo4jTarget, testApp, testDriver } from "../_harness.ts";

import { fingerprint, type Fingerprint } from "../_db-fingerprint.ts";

export { fingerprint, type Fingerprint };

export interface ApiFixture {
  driver: Driver;
  app: ReturnType<typeof testApp>;
}

/** Limits high enough that a test is never throttled unless it asks to be. */
export const UNTHROTTLED: Partial<AppConfig> = {
  rateLimit: {
    windowMs: 60_000,
    standard: 1_000_000,
    costly: 1_000_000,
    cypher: 1_000_000,
    paths: 1_000_000,
    writes: 1_000_000,
  },
};

export function apiFixture(overrides: Partial<AppConfig> = {}): ApiFixture {
  const driver = testDriver();
  return { driver, app: testApp(driver, { ...UNTHROTTLED, ...overrides }) };
}

export async function seeded(driver: Driver): Promise<void> {
  await loadRealSeed(driver);
}

/**
 * For a suite that must write nothing: the real seed before all, and after all the database's fingerprint as it
 * was (then the driver closed). `unchanged()` checks the same at any point inside a test.
 */
export function unchangedFixture(): ApiFixture & { unchanged(): Promise<void> } {
  const f = apiFixture();
  let before: Fingerprint;
  const unchanged = async () => expect(await fingerprint(f.driver)).toEqual(before);
  beforeAll(async () => {
    await seeded(f.driver);
    before = await fingerprint(f.driver);
  });
  afterAll(async () => {
    await unchanged();
    await f.driver.close();
  });
  return { ...f, unchanged };
}

/** The id of the node with this exact name (the seed's ids are not hard-coded in tests). */
export async function idByName(driver: Driver, name: string): Promise<string> {
  const { records } = await driver.executeQuery(
    "MATCH (n:Entity {name: $name}) RETURN n.id AS id ORDER BY id LIMIT 1",
    { name },
    { database: neo4jTarget().database },
  );
  const id = records[0]?.get("id");
  if (typeof id !== "string") throw new Error(`tests/api: no node named ${name} in the seed`);
  return id;
}

const DECLARED = (Object.values(API_ROUTES) as RouteDecl[]).map((decl) => ({
  decl,
  re: new RegExp(`^/api${decl.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The declared route a request went to, by method and path (undefined for health probes and static files). */
export function routeOf(method: string, url: string): RouteDecl | undefined {
  const path = new URL(url, "http://x").pathname;
  const m = method.toLowerCase() === "head" ? "get" : method.toLowerCase();
  return DECLARED.find((d) => d.decl.method === m && d.re.test(path))?.decl;
}

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  text: string;
}

/**
 * A response outside its contract fails the test: a 200 of a declared route must parse with the route's response
 * schema; every error under /api must be the error body, its code's status the response's status.
 */
export function assertContract(method: string, url: string, res: Answer): void {
  const path = new URL(url, "http://x").pathname;
  if (!path.startsWith("/api/") || method.toUpperCase() === "HEAD" || res.status === 204) return;
  if (res.status >= 400) {
    const parsed = ErrorBodySchema.safeParse(res.body);
    if (!parsed.success) throw new Error(`contract: ${method} ${path} answered ${res.status} without the error body`);
    if (ERROR_STATUS[parsed.data.error.code] !== res.status)
      throw new Error(`contract: ${method} ${path} answered ${res.status} with code ${parsed.data.error.code}`);
    return;
  }
  const decl = routeOf(method, url);
  if (!decl || res.status !== (decl.status ?? 200)) return;
  const parsed = decl.response.safeParse(res.body);
  if (!parsed.success)
    throw new Error(`contract: ${method} ${path} answered outside its response schema: ${parsed.error.message}`);
}

const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"] as const;
type Agent = ReturnType<typeof supertest>;

/** supertest(app), with every response checked against the contract (assertContract) before the test's own expects. */
export function request(app: Parameters<typeof supertest>[0]): Agent {
  const agent = supertest(app);
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || !(METHODS as readonly string[]).includes(prop) || typeof value !== "function")
        return value;
      return (url: string) =>
        (value as (u: string) => ReturnType<Agent["get"]>)
          .call(target, url)
          .expect((res: Answer) => assertContract(prop, url, res));
    },
  });
}
