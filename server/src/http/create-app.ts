// Builds the Express app from its dependencies, without listening: index.ts listens, tests drive it with supertest.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import compression from "compression";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import { databaseGate } from "../health/database-gate.ts";
import { healthRoutes } from "../health/health-routes.ts";
import { apiDocs } from "./api-docs.ts";
import { mountApiRoutes } from "./api-routes.ts";
import type { AppDeps } from "./app-deps.ts";
import { answerClientErrorsAsJson } from "./client-error.ts";
import { errorMiddleware, notFoundHandler } from "./error-middleware.ts";
import { requestLogger } from "./request-log.ts";
import { ApiError } from "./errors.ts";
import { hostCheck } from "./host-check.ts";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.set("query parser", "simple");

  app.use(requestLogger(deps.log));
  app.use(hostCheck(deps.config.allowedHosts));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Sigma draws with WebGL and workers come from blobs; fonts and styles are served by us.
          "default-src": ["'self'"],
          "img-src": ["'self'", "data:", "blob:"],
          "worker-src": ["'self'", "blob:"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "font-src": ["'self'", "data:"],
        },
      },
    }),
  );
  // The API is same-origin for its own client; other origins are refused unless configured.
  // gzip for API answers and the client's assets: the whole-graph overview is mostly repeated keys and digits.
  app.use(compression({ threshold: 1024 }));
  app.use("/api", cors({ origin: false }));
  app.use("/api", express.json({ limit: "64kb" }));

  const api = express.Router();
  api.use("/docs", apiDocs());
  api.use(healthRoutes(deps));
  api.use(databaseGate(deps));
  mountApiRoutes(api, deps);
  api.use(notFoundHandler);
  app.use("/api", api);

  if (deps.clientDir && existsSync(path.join(deps.clientDir, "index.html"))) {
    // Source maps are never served, even when a build left some behind (the build makes none: vite.config.ts).
    app.use((req, _res, next) =>
      next(/\.map$/i.test(req.path) ? new ApiError("NOT_FOUND", "client: source maps are not served") : undefined),
    );
    app.use(express.static(deps.clientDir, { index: "index.html", maxAge: "1h" }));
    // Client-side routes fall back to the page (share links carry state in the query/hash).
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(deps.clientDir!, "index.html")));
  }
  // Whatever nothing above answered (other methods on /, no client build) gets the JSON 404 too.
  app.use(notFoundHandler);
  app.use(errorMiddleware);

  // Every server made with app.listen (index.ts, tests, benches) answers parser-level errors as JSON too.
  const listen = app.listen.bind(app) as (...args: unknown[]) => Server;
  app.listen = ((...args: unknown[]) => {
    const server = listen(...args);
    answerClientErrorsAsJson(server);
    return server;
  }) as Express["listen"];
  return app;
}
