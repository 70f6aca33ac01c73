// `npm start` as a user or a service manager runs it: signals to the npm process itself stop everything it
// started (server and database), a crashed server leaves a database the next start can reuse, and even npm
// killed outright leaves nothing running.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../server/src/config.ts";
import { SOURCES_DIR } from "../_harness.ts";

interface Started {
  npm: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<void>;
}

/** Every process below `root` right now, as pid → command line. */
function descendants(root: number): Map<number, string> {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const found = new Map<number, string>();
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const r of rows)
      if (r.ppid === parent && !found.has(r.pid)) {
        found.set(r.pid, r.args);
        queue.push(r.pid);
      }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(what: string, cond: () => boolean, timeoutMs = 40_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`still waiting after ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function npmStart(home: string): Promise<Started> {
  const npm = spawn("npm", ["start"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: "0",
      LOG_LEVEL: "warn",
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_HEAP: "512m",
      NEO4J_LOCAL_PAGECACHE: "64m",
      CLIENT_BUILD: "skip",
      SOURCES_DIR,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  npm.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    npm.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /open (http:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`npm start exited early:\n${out}`)));
  });
  return { npm, url, output: () => out, exited };
}

/** The started tree must hold the server and its JVM, so "all gone" later means something. */
function snapshot(s: Started): Map<number, string> {
  const tree = descendants(s.npm.pid!);
  const cmds = [...tree.values()];
  expect(cmds.some((c) => /start\.mjs/.test(c))).toBe(true);
  expect(cmds.some((c) => /^java .*Launcher/.test(c))).toBe(true);
  return tree;
}

function survivors(tree: Map<number, string>): string[] {
  return [...tree].filter(([pid]) => alive(pid)).map(([pid, cmd]) => `${pid} ${cmd.slice(0, 80)}`);
}

describe("npm start and signals", () => {
  let home = "";
  afterAll(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("SIGTERM to the npm process stops the server and its database", { timeout: 180_000 }, async () => {
    home ||= await mkdtemp(path.join(os.tmpdir(), "rg-signals-"));
    const s = await npmStart(home);
    expect((await fetch(`${s.url}/api/ready`)).status).toBe(200);
    const tree = snapshot(s);
    s.npm.kill("SIGTERM");
    await s.exited;
    await waitUntil(`no process of the tree left: ${survivors(tree).join("; ")}`, () => !survivors(tree).length);
    expect(s.output()).toMatch(/SIGTERM: stopping/);
  });

  it(
    "a server killed with SIGKILL takes its database down; the next start reuses the data and stops on SIGINT",
    {
      timeout: 240_000,
    },
    async () => {
      home ||= await mkdtemp(path.join(os.tmpdir(), "rg-signals-"));
      const s = await npmStart(home);
      const tree = snapshot(s);
      const server = [...tree].find(([, c]) => /start\.mjs/.test(c))![0];
      process.kill(server, "SIGKILL");
      // The JVM sees its stdin close and shuts down cleanly; npm reports the dead child and exits.
      await s.exited;
      await waitUntil(`no process of the tree left: ${survivors(tree).join("; ")}`, () => !survivors(tree).length);

      const next = await npmStart(home);
      const nextTree = snapshot(next);
      try {
        expect(next.output()).toMatch(/already loaded, skipped/);
        expect((await fetch(`${next.url}/api/ready`)).status).toBe(200);
      } finally {
        // Ctrl-C in a terminal: SIGINT to the foreground process.
        next.npm.kill("SIGINT");
        await next.exited;
      }
      await waitUntil(`no process left: ${survivors(nextTree).join("; ")}`, () => !survivors(nextTree).length);
      expect(next.output()).toMatch(/SIGINT: stopping/);
    },
  );

  it(
    "npm itself killed with SIGKILL: the orphaned server notices and stops its database",
    {
      timeout: 180_000,
    },
    async () => {
      home ||= await mkdtemp(path.join(os.tmpdir(), "rg-signals-"));
      const s = await npmStart(home);
      const tree = snapshot(s);
      s.npm.kill("SIGKILL");
      await s.exited;
      await waitUntil(`no process of the tree left: ${survivors(tree).join("; ")}`, () => !survivors(tree).length);
    },
  );
});
