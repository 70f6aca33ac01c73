// What one route of the API is, declared once: method, path, request and response schemas, error codes, rate-limit
// cost class and whether it needs the editor token. The router binding (http/bind-routes.ts), the OpenAPI document
// (openapi/openapi.ts) and the client's typed calls (client/src/api/) are all derived from these declarations.
// Pure data and zod schemas only, so the client can import its types without any server code.
import type { z } from "zod";
import type { ErrorCode } from "../http/errors.ts";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Rate-limit budgets. Each class has its own counter per client and window (config `rateLimit`):
 * standard: cheap reads by id or index; costly: whole-graph and whole-matrix reads; paths: path search;
 * cypher: the console; writes: every write route (token guesses included, since the limiter runs first).
 */
export const COST_CLASSES = ["standard", "costly", "paths", "cypher", "writes"] as const;
export type CostClass = (typeof COST_CLASSES)[number];

/**
 * Errors any route that reads the database can answer: every query has a timeout, and the database may be away.
 * One list, so that a new database error code (a memory limit) reaches every such route's documentation by one
 * edit here.
 */
export const DB_ERRORS = ["QUERY_TIMEOUT", "DB_UNAVAILABLE"] as const satisfies readonly ErrorCode[];

/** A rule across fields that no parameter schema can carry: the server answers 400 BAD_REQUEST when it is broken. */
export interface CrossFieldRule {
  /** The fields the rule relates. */
  fields: readonly string[];
  /** What the rule says, as the document states it. */
  rule: string;
}

export interface RouteDecl {
  method: HttpMethod;
  /** Under /api, OpenAPI style: "/nodes/{id}". */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** The success status (default 200); creations answer 201. */
  status?: 200 | 201;
  /** Codes this route answers besides those every route may (BAD_REQUEST on bad input, RATE_LIMITED). */
  errors: readonly ErrorCode[];
  cost: CostClass;
  /** Write routes: `Authorization: Bearer <editor token>` is required and checked in constant time. */
  editor?: boolean;
  /** Cross-field rules of the query or body, documented as `x-cross-field-rules` and enforced by the schema. */
  rules?: readonly CrossFieldRule[];
}

/** Declares a route; `const` keeps the literal method and path in the type, which the client checks against. */
export function route<const D extends RouteDecl>(decl: D): D {
  return decl;
}

type In<S> = S extends z.ZodType ? z.input<S> : undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives, already validated and transformed by the route's schemas. */
export interface ValidInput<D extends RouteDecl> {
  params: Out<D["params"]>;
  query: Out<D["query"]>;
  body: Out<D["body"]>;
}

/** What a caller sends, before the route's schemas coerce and default it (the client's side). */
export interface CallInput<D extends RouteDecl> {
  params: In<D["params"]>;
  query: In<D["query"]>;
  body: In<D["body"]>;
}

export type ResponseOf<D extends RouteDecl> = z.output<D["response"]>;
