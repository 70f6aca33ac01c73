// The terminal log: one short human line per request in a terminal, JSON lines (without headers) otherwise,
// LOG_LEVEL respected. The real app over the run's Neo4j, its logger writing into an array.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LevelWithSilent } from "pino";
import { createLogger, resolveLogFormat, type LogFormat } from "../../../server/src/http/request-log.ts";
import { neo4jTarget, testConfig } from "../_harness.ts";
import { createApp } from "../../../server/src/http/create-app.ts";
import { seeded, UNTHROTTLED } from "./_api.ts";
import { testDriver } from "../_harness.ts";

describe("the request log", () => {
  const driver = testDriver();
  beforeAll(() => seeded(driver));
  afterAll(() => driver.close());

  function appLogging(format: LogFormat, level: LevelWithSilent = "info") {
    const lines: string[] = [];
    const log = createLogger(level, format, {
      write: (chunk: string) => lines.push(...chunk.split("\n").filter(Boolean)),
    });
    const app = createApp({
      config: testConfig(UNTHROTTLED),
      driver,
      database: neo4jTarget().database,
      providerKind: neo4jTarget().kind as "local",
      log,
    });
    return { app, lines };
  }

  it("is text in a terminal and JSON elsewhere, unless LOG_FORMAT says", () => {
    expect(resolveLogFormat("auto", { isTTY: true })).toBe("text");
    expect(resolveLogFormat("auto", { isTTY: false })).toBe("json");
    expect(resolveLogFormat("auto", {})).toBe("json");
    expect(resolveLogFormat("json", { isTTY: true })).toBe("json");
    expect(resolveLogFormat("text", { isTTY: false })).toBe("text");
  });

  it("writes one short line per request in text: method, path, status, ms", async () => {
    const { app, lines } = appLogging("text");
    await request(app).get("/api/graph?limit=5").set("cookie", "secret=1").expect(200);
    await request(app).get("/api/health").expect(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/graph 200 \d+ ms$/);
  });

  it("writes one JSON record per request without headers, with the request id", async () => {
    const { app, lines } = appLogging("json");
    const res = await request(app).get("/api/graph?limit=5").set("x-request-id", "abc-123").expect(200);
    expect(res.headers["x-request-id"]).toBe("abc-123");
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({ level: 30, req: { id: "abc-123", method: "GET", url: "/api/graph?limit=5" } });
    expect(rec.res).toEqual({ statusCode: 200 });
    expect(typeof rec.responseTime).toBe("number");
    expect(JSON.stringify(rec)).not.toMatch(/headers|user-agent|remoteAddress/);
  });

  it("respects LOG_LEVEL: at warn, successful requests are not logged", async () => {
    const { app, lines } = appLogging("text", "warn");
    await request(app).get("/api/graph?limit=5").expect(200);
    expect(lines).toEqual([]);
  });
});
