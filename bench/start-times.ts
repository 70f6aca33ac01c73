// Measures `npm start` as a user meets it, whole process from spawn to /api/ready = 200:
//   cold: empty Maven repository (MAVEN_OPTS=-Dmaven.repo.local=<tmp>), no launcher cache, no data, no client
//         build — what a fresh clone meets after `npm install`;
//   warm: everything kept from the previous run (the second `npm start` of a user).
// Median of N runs each. Usage: npx tsx bench/start-times.ts [runs=3]
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../server/src/config.ts";

interface Run {
  ms: number;
  neo4jMs: number | null;
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<Run> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "server", "src", "index.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let neo4jMs: number | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buf += chunk.toString();
      if (neo4jMs === null && /\[neo4j\] local database at/.test(buf)) neo4jMs = Date.now() - t0;
      const m = /open (http:\/\/localhost:\d+)\//.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${buf}`)));
  });
  for (;;) {
    const res = await fetch(`${url}/api/ready`).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const ms = Date.now() - t0;
  child.kill("SIGINT");
  await new Promise((r) => child.once("exit", r));
  return { ms, neo4jMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureStartTimes(runs = 3): Promise<{ cold: Run[]; warm: Run[] }> {
  const cold: Run[] = [];
  const warm: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const m2 = await mkdtemp(path.join(os.tmpdir(), "rg-m2-"));
    const data = await mkdtemp(path.join(os.tmpdir(), "rg-data-"));
    await rm(path.join(REPO_ROOT, ".cache", "neo4j-launcher"), { recursive: true, force: true });
    await rm(path.join(REPO_ROOT, "dist", "client"), { recursive: true, force: true });
    const env = { MAVEN_OPTS: `-Dmaven.repo.local=${m2}`, NEO4J_LOCAL_HOME: data, NEO4J_URI: "" };
    cold.push(await startOnce(env));
    warm.push(await startOnce(env));
    console.log(`run ${i + 1}: cold ${cold[i]!.ms} ms, warm ${warm[i]!.ms} ms`);
    await rm(m2, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  }
  // Leave the launcher cache built against the user's own Maven repository.
  await rm(path.join(REPO_ROOT, ".cache", "neo4j-launcher"), { recursive: true, force: true });
  console.log(`cold start: median ${median(cold.map((r) => r.ms))} ms of ${runs}`);
  console.log(`warm start: median ${median(warm.map((r) => r.ms))} ms of ${runs}`);
  return { cold, warm };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await measureStartTimes(Number(process.argv[2] ?? 3));
}
