// Logging for people and for machines. In a terminal, one short line per request ("GET /api/graph 200 12 ms")
// and plain "level message" lines for the rest; JSON lines (pino's own) when stdout is not a terminal or
// LOG_FORMAT=json, for a log collector. Either way a request is logged once, without its headers: the
// request id, method, URL, status and time are what an operator looks for.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { pino, type Logger, type LevelWithSilent } from "pino";
import { pinoHttp } from "pino-http";

export type LogFormatSetting = "auto" | "text" | "json";
export type LogFormat = "text" | "json";

/** "auto" is text in a terminal, JSON anywhere else (a pipe, a file, a service manager's journal). */
export function resolveLogFormat(setting: LogFormatSetting, stream: { isTTY?: boolean } = process.stdout): LogFormat {
  if (setting !== "auto") return setting;
  return stream.isTTY ? "text" : "json";
}

interface Sink {
  write(chunk: string): unknown;
}

/** The server's logger: pino at `level`, writing JSON lines, or human lines in the "text" format. */
export function createLogger(level: LevelWithSilent, format: LogFormat, sink: Sink = process.stdout): Logger {
  if (format === "json") return pino({ level }, sink as NodeJS.WritableStream);
  return pino({ level }, { write: (line: string) => void sink.write(formatLine(line)) });
}

const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warn",
  50: "error",
  60: "fatal",
};

/** One pino JSON record → one human line (plus the stack of an error, which an operator needs whole). */
export function formatLine(json: string): string {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const req = r.req as { method?: string; url?: string } | undefined;
  const res = r.res as { statusCode?: number } | undefined;
  if (req && res && typeof r.responseTime === "number")
    return `${req.method} ${pathOf(req.url)} ${res.statusCode} ${r.responseTime} ms\n`;
  const level = LEVEL_NAMES[r.level as number] ?? String(r.level);
  const err = r.err as { message?: string; stack?: string } | undefined;
  const code = typeof r.code === "string" ? ` [${r.code}]` : "";
  const line = `${level}${code} ${String(r.msg ?? "")}${err?.message ? `: ${err.message}` : ""}\n`;
  return level === "error" || level === "fatal" ? line + (err?.stack ? `${indent(err.stack)}\n` : "") : line;
}

/** The path without its query: short, and free of what a user typed into a search box. */
function pathOf(url: string | undefined): string {
  return (url ?? "").split("?")[0]!;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

/**
 * Logs each request once when it completes; gives it an id (the caller's x-request-id when sane) that error
 * bodies quote, and a child logger `req.log` carrying it. Health probes are not logged: they poll.
 */
export function requestLogger(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/api/health" || req.url === "/api/ready" },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: () => "request",
    customErrorMessage: () => "request failed",
    // Only what identifies the request: no headers, no remote address, no body.
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}
