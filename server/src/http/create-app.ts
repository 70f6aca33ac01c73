// Builds the Express app from its dependencies, without listening: index.ts listens, tests drive it with supertest.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { healthRoutes } from "../health/health-routes.ts";
import { mountApiRoutes } from "./api-routes.ts";
import type { AppDeps } from "./app-deps.ts";
import { errorMiddleware, notFoundHandler } from "./error-middleware.ts";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.set("query parser", "simple");

  app.use(
    pinoHttp({
      logger: deps.log,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/health" || req.url === "/api/ready" },
    }),
  );
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
  api.use(healthRoutes(deps));
  mountApiRoutes(api, deps);
  api.use(notFoundHandler);
  app.use("/api", api);

  if (deps.clientDir && existsSync(path.join(deps.clientDir, "index.html"))) {
    app.use(express.static(deps.clientDir, { index: "index.html", maxAge: "1h" }));
    // Client-side routes fall back to the page (share links carry state in the query/hash).
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(deps.clientDir!, "index.html")));
  }
  app.use(errorMiddleware);
  return app;
}
