// Runs one of the project's CLIs (`npm run seed`, `import`, `export`, or the boot entry) as a child process
// against the run's Neo4j, as a user would: the tests' one way to spawn them.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../graph-seed/src/config.ts";
import { neo4jTarget, SOURCES_DIR } from "./_harness.ts";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/**
 * `script` is a path from the repository root: a .ts entry runs through tsx, a .mjs one (the boot entry) as
 * plain node runs it. `env` is laid over the Neo4j target and SOURCES_DIR; `onLine` sees each output line.
 */
export function runCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onLine?: (line: string, child: ChildProcess) => void,
): Promise<CliResult> {
  const t = neo4jTarget();
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...loader, path.join(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
      SOURCES_DIR,
      ...env,
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
