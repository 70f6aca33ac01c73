// GET /api/docs: an interactive reference of the API, rendered in the browser by swagger-ui-dist from the
// route table's own OpenAPI document (/api/openapi.json). Everything is served from here: the two assets the
// page needs come from node_modules, the page and its init script are ours (a separate file, so the CSP needs
// no 'unsafe-inline' for scripts). Not an API route: it is not in the OpenAPI document, and it answers even
// while the database is down.
import { createRequire } from "node:module";
import path from "node:path";
import express, { type Router } from "express";
import { ApiError } from "./errors.ts";

const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
/** Only what the page loads: never the package's own index.html (inline script) or its source maps. */
const ASSETS = new Set(["/swagger-ui.css", "/swagger-ui-bundle.js", "/favicon-32x32.png"]);

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Resilience Graph API</title>
    <link rel="icon" href="./favicon-32x32.png" />
    <link rel="stylesheet" href="./swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="./swagger-ui-bundle.js"></script>
    <script src="./init.js"></script>
  </body>
</html>
`;

// validatorUrl null: the default badge would call a remote validator; the page stays on this server.
const INIT = `window.ui = SwaggerUIBundle({
  url: "../openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
});
`;

export function apiDocs(): Router {
  const docs = express.Router({ strict: true });
  // Relative asset paths need the trailing slash.
  docs.get("/", (req, res, next) => {
    if (!req.originalUrl.split("?")[0]!.endsWith("/")) return res.redirect(301, `${req.baseUrl}/`);
    next();
  });
  docs.get("/", (_req, res) => {
    res.type("html").set("Cache-Control", "no-cache").send(PAGE);
  });
  docs.get("/init.js", (_req, res) => {
    res.type("js").set("Cache-Control", "no-cache").send(INIT);
  });
  docs.use((req, _res, next) =>
    next(
      (req.method === "GET" || req.method === "HEAD") && !ASSETS.has(req.path)
        ? new ApiError("NOT_FOUND", `api docs: no file ${req.path}`)
        : undefined,
    ),
  );
  docs.use(express.static(SWAGGER_DIR, { index: false, maxAge: "1d", fallthrough: true }));
  // Like the route table's paths: other methods are not allowed here.
  docs.use((req, res, next) => {
    res.set("Allow", "GET, HEAD");
    if (req.method === "OPTIONS") return void res.status(204).end();
    next(new ApiError("METHOD_NOT_ALLOWED", `api docs: ${req.method} is not allowed; use GET`));
  });
  return docs;
}
