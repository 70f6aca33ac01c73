// HTTP hygiene (issue 12, item 11): every route rate-limited by its cost class, preflights free, 405 with Allow,
// JSON for every 4xx the server can produce (empty, oversized and malformed bodies, headers too large, malformed
// requests), the Host header checked against the allowed names, no source maps served; and the editor flag.
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import viteConfig from "../../../client/vite.config.ts";
import { route, type RouteDecl } from "../../../server/src/api/route.ts";
import { API_ROUTES } from "../../../server/src/api/routes.ts";
import type { AppDeps } from "../../../server/src/http/app-deps.ts";
import { bindRoutes } from "../../../server/src/http/bind-routes.ts";
import { createApp } from "../../../server/src/http/create-app.ts";
import { errorMiddleware } from "../../../server/src/http/error-middleware.ts";
import { errorCodesOf } from "../../../server/src/openapi/openapi.ts";
import { testConfig } from "../_harness.ts";
import { apiFixture, assertContract, request, seeded, UNTHROTTLED } from "./_api.ts";

/** Sends raw bytes to a listening app and returns what came back (the parser-level errors never reach Express). */
function raw(app: express.Express, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
      let out = "";
      socket.on("data", (c) => (out += c.toString()));
      socket.on("close", () => server.close(() => resolve(out)));
      socket.on("error", reject);
    });
  });
}

const jsonOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));

describe("HTTP hygiene", () => {
  const { driver, app } = apiFixture();
  beforeAll(() => seeded(driver));
  afterAll(() => driver.close());

  it("limits every declared route by its cost class, /api/matrix among the costly", async () => {
    expect(API_ROUTES.matrix.cost).toBe("costly");
    expect(API_ROUTES.graph.cost).toBe("costly");
    const limited = apiFixture({
      queryTimeoutMs: 30_000,
      rateLimit: { ...UNTHROTTLED.rateLimit!, standard: 2, costly: 1 },
    });
    try {
      await request(limited.app).get("/api/matrix").expect(200);
      const res = await request(limited.app).get("/api/matrix").expect(429);
      expect(res.body.error.code).toBe("RATE_LIMITED");
      // The costly budget is spent, /api/graph shares it; the standard one is separate.
      await request(limited.app).get("/api/graph?limit=1").expect(429);
      await request(limited.app).get("/api/schema").expect(200);
      await request(limited.app).get("/api/documents").expect(200);
      await request(limited.app).get("/api/openapi.json").expect(429);
    } finally {
      await limited.driver.close();
    }
  });

  it("lets preflight OPTIONS through for free, answering 204 with Allow", async () => {
    const limited = apiFixture({ queryTimeoutMs: 30_000, rateLimit: { ...UNTHROTTLED.rateLimit!, costly: 1 } });
    try {
      for (let i = 0; i < 5; i++) {
        const pre = await request(limited.app)
          .options("/api/matrix")
          .set("Origin", "http://localhost:5173")
          .set("Access-Control-Request-Method", "GET")
          .expect(204);
        expect(pre.headers.allow).toBe("GET, HEAD, OPTIONS");
      }
      await request(limited.app).get("/api/matrix").expect(200);
      await request(limited.app).get("/api/matrix").expect(429);
    } finally {
      await limited.driver.close();
    }
  });

  it("answers an undeclared method on a declared path 405 METHOD_NOT_ALLOWED with Allow", async () => {
    const del = await request(app).delete("/api/paths").expect(405);
    expect(del.body.error.code).toBe("METHOD_NOT_ALLOWED");
    expect(del.headers.allow).toBe("GET, HEAD, OPTIONS");
    const get = await request(app).get("/api/cypher").expect(405);
    expect(get.headers.allow).toBe("POST, OPTIONS");
    await request(app).put("/api/nodes/sci-tech-innovation").expect(405);
    // An unknown path stays a 404, JSON also outside /api.
    expect((await request(app).delete("/api/nowhere").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect((await request(app).post("/nowhere").expect(404)).body.error.code).toBe("NOT_FOUND");
  });

  it("answers an empty, an oversized and a malformed body with JSON errors", async () => {
    const empty = await request(app).post("/api/cypher").set("content-type", "application/json").expect(400);
    expect(empty.body.error.code).toBe("BAD_REQUEST");
    const big = await request(app)
      .post("/api/cypher")
      .set("content-type", "application/json")
      .send(JSON.stringify({ query: `RETURN '${"x".repeat(100_000)}'` }))
      .expect(413);
    expect(big.body.error.code).toBe("TOO_LARGE");
    const broken = await request(app)
      .post("/api/cypher")
      .set("content-type", "application/json")
      .send('{"query": ')
      .expect(400);
    expect(broken.body.error.code).toBe("BAD_REQUEST");
  });

  it("answers headers too large with a JSON 431 and a malformed request with a JSON 400", async () => {
    const tooLarge = await raw(
      app,
      `GET /api/schema HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(tooLarge).toMatch(/content-type: application\/json/i);
    expect(jsonOf(tooLarge).error.code).toBe("HEADERS_TOO_LARGE");
    const malformed = await raw(app, "POST /api/cypher HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n");
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(jsonOf(malformed).error.code).toBe("BAD_REQUEST");
  });

  it("answers a foreign Host 421 MISDIRECTED_REQUEST (DNS rebinding) and the allowed names normally", async () => {
    const foreign = await request(app).get("/api/schema").set("Host", "evil.example:3000").expect(421);
    expect(foreign.body.error.code).toBe("MISDIRECTED_REQUEST");
    await request(app).get("/").set("Host", "rebound.example").expect(421);
    for (const host of ["localhost:3000", "127.0.0.1", "[::1]:3000", "LOCALHOST"])
      await request(app).get("/api/schema").set("Host", host).expect(200);
    const widened = apiFixture({ allowedHosts: [...testConfig().allowedHosts, "graph.lan"] });
    try {
      await request(widened.app).get("/api/schema").set("Host", "graph.lan:3000").expect(200);
    } finally {
      await widened.driver.close();
    }
    expect(testConfig({}).allowedHosts).toEqual(expect.arrayContaining(["localhost", "127.0.0.1", "[::1]"]));
  });

  it("builds the client without source maps and never serves a .map file", async () => {
    expect(viteConfig.build?.sourcemap).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), "rg-client-"));
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(path.join(dir, "app.js"), "console.log(1)");
    writeFileSync(path.join(dir, "app.js.map"), '{"version":3}');
    const withClient = apiFixture({});
    const served = createApp({ ...depsOf(withClient.driver), clientDir: dir });
    try {
      await request(served).get("/app.js").expect(200);
      const map = await request(served).get("/app.js.map").expect(404);
      expect(map.body.error.code).toBe("NOT_FOUND");
    } finally {
      await withClient.driver.close();
    }
  });
});

function depsOf(driver: Driver, editorToken?: string): AppDeps {
  const config = testConfig(UNTHROTTLED);
  return {
    config: { ...config, editor: { ...config.editor, token: editorToken ?? null } },
    driver,
    database: "neo4j",
    providerKind: "local",
    log: pino({ level: "silent" }),
  };
}

describe("a route declared editor: true", () => {
  const toy = route({
    method: "post",
    path: "/toy-edits",
    summary: "A write route for this test",
    body: z.object({ name: z.string().min(1) }),
    response: z.object({ saved: z.string() }),
    errors: [],
    cost: "standard",
    editor: true,
  });
  const appWith = (token: string | undefined) => {
    const app = express();
    app.use(express.json());
    const router = express.Router();
    const handler = (input: { body: unknown }) => ({ saved: (input.body as { name: string }).name });
    bindRoutes(router, { toy: toy as RouteDecl }, { toy: handler }, depsOf({} as Driver, token));
    app.use("/api", router);
    app.use(errorMiddleware);
    return app;
  };

  it("needs Authorization: Bearer <the deps' token>, checked before the body", async () => {
    const app = appWith("s3cret-token");
    const none = await request(app).post("/api/toy-edits").send({ name: "x" }).expect(401);
    expect(none.body.error.code).toBe("UNAUTHORIZED");
    expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
    await request(app).post("/api/toy-edits").set("Authorization", "Bearer s3cret-tokeN").send({}).expect(401);
    await request(app).post("/api/toy-edits").set("Authorization", "Basic s3cret-token").send({}).expect(401);
    await request(app).post("/api/toy-edits").set("Authorization", "Bearer s3cret-token").send({}).expect(400);
    const ok = await request(app)
      .post("/api/toy-edits")
      .set("Authorization", "Bearer s3cret-token")
      .send({ name: "x" })
      .expect(200);
    expect(ok.body).toEqual({ saved: "x" });
  });

  it("refuses every write when the deps carry no token, and documents the 401", async () => {
    const app = appWith(undefined);
    const res = await request(app).post("/api/toy-edits").set("Authorization", "Bearer anything").send({ name: "x" });
    expect(res.status).toBe(401);
    expect(errorCodesOf(toy)).toContain("UNAUTHORIZED");
  });
});

describe("the tests' contract check", () => {
  it("fails a 200 outside its route's response schema and an error outside the error body", () => {
    const ok = { status: 200, headers: {}, text: "" };
    expect(() => assertContract("GET", "/api/schema", { ...ok, body: { labels: "none" } })).toThrow(/contract/);
    expect(() => assertContract("GET", "/api/nodes/x", { ...ok, body: { id: "x" } })).toThrow(/response schema/);
    expect(() => assertContract("GET", "/api/paths?from=a", { ...ok, status: 400, body: "Bad" })).toThrow(/error body/);
    const wrongStatus = { error: { code: "NOT_FOUND", message: "m", requestId: "r" } };
    expect(() => assertContract("GET", "/api/paths", { ...ok, status: 400, body: wrongStatus })).toThrow(/code/);
    expect(() => assertContract("GET", "/api/paths", { ...ok, status: 404, body: wrongStatus })).not.toThrow();
  });
});
