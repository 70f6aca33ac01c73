// The API contract: zod schemas (used to validate requests and to generate /api/openapi.json) and their
// types. The client imports only types from here (`import type`).
export * from "./common.ts";
export * from "./graph-payload.ts";
export * from "./schema.ts";
export * from "./graph.ts";
export * from "./graph-columns.ts";
export * from "./nodes.ts";
export * from "./search.ts";
export * from "./paths.ts";
export * from "./ties.ts";
export * from "./documents.ts";
export * from "./compare.ts";
export * from "./cypher.ts";
export * from "./curation.ts";
export * from "./route.ts";
export * from "./routes.ts";
