// The product's API over the bench database, in a child process listening on 127.0.0.1:0 (loopback only),
// so HTTP, validation and JSON costs land on the server's event loop, not on the load generator's.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchDb } from "./database.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface BenchApp {
  url: string;
  close(): Promise<void>;
}

export async function startBenchApp(
  db: BenchDb,
  queryTimeoutMs: number,
  clientDir?: string,
  /** More of the server's environment (e.g. SOURCES_DIR for documents imported into a throwaway folder). */
  env: Record<string, string> = {},
): Promise<BenchApp> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, "app-child.ts")], {
    cwd: path.join(HERE, "..", ".."),
    env: {
      ...process.env,
      NEO4J_URI: db.target.uri,
      NEO4J_USERNAME: db.target.username,
      NEO4J_PASSWORD: db.target.password,
      NEO4J_DATABASE: db.database,
      QUERY_TIMEOUT_MS: String(queryTimeoutMs),
      BENCH_CLIENT_DIR: clientDir ?? "",
      LOG_LEVEL: "silent",
      // The bench measures the API's latency, not its rate limiter: at the product's limits (120 paths a
      // minute) most of a closed loop's requests would be 429s answered in a few ms.
      RATE_LIMIT_PATHS: "1000000",
      RATE_LIMIT_CYPHER: "1000000",
      RATE_LIMIT_STANDARD: "1000000",
      RATE_LIMIT_COSTLY: "1000000",
      ...env,
    },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => reject(new Error("bench: the API child did not listen within 60 s")), 60_000);
    child.stdout!.on("data", (c: Buffer) => {
      buf += c.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: the API child exited with ${code}`));
    });
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      // Bounded: a server still draining keep-alive sockets after 10 s is killed.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
