// The settings the ground floor needs, shared by the loader CLI and the server: where Neo4j comes from and
// where the source documents are. A pure function of an environment object: the server's config.ts (the only
// reader of process.env in the server) and the CLIs pass theirs in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Neo4jSettings } from "./database/provider.ts";

/** The repository root, whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const BaseEnvSchema = z.object({
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
});

export interface BaseConfig {
  neo4j: Neo4jSettings;
  /** Where source documents are read at run time; the project stores only locators into them. */
  sourcesDir: string;
  repoRoot: string;
}

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

/** Empty strings mean "unset" (a blank line in a .env file must not become a value). */
export function cleanEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >;
}

/** Parses `env` with `schema`, or throws one ConfigError naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(cleanEnv(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`config: invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * Where the source documents are: SOURCES_DIR (a relative one counts from the repository root, whatever the
 * working directory), else ../shared/sources beside the repository. The one answer for the server, the loader,
 * the tools, the tests and the bench; an empty SOURCES_DIR means unset, as everywhere in the config.
 */
export function sourcesDirFrom(env: { SOURCES_DIR?: string | undefined }): string {
  return path.resolve(REPO_ROOT, env.SOURCES_DIR || path.join("..", "shared", "sources"));
}

export function baseConfigFrom(e: z.infer<typeof BaseEnvSchema>): BaseConfig {
  return {
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
    sourcesDir: sourcesDirFrom(e),
    repoRoot: REPO_ROOT,
  };
}

export function loadBaseConfig(env: NodeJS.ProcessEnv): BaseConfig {
  return baseConfigFrom(parseEnv(BaseEnvSchema, env));
}
