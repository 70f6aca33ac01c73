// Runs `npm run seed`'s entry as a child process against the run's Neo4j, as a user would.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../server/src/config.ts";
import { neo4jTarget, SOURCES_DIR } from "./_harness.ts";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export function spawnSeedCli(args: string[], onLine?: (line: string, child: ChildProcess) => void): Promise<CliResult> {
  const t = neo4jTarget();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "graph-seed", "cli.ts"), ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
      SOURCES_DIR,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    for (const line of text.split("\n")) if (line) onLine?.(line, child);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, output })));
}
