// The timeout rule lives in one place: server/src/neo4j/query-options.ts. Every file of the server that runs
// Cypher takes its options from there, so no query can go out without a server-side timeout.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readQuery, txConfig, withDeadline } from "../../../server/src/neo4j/query-options.ts";

const SERVER = path.resolve(import.meta.dirname, "../../../server/src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

describe("query options", () => {
  it("give every read a timeout, READ routing and the app's metadata", () => {
    expect(readQuery("neo4j", 1234)).toEqual({
      database: "neo4j",
      routing: "READ",
      transactionConfig: { timeout: 1234, metadata: { app: "resilience-graph" } },
    });
    expect(txConfig(0.2, { console: "t" })).toEqual({
      timeout: 1,
      metadata: { app: "resilience-graph", console: "t" },
    });
  });

  it("are the only way the server's Cypher gets its transaction config", () => {
    const runners = sources(SERVER).filter((f) =>
      /\.(executeQuery|beginTransaction|run)\(/.test(readFileSync(f, "utf8")),
    );
    expect(runners.length).toBeGreaterThan(8);
    for (const file of runners) {
      const text = readFileSync(file, "utf8");
      if (!/executeQuery\(|beginTransaction\(|session\.run\(/.test(text)) continue;
      const where = path.relative(SERVER, file);
      expect(text, where).toMatch(/from "\.\.\/neo4j\/query-options\.ts"/);
      expect(text, where).not.toMatch(/transactionConfig\s*:|\{\s*timeout\s*:/);
    }
  });

  it("withDeadline rejects late work with the caller's error and passes timely results through", async () => {
    await expect(withDeadline(new Promise(() => {}), 20, () => new Error("late"))).rejects.toThrow("late");
    await expect(withDeadline(Promise.resolve(7), 1000, () => new Error("late"))).resolves.toBe(7);
  });
});
