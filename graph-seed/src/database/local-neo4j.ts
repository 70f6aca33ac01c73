// Runs Neo4j 5.26 community as a child JVM (graph-seed/neo4j-launcher/Launcher.java): provider (c), used on
// machines without NEO4J_URI and without a Docker engine. The child dies with us: it watches its stdin,
// which only this process holds open.
import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { prepareLauncher, type ProgressFn } from "./launcher-build.ts";
import { localMemoryLimits } from "./local-memory.ts";
import { prepareHome } from "./local-secrets.ts";

export interface LocalNeo4jOptions {
  repoRoot: string;
  /** Data folder; only one process may open it at a time. */
  home: string;
  /** 0 picks a free port; a fixed port lets a restart keep the same URI. */
  port?: number;
  heap?: string;
  pagecache?: string;
  progress?: ProgressFn;
  /** Give up if the database is not ready in this time. */
  startTimeoutMs?: number;
  /** Global transaction timeout (Neo4j duration); the API's own per-transaction timeouts are shorter. */
  txTimeout?: string;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** The neo4j user's credentials: the password lives in the data folder (mode 0600). */
  username: string;
  password: string;
  /** Milliseconds from spawn to the READY line. */
  startMs: number;
  /** Stops cleanly (stdin EOF), then harder if it does not exit in time. */
  stop(timeoutMs?: number): Promise<void>;
  /** SIGKILL, for fault-injection tests. */
  kill(): void;
  /** The signal that ended the JVM, once it has exited that way. */
  signal(): string | null;
  exited: Promise<number | null>;
}

export class LocalNeo4jError extends Error {
  readonly code = "NEO4J_LOCAL_START";
}

/**
 * The flags Neo4j 5's own neo4j.conf passes on Java 17+. Checked against debug.log: without java.nio the page
 * cache logs "Reflection access to java.nio.DirectByteBuffer is not available, using fallback mode"; without
 * sun.nio.ch/java.io the transaction logs cannot get file descriptors ("Incorrect file descriptor" when
 * advising the OS cache). With these three, neither warning appears; nothing else was needed.
 */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  // No -XX:+ExitOnOutOfMemoryError: an OutOfMemoryError in a query thread (a string doubled 29 times is not
  // tracked by Neo4j's memory pools) fails that query with Neo.TransientError.General.OutOfMemoryError and
  // frees its garbage; exiting would turn one bad query into an outage. A JVM that truly cannot go on still
  // dies, and the supervisor (local-supervisor.ts) starts it again.
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-Djdk.attach.allowAttachSelf=true",
];

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = opts.progress ?? (() => {});
  const build = await prepareLauncher(opts.repoRoot, progress);
  const { passwordFile, password } = await prepareHome(opts.home);
  const heap = opts.heap ?? "1g";
  const memory = localMemoryLimits(heap);
  const args = [
    // Initial heap = max heap, as Neo4j recommends (it warns otherwise): no resizing pauses under load.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    "-cp",
    build.classpath,
    "Launcher",
    "--home",
    opts.home,
    "--port",
    String(opts.port ?? 0),
    "--pagecache",
    opts.pagecache ?? "128m",
    "--tx-timeout",
    opts.txTimeout ?? "120s",
    "--tx-memory",
    memory.transaction,
    "--tx-total-memory",
    memory.total,
    "--password-file",
    passwordFile,
  ];
  const t0 = Date.now();
  // umask 077: the store files Neo4j creates are readable by this user only (0600, folders 0700).
  // `exec` keeps the JVM's pid the child's pid, so kill() and the stdin pipe reach the JVM itself.
  const child = spawn("/bin/sh", ["-c", 'umask 077 && exec java "$@"', "java", ...args], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  readline.createInterface({ input: child.stderr! }).on("line", remember);

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new LocalNeo4jError(`neo4j-local: not ready after ${opts.startTimeoutMs ?? 120_000} ms:\n${tail.join("\n")}`),
      );
    }, opts.startTimeoutMs ?? 120_000);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`neo4j-local: cannot run java: ${err.message}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(`neo4j-local: the JVM exited (code ${code}) before it was ready:\n${tail.join("\n")}`),
      );
    });
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      remember(line);
      const ready = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      } else if (line.startsWith("neo4j-launcher: ")) {
        progress(line.slice("neo4j-launcher: ".length));
      }
    });
  });
  const startMs = Date.now() - t0;
  // Stdout keeps flowing (shutdown lines); it is drained by readline above, so the pipe never fills.
  child.on("exit", () => {});
  return {
    uri,
    port: Number(new URL(uri.replace(/^bolt:/, "http:")).port),
    pid: child.pid!,
    username: "neo4j",
    password,
    startMs,
    exited,
    kill: () => void child.kill("SIGKILL"),
    signal: () => child.signalCode,
    stop: (timeoutMs = 30_000) => stopChild(child, exited, timeoutMs),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  const timedOut = Symbol("timeout");
  const first = await Promise.race([exited, delay(timeoutMs).then(() => timedOut)]);
  if (first !== timedOut) return;
  child.kill("SIGTERM");
  const second = await Promise.race([exited, delay(5000).then(() => timedOut)]);
  if (second === timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
