// Binds the declared routes to an Express router: per route its cost class's rate limiter, the editor check when
// the route asks for it, a multipart parser for upload routes only, validation of params, query and body with the
// route's schemas, then its handler, whose answer is sent as JSON. Per path, OPTIONS answers 204 with `Allow`
// (free: no limiter sees it) and any other undeclared method 405 METHOD_NOT_ALLOWED with `Allow`.
import type { RequestHandler, Router } from "express";
import { COST_CLASSES, type CostClass, type RouteDecl, type UploadedFile } from "../api/route.ts";
import type { AppDeps } from "./app-deps.ts";
import { editorAuth, hasEditorToken } from "./editor-auth.ts";
import { multipartBody, uploadedFile } from "./multipart.ts";
import { ApiError } from "./errors.ts";
import { rateLimiter } from "./rate-limit.ts";
import type { HandlerContext } from "./route-handler.ts";

type AnyHandler = (
  input: { params: unknown; query: unknown; body: unknown; file: UploadedFile | undefined },
  ctx: HandlerContext,
) => unknown;

/** "/nodes/{id}" → "/nodes/:id". */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

export function bindRoutes(
  router: Router,
  routes: Record<string, RouteDecl>,
  handlers: Record<string, AnyHandler>,
  deps: AppDeps,
): void {
  const { windowMs } = deps.config.rateLimit;
  const limiters = Object.fromEntries(
    COST_CLASSES.map((c) => [c, rateLimiter(c, windowMs, deps.config.rateLimit[c])]),
  ) as Record<CostClass, RequestHandler>;
  const auth = editorAuth(() => deps.config.editor.token ?? undefined);
  // An editor's batch curation (hundreds of reviews and edits a minute) has its own, larger budget; a request
  // without the valid token keeps the `writes` one, so guessing the token stays as slow as before.
  const editorWrites = rateLimiter(
    "editor writes",
    windowMs,
    deps.config.rateLimit.editorWrites ?? deps.config.rateLimit.writes,
  );
  const writeLimiter: RequestHandler = (req, res, next) =>
    hasEditorToken(req, deps.config.editor.token) ? editorWrites(req, res, next) : limiters.writes(req, res, next);

  const byPath = new Map<string, [string, RouteDecl][]>();
  for (const entry of Object.entries(routes)) byPath.set(entry[1].path, [...(byPath.get(entry[1].path) ?? []), entry]);

  for (const [path, entries] of byPath) {
    const r = router.route(expressPath(path));
    for (const [name, decl] of entries) {
      const handler = handlers[name];
      if (!handler) throw new Error(`bindRoutes: route "${name}" has no handler`);
      const limiter = decl.editor && decl.cost === "writes" ? writeLimiter : limiters[decl.cost];
      // The editor check runs before the upload is read: a request without the token costs no parsing.
      const pre = [limiter, ...(decl.editor ? [auth] : []), ...(decl.multipart ? [multipartBody(decl.multipart)] : [])];
      r[decl.method](...pre, async (req, res) => {
        const input = {
          params: decl.params ? decl.params.parse(req.params) : undefined,
          query: decl.query ? decl.query.parse(req.query) : undefined,
          body: decl.body ? decl.body.parse(req.body ?? {}) : undefined,
          file: decl.multipart ? uploadedFile(req, decl.multipart) : undefined,
        };
        let status: number = decl.status ?? 200;
        // A handler may choose one of the route's other declared statuses (an upload's 200 or 202), no other.
        const answerWith = (s: 200 | 202) => {
          if (!decl.alsoAnswers?.some((a) => a.status === s))
            throw new Error(`bindRoutes: route "${name}" does not declare status ${s}`);
          status = s;
        };
        const answer = await handler(input, { deps, req, res, answerWith });
        res.status(status).json(answer);
      });
    }
    const methods = entries.map(([, d]) => d.method.toUpperCase());
    if (methods.includes("GET")) methods.push("HEAD");
    const allow = [...new Set([...methods, "OPTIONS"])].join(", ");
    r.options((_req, res) => void res.setHeader("Allow", allow).status(204).end());
    r.all((req, res, next) => {
      res.setHeader("Allow", allow);
      next(new ApiError("METHOD_NOT_ALLOWED", `route: ${req.method} is not allowed on /api${path}; allowed: ${allow}`));
    });
  }
}
