// Per-client rate limits for the expensive endpoints; a client over its limit gets the API's JSON error
// (429 RATE_LIMITED) with standard RateLimit headers. Limits come from config so tests can set their own.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { ApiError } from "./errors.ts";

export function rateLimiter(what: string, windowMs: number, limit: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
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
