// The only reader of process.env in the server. Validated once at boot; a bad value stops the process with a
// message naming the variable. The database and sources settings are the ground floor's (graph-seed/src/config.ts),
// shared with the loader CLI; .env.example documents every variable.
import { z } from "zod";
import { baseConfigFrom, BaseEnvSchema, parseEnv, type BaseConfig } from "../../graph-seed/src/config.ts";

export { ConfigError, REPO_ROOT } from "../../graph-seed/src/config.ts";

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const EnvSchema = BaseEnvSchema.extend({
  PORT: intFrom(3000, 0, 65535),
  HOST: z.string().default("127.0.0.1"),
  // Safety bounds of the Cypher console and of every query the API runs.
  QUERY_TIMEOUT_MS: intFrom(5000, 100, 600_000),
  QUERY_MAX_ROWS: intFrom(1000, 1, 100_000),
  // Requests per client per window, per cost class of route (server/src/api/route.ts): every endpoint has one.
  RATE_LIMIT_WINDOW_MS: intFrom(60_000, 1_000, 3_600_000),
  RATE_LIMIT_STANDARD: intFrom(1200, 1, 1_000_000),
  RATE_LIMIT_COSTLY: intFrom(60, 1, 1_000_000),
  RATE_LIMIT_CYPHER: intFrom(60, 1, 1_000_000),
  RATE_LIMIT_PATHS: intFrom(120, 1, 1_000_000),
  RATE_LIMIT_WRITES: intFrom(300, 1, 1_000_000),
  // Writes that carry the valid editor token: batch curation sends hundreds a minute (see docs/curation.md).
  RATE_LIMIT_EDITOR_WRITES: intFrom(3000, 1, 1_000_000),
  // The editor token guarding every write; without it one is generated and stored beside the local data.
  EDITOR_TOKEN: z.string().min(16, "EDITOR_TOKEN must be at least 16 characters").optional(),
  EDITOR_TOKEN_LABEL: z.string().trim().min(1).max(64).default("editor"),
  // How long POST /api/documents waits for an import to finish before answering 202 (then poll its status).
  IMPORT_WAIT_MS: intFrom(3000, 0, 60_000),
  // Host names the server answers to besides localhost, 127.0.0.1, [::1] and HOST (DNS-rebinding guard).
  ALLOWED_HOSTS: z.string().default(""),
  // "skip" serves whatever dist/client holds (tests that start servers while another builds the client).
  CLIENT_BUILD: z.enum(["auto", "skip"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // "auto": one human line per request in a terminal, JSON lines otherwise (see http/request-log.ts).
  LOG_FORMAT: z.enum(["auto", "text", "json"]).default("auto"),
});

export type Env = z.infer<typeof EnvSchema>;

export interface AppConfig extends BaseConfig {
  port: number;
  host: string;
  queryTimeoutMs: number;
  queryMaxRows: number;
  rateLimit: {
    windowMs: number;
    standard: number;
    costly: number;
    cypher: number;
    paths: number;
    writes: number;
    /** Absent (a test's own config): the `writes` limit. */
    editorWrites?: number;
  };
  /** The editor token (null: writes are refused) and the label the audit trail records as "who". */
  editor: { token: string | null; label: string };
  /** How long an upload waits for its import before it answers 202. */
  importWaitMs: number;
  /** Host names (no port) the Host header may carry; anything else answers 421. */
  allowedHosts: string[];
  logLevel: Env["LOG_LEVEL"];
  logFormat: Env["LOG_FORMAT"];
  clientBuild: Env["CLIENT_BUILD"];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = parseEnv(EnvSchema, env);
  return {
    ...baseConfigFrom(e),
    port: e.PORT,
    host: e.HOST,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    queryMaxRows: e.QUERY_MAX_ROWS,
    rateLimit: {
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      standard: e.RATE_LIMIT_STANDARD,
      costly: e.RATE_LIMIT_COSTLY,
      cypher: e.RATE_LIMIT_CYPHER,
      paths: e.RATE_LIMIT_PATHS,
      writes: e.RATE_LIMIT_WRITES,
      editorWrites: e.RATE_LIMIT_EDITOR_WRITES,
    },
    editor: { token: e.EDITOR_TOKEN ?? null, label: e.EDITOR_TOKEN_LABEL },
    importWaitMs: e.IMPORT_WAIT_MS,
    allowedHosts: allowedHosts(e.HOST, e.ALLOWED_HOSTS),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    clientBuild: e.CLIENT_BUILD,
  };
}

/** The loopback names, the listening HOST when it names one host, and ALLOWED_HOSTS (comma-separated). */
function allowedHosts(host: string, extra: string): string[] {
  const names = ["localhost", "127.0.0.1", "[::1]", ...extra.split(",")];
  // A wildcard bind address is no name a browser would send; a specific one is.
  if (host !== "0.0.0.0" && host !== "::") names.push(host.includes(":") && !host.startsWith("[") ? `[${host}]` : host);
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
}
