// The one error middleware: every failure leaves as JSON {error: {code, message, requestId, details?}}.
// Express 5 forwards rejected promises here, so handlers need no try/catch.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { ImportError } from "../../../graph-seed/src/import/errors.ts";
import { fromNeo4jError } from "../neo4j/errors.ts";
import { ApiError } from "./errors.ts";

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  // An import's refusal keeps its own code (one list, graph-seed/src/import/errors.ts, with its status).
  if (err instanceof ImportError) return new ApiError(err.code, err.message);
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const where = details.map((d) => `${d.path || "(body)"}: ${d.message}`).join("; ");
    return new ApiError("BAD_REQUEST", `request: ${where}`, details);
  }
  const neo = fromNeo4jError(err);
  if (neo) return neo;
  const e = err as { type?: string; status?: number };
  if (e?.type === "entity.too.large") return new ApiError("TOO_LARGE", "request: the body is larger than allowed");
  if (e?.type === "entity.parse.failed") return new ApiError("BAD_REQUEST", "request: the body is not valid JSON");
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported")
    return new ApiError("BAD_REQUEST", "request: unsupported body encoding");
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500)
    return new ApiError("BAD_REQUEST", "request: malformed request");
  return new ApiError("INTERNAL", "server: an unexpected error occurred; it has been logged");
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const apiError = toApiError(err);
  const requestId = String(req.id ?? "");
  if (apiError.code === "INTERNAL") req.log?.error({ err }, "unhandled error");
  else req.log?.info({ code: apiError.code }, apiError.message);
  if (res.headersSent) return void res.end();
  if (apiError.retryAfterS !== undefined) res.setHeader("Retry-After", String(apiError.retryAfterS));
  res.status(apiError.status).json({
    error: {
      code: apiError.code,
      message: apiError.message,
      requestId,
      ...(apiError.details === undefined ? {} : { details: apiError.details }),
    },
  });
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError("NOT_FOUND", `route: no such endpoint ${req.method} ${req.path}`));
};
