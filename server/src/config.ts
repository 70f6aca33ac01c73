// The only reader of process.env. Validated once at boot; a bad value stops the process with a message
// naming the variable. .env.example documents every variable.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Neo4jSettings } from "./neo4j/provider.ts";

/** The repository root, whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const EnvSchema = z.object({
  PORT: intFrom(3000, 0, 65535),
  HOST: z.string().default("127.0.0.1"),
  // a. an existing Neo4j (server, cluster or Aura); the names Neo4j's own tools use.
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().default("neo4j"),
  // b/c. How the project may start a database itself when NEO4J_URI is absent.
  NEO4J_PROVIDER: z.enum(["auto", "docker", "local"]).default("auto"),
  NEO4J_IMAGE: z.string().default("neo4j:5.26-community"),
  NEO4J_LOCAL_HOME: z.string().optional(),
  NEO4J_LOCAL_HEAP: z.string().default("1g"),
  NEO4J_LOCAL_PAGECACHE: z.string().default("256m"),
  SOURCES_DIR: z.string().optional(),
  // Safety bounds of the Cypher console and of every query the API runs.
  QUERY_TIMEOUT_MS: intFrom(5000, 100, 600_000),
  QUERY_MAX_ROWS: intFrom(1000, 1, 100_000),
  // Requests per client per window on the expensive endpoints (/api/cypher, /api/paths).
  RATE_LIMIT_WINDOW_MS: intFrom(60_000, 1_000, 3_600_000),
  RATE_LIMIT_CYPHER: intFrom(60, 1, 1_000_000),
  RATE_LIMIT_PATHS: intFrom(120, 1, 1_000_000),
  // "skip" serves whatever dist/client holds (tests that start servers while another builds the client).
  CLIENT_BUILD: z.enum(["auto", "skip"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export interface AppConfig {
  port: number;
  host: string;
  neo4j: Neo4jSettings;
  sourcesDir: string;
  queryTimeoutMs: number;
  queryMaxRows: number;
  rateLimit: { windowMs: number; cypher: number; paths: number };
  logLevel: Env["LOG_LEVEL"];
  clientBuild: Env["CLIENT_BUILD"];
  repoRoot: string;
}

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "unset" (a blank line in a .env file must not become a value).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`config: invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      provider: e.NEO4J_PROVIDER,
      image: e.NEO4J_IMAGE,
      localHome: path.resolve(REPO_ROOT, e.NEO4J_LOCAL_HOME ?? path.join(".data", "neo4j")),
      localHeap: e.NEO4J_LOCAL_HEAP,
      localPagecache: e.NEO4J_LOCAL_PAGECACHE,
    },
    sourcesDir: path.resolve(REPO_ROOT, e.SOURCES_DIR ?? path.join("..", "shared", "sources")),
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    queryMaxRows: e.QUERY_MAX_ROWS,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, cypher: e.RATE_LIMIT_CYPHER, paths: e.RATE_LIMIT_PATHS },
    logLevel: e.LOG_LEVEL,
    clientBuild: e.CLIENT_BUILD,
    repoRoot: REPO_ROOT,
  };
}
