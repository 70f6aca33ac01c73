// Prepares the local Neo4j launcher: asks Maven for Neo4j's classpath (fetching into Maven's own cache on
// first use, with progress) and compiles Launcher.java once. Both results are cached under .cache/, keyed
// by a hash of pom.xml and Launcher.java, so a warm start runs neither Maven nor javac.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";

export interface LauncherBuild {
  /** Classpath for `java -cp`: the compiled launcher first, then Neo4j's jars. */
  classpath: string;
  /** Milliseconds spent on Maven (0 when cached). */
  mavenMs: number;
  /** Milliseconds spent on javac (0 when cached). */
  javacMs: number;
}

export type ProgressFn = (line: string) => void;

export class LauncherBuildError extends Error {
  readonly code = "NEO4J_LOCAL_BUILD";
}

export async function prepareLauncher(repoRoot: string, progress: ProgressFn): Promise<LauncherBuild> {
  const launcherDir = path.join(repoRoot, "graph-seed", "neo4j-launcher");
  const pom = path.join(launcherDir, "pom.xml");
  const source = path.join(launcherDir, "Launcher.java");
  const hash = createHash("sha256")
    .update(await readFile(pom))
    .update(await readFile(source))
    .digest("hex")
    .slice(0, 16);
  const cacheDir = path.join(repoRoot, ".cache", "neo4j-launcher", hash);
  await mkdir(cacheDir, { recursive: true });

  const cpFile = path.join(cacheDir, "classpath.txt");
  let mavenMs = 0;
  let jars = existsSync(cpFile) ? (await readFile(cpFile, "utf8")).trim() : "";
  // A cleaned Maven cache invalidates the stored classpath: check the jars are still there.
  if (!jars || !jars.split(path.delimiter).every((j) => existsSync(j))) {
    const t0 = Date.now();
    await resolveClasspath(pom, cpFile, progress);
    mavenMs = Date.now() - t0;
    jars = (await readFile(cpFile, "utf8")).trim();
  }

  const classesDir = path.join(cacheDir, "classes");
  let javacMs = 0;
  if (!existsSync(path.join(classesDir, "Launcher.class"))) {
    const t0 = Date.now();
    progress("compiling the Neo4j launcher");
    const tmp = `${classesDir}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await run("javac", ["-nowarn", "-d", tmp, "-cp", jars, source], "javac", () => {});
    await rename(tmp, classesDir).catch(async (err: NodeJS.ErrnoException) => {
      // Another process compiled it at the same time: theirs is as good as ours.
      if (existsSync(path.join(classesDir, "Launcher.class"))) await rm(tmp, { recursive: true, force: true });
      else throw err;
    });
    javacMs = Date.now() - t0;
  }
  return { classpath: `${classesDir}${path.delimiter}${jars}`, mavenMs, javacMs };
}

async function resolveClasspath(pom: string, outFile: string, progress: ProgressFn): Promise<void> {
  progress("resolving Neo4j 5.26 with Maven (first run downloads ~90 MB into Maven's cache)");
  let downloaded = 0;
  let lastReport = 0;
  const tmp = `${outFile}.tmp-${process.pid}`;
  await run("mvn", ["-B", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${tmp}`], "mvn", (line) => {
    if (/^\[INFO\] Downloaded from /.test(line)) {
      downloaded++;
      const now = Date.now();
      if (now - lastReport > 1000) {
        lastReport = now;
        progress(`Maven: ${downloaded} files downloaded`);
      }
    }
  });
  if (downloaded > 0) progress(`Maven: ${downloaded} files downloaded, done`);
  await rename(tmp, outFile);
}

/** Runs a tool, streaming its output lines to `onLine`; rejects with the tail of its output on failure. */
function run(cmd: string, args: string[], label: string, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    const keep = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      onLine(line);
    };
    readline.createInterface({ input: child.stdout }).on("line", keep);
    readline.createInterface({ input: child.stderr }).on("line", keep);
    child.on("error", (err) => reject(new LauncherBuildError(`neo4j-local: cannot run ${label}: ${err.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new LauncherBuildError(`neo4j-local: ${label} failed (exit ${code}):\n${tail.join("\n")}`));
    });
  });
}
