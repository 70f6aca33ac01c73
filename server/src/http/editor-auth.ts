// The editor flag of a route: `Authorization: Bearer <token>`, compared in constant time with the token the app's
// deps carry. Without a configured token no request can edit.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { ApiError } from "./errors.ts";

/** Equal-length digests, so the comparison takes the same time whatever the token's length or prefix. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether the request carries the configured editor token (false when editing is off). */
export function hasEditorToken(req: Request, expected: string | null | undefined): boolean {
  if (!expected) return false;
  const m = /^Bearer +(\S+) *$/i.exec(req.get("authorization") ?? "");
  return m !== null && sameSecret(m[1]!, expected);
}

export function editorAuth(token: () => string | undefined): RequestHandler {
  return (req, res, next) => {
    const expected = token();
    if (!expected) return next(new ApiError("UNAUTHORIZED", "editor: editing is not enabled on this server"));
    if (!hasEditorToken(req, expected)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="editor"');
      return next(new ApiError("UNAUTHORIZED", "editor: a valid editor token is required (Authorization: Bearer …)"));
    }
    next();
  };
}
