// Per-client rate limits, one budget per cost class (api/route.ts); a client over its limit gets the API's JSON
// error (429 RATE_LIMITED) with standard RateLimit headers. Limits come from config so tests can set their own.
// Preflight OPTIONS requests never count: a browser sends them on its own, before the request it was asked for.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { ApiError } from "./errors.ts";

export function rateLimiter(what: string, windowMs: number, limit: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skip: (req) => req.method === "OPTIONS",
    handler: (_req, _res, next) => {
      next(
        new ApiError(
          "RATE_LIMITED",
          `${what}: too many requests; at most ${limit} per ${Math.round(windowMs / 1000)} s, try again later`,
        ),
      );
    },
  });
}
