// The API's few error classes with stable codes. Tests assert the code, not the message.
// Messages start with where they come from and never carry a stack, a file path or a bolt URI.

export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "MISDIRECTED_REQUEST",
  "HEADERS_TOO_LARGE",
  "READ_ONLY",
  "CYPHER_SYNTAX",
  "TIMEOUT",
  "TOO_LARGE",
  "RATE_LIMITED",
  "DB_UNAVAILABLE",
  "NOT_READY",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each code: the OpenAPI document's error responses are derived from this table. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  MISDIRECTED_REQUEST: 421,
  HEADERS_TOO_LARGE: 431,
  READ_ONLY: 403,
  CYPHER_SYNTAX: 400,
  TIMEOUT: 408,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
  NOT_READY: 503,
  INTERNAL: 500,
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError("BAD_REQUEST", message, details);
export const notFound = (message: string) => new ApiError("NOT_FOUND", message);
export const dbUnavailable = (message = "neo4j: the database is not reachable; try again shortly") =>
  new ApiError("DB_UNAVAILABLE", message);
