// Starts the product the way `npm start` does (server/src/index.ts in a child process) on a free port with
// its own local Neo4j data folder, and reports what it printed.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../server/src/config.ts";
import { SOURCES_DIR } from "./_harness.ts";

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  boltUri: string;
  output: () => string;
  exited: Promise<number | null>;
}

export async function spawnServer(env: Record<string, string>): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "server", "src", "index.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", SOURCES_DIR, NEO4J_URI: "", CLIENT_BUILD: "skip", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /open (http:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${out}`)));
  });
  const boltUri = /database at (bolt:\/\/\S+)/.exec(out)?.[1] ?? "";
  return { child, url, boltUri, output: () => out, exited };
}
