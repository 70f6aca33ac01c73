// Guarantee 8 of the reliability issue: SIGTERM with slow requests in flight. Each finishes or gets a clean
// JSON answer; the driver and the local Neo4j close; the exit code is 0; the next start finds the data intact.
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "../_spawn-server.ts";

const SLOW_QUERY = "UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n";

function portAnswers(boltUri: string): Promise<boolean> {
  const { hostname, port } = new URL(boltUri.replace(/^bolt:/, "http:"));
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

describe("shutdown on SIGTERM", () => {
  let home = "";
  afterAll(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });

  it(
    "lets in-flight requests finish, closes Neo4j, exits 0, and the next start finds the data",
    { timeout: 240_000 },
    async () => {
      home = await mkdtemp(path.join(os.tmpdir(), "rg-shutdown-"));
      const first = await spawnServer({ NEO4J_LOCAL_HOME: home });
      expect((await fetch(`${first.url}/api/ready`)).status).toBe(200);

      const inFlight = Array.from({ length: 3 }, () =>
        fetch(`${first.url}/api/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: SLOW_QUERY }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as { error?: { code: string } } })),
      );
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      first.child.kill("SIGTERM");
      const results = await Promise.all(inFlight);
      for (const r of results) {
        expect(r.status === 200 || (r.status === 503 && r.body.error?.code === "DB_UNAVAILABLE")).toBe(true);
      }
      expect(await first.exited).toBe(0);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(await portAnswers(first.boltUri)).toBe(false);
      expect(first.output()).not.toMatch(/unhandled|Error:/i);

      const second = await spawnServer({ NEO4J_LOCAL_HOME: home });
      try {
        expect(second.output()).toMatch(/already loaded, skipped/);
        expect((await fetch(`${second.url}/api/ready`)).status).toBe(200);
      } finally {
        second.child.kill("SIGTERM");
        expect(await second.exited).toBe(0);
      }
    },
  );
});
