// Chooses where the Neo4j comes from, in the order the project promises:
//   a. NEO4J_URI (server, cluster or Aura) — used as is;
//   b. a Docker engine that answers — Testcontainers' Neo4j module (neo4j:5.26-community);
//   c. a local Neo4j 5.26 community that the project fetches with Maven and runs on Java 17+.
// When none can be had it fails within seconds, naming the three ways and what each needs.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import type { ProgressFn } from "./launcher-build.ts";
import { startLocalNeo4j } from "./local-neo4j.ts";
import { superviseLocalNeo4j, type DatabaseStatus } from "./local-supervisor.ts";
import { withDeadline } from "../deadline.ts";

const execFileP = promisify(execFile);

export type ProviderKind = "env" | "docker" | "local";

export interface Neo4jTarget {
  kind: ProviderKind;
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Stops what the provider started; a no-op for an external database. */
  stop(): Promise<void>;
  /** Present for the local provider: lets tests kill and restart the database. */
  local?: { readonly pid: number; port: number; home: string; kill(): void; startMs: number };
  /** Present when the project started the database and supervises it (local provider). */
  status?: () => DatabaseStatus;
}

/** Where the Neo4j comes from and how the project may start one; config.ts reads these from the environment. */
export interface Neo4jSettings {
  uri?: string | undefined;
  username: string;
  password: string;
  database: string;
  provider: "auto" | "docker" | "local";
  image: string;
  /** Data folder for the local provider (kept for `npm start`, throwaway for tests). */
  localHome: string;
  localHeap: string;
  localPagecache: string;
}

export interface ProviderOptions extends Neo4jSettings {
  repoRoot: string;
  progress?: ProgressFn;
  /** Lines about the supervised database's exits and restarts (default: progress). */
  supervisorLog?: (line: string) => void;
  /** Injected in tests to simulate machines without Docker, Java or Maven. */
  probes?: Partial<Probes>;
}

export interface Probes {
  dockerAvailable(): Promise<boolean>;
  javaMajor(): Promise<number | null>;
  mavenAvailable(): Promise<boolean>;
}

export class NoNeo4jAvailableError extends Error {
  readonly code = "NEO4J_UNAVAILABLE";
}

export async function acquireNeo4j(opts: ProviderOptions): Promise<Neo4jTarget> {
  const progress = opts.progress ?? (() => {});
  if (opts.uri) {
    return {
      kind: "env",
      uri: opts.uri,
      username: opts.username,
      password: opts.password,
      database: opts.database,
      stop: async () => {},
    };
  }
  const probes: Probes = { ...defaultProbes, ...opts.probes };
  const [docker, java, maven] = await Promise.all([
    opts.provider === "local" ? false : probes.dockerAvailable(),
    probes.javaMajor(),
    probes.mavenAvailable(),
  ]);
  if (docker && opts.provider !== "local") {
    progress(`starting ${opts.image} with Testcontainers`);
    return startDockerNeo4j(opts);
  }
  if (opts.provider === "docker")
    throw unavailable(false, java, maven, "NEO4J_PROVIDER=docker but no Docker engine answers");
  if (java !== null && java >= 17 && maven) {
    const settings = {
      repoRoot: opts.repoRoot,
      home: opts.localHome,
      heap: opts.localHeap,
      pagecache: opts.localPagecache,
      progress,
    };
    let port = 0;
    // The first start picks a free port; restarts reuse it, so the URI the driver holds stays right.
    const supervisor = await superviseLocalNeo4j({
      start: async () => {
        const db = await startLocalNeo4j({ ...settings, port });
        port = db.port;
        return db;
      },
      log: opts.supervisorLog ?? progress,
    });
    const first = supervisor.current();
    return {
      kind: "local",
      uri: first.uri,
      username: first.username,
      password: first.password,
      database: "neo4j",
      stop: () => supervisor.stop(),
      status: () => supervisor.status(),
      local: {
        get pid() {
          return supervisor.current().pid;
        },
        port: first.port,
        home: opts.localHome,
        kill: () => supervisor.current().kill(),
        startMs: first.startMs,
      },
    };
  }
  throw unavailable(docker, java, maven);
}

function unavailable(docker: boolean, java: number | null, maven: boolean, why?: string): NoNeo4jAvailableError {
  const javaState = java === null ? "no java found" : java < 17 ? `java ${java} found, too old` : `java ${java} found`;
  return new NoNeo4jAvailableError(
    [
      `neo4j: no Neo4j 5 available${why ? ` (${why})` : ""}. Any one of these works:`,
      `  a. set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to an existing Neo4j 5 — not set`,
      `  b. a running Docker engine, for Testcontainers' neo4j:5.26-community — ${docker ? "found" : "none answers"}`,
      `  c. Java 17+ and Maven, to run a local Neo4j 5.26 community — ${javaState}, ${maven ? "mvn found" : "no mvn found"}`,
    ].join("\n"),
  );
}

const defaultProbes: Probes = {
  async dockerAvailable() {
    // Only ask Testcontainers when a socket or host is configured: its own discovery can take long.
    const socket = process.env.DOCKER_HOST || existsSync("/var/run/docker.sock");
    if (!socket) return false;
    try {
      const { getContainerRuntimeClient } = await import("testcontainers");
      await withDeadline(getContainerRuntimeClient(), 8000, () => new Error("timed out after 8000 ms"));
      return true;
    } catch {
      return false;
    }
  },
  async javaMajor() {
    try {
      const { stderr, stdout } = await execFileP("java", ["-version"], { timeout: 10_000 });
      const m = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
      if (!m) return null;
      const major = Number(m[1]);
      return major === 1 ? Number(m[2]) : major;
    } catch {
      return null;
    }
  },
  async mavenAvailable() {
    try {
      await execFileP("mvn", ["-v"], { timeout: 20_000 });
      return true;
    } catch {
      return false;
    }
  },
};

async function startDockerNeo4j(opts: ProviderOptions): Promise<Neo4jTarget> {
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer(opts.image).withPassword("resilience-graph").start();
  return {
    kind: "docker",
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: "neo4j",
    stop: async () => {
      await container.stop();
    },
  };
}
