// The API's few error classes with stable codes. Tests assert the code, not the message.
// Messages start with where they come from and never carry a stack, a file path or a bolt URI.
import { IMPORT_ERROR_CODES, IMPORT_ERROR_STATUS } from "../../../graph-seed/src/import/errors.ts";

export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "MISDIRECTED_REQUEST",
  "HEADERS_TOO_LARGE",
  "REQUEST_TIMEOUT",
  "READ_ONLY",
  "CYPHER_SYNTAX",
  "QUERY_TIMEOUT",
  "MEMORY_LIMIT",
  "TOO_LARGE",
  "RATE_LIMITED",
  "DB_UNAVAILABLE",
  "NOT_READY",
  "INTERNAL",
  // The import's refusals, one code each (graph-seed/src/import/errors.ts: the one list, with their statuses).
  ...IMPORT_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A query that ran out of time answers 504, never 408: browsers silently re-send a POST after a 408, so
 * one click would cost the database two or three times its budget. A query over the database's memory
 * limits is the query's fault, hence a 4xx (422) rather than a server fault.
 *
 * The HTTP status of each code: the OpenAPI document's error responses are derived from this table.
 */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  MISDIRECTED_REQUEST: 421,
  HEADERS_TOO_LARGE: 431,
  // The client was too slow sending its request (slowloris): not a query timeout, which is 504 QUERY_TIMEOUT.
  REQUEST_TIMEOUT: 408,
  READ_ONLY: 403,
  CYPHER_SYNTAX: 400,
  QUERY_TIMEOUT: 504,
  MEMORY_LIMIT: 422,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
  NOT_READY: 503,
  INTERNAL: 500,
  ...IMPORT_ERROR_STATUS,
};

/** Seconds a client should wait before retrying a 503 when nothing better is known. */
export const DEFAULT_RETRY_AFTER_S = 5;

export class ApiError extends Error {
  readonly status: number;
  /** Sent as Retry-After (seconds) with 503s. */
  retryAfterS: number | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
    if (this.status === 503) this.retryAfterS = DEFAULT_RETRY_AFTER_S;
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError("BAD_REQUEST", message, details);
export const notFound = (message: string) => new ApiError("NOT_FOUND", message);
export const dbUnavailable = (
  message = "neo4j: the database is not reachable; try again shortly",
  retryAfterS?: number,
) => {
  const e = new ApiError("DB_UNAVAILABLE", message);
  if (retryAfterS !== undefined) e.retryAfterS = retryAfterS;
  return e;
};
export const queryTimeout = () =>
  new ApiError("QUERY_TIMEOUT", "neo4j: the query ran longer than the allowed time and was stopped");
export const conflict = (message: string, details?: unknown) => new ApiError("CONFLICT", message, details);
