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

/**
 * A multipart/form-data body (an upload): one file field, read into memory up to `maxBytes` (never to disk, so a
 * refused upload leaves no file anywhere); the route's `body` schema validates the other, text fields.
 */
export interface MultipartDecl {
  /** The file field's name. */
  field: string;
  /** Largest file accepted, bytes: more answers 413 with `tooLargeCode`. */
  maxBytes: number;
  tooLargeCode: ErrorCode;
  description: string;
}

/** A file a multipart route received. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RouteDecl {
  method: HttpMethod;
  /** Under /api, OpenAPI style: "/nodes/{id}". */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data request (its text fields validated by `body`) instead of a JSON body. */
  multipart?: MultipartDecl;
  response: z.ZodType;
  /** The success status (default 200); creations answer 201. */
  status?: 200 | 201;
  /** Other success statuses the route answers with the same response schema (an upload's 200 and 202). */
  alsoAnswers?: readonly { status: 200 | 202; description: string }[];
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
  /** The uploaded file of a multipart route (checked present by the binding). */
  file: D["multipart"] extends MultipartDecl ? UploadedFile : undefined;
}

/** What a caller sends, before the route's schemas coerce and default it (the client's side). */
export interface CallInput<D extends RouteDecl> {
  params: In<D["params"]>;
  query: In<D["query"]>;
  body: In<D["body"]>;
}

export type ResponseOf<D extends RouteDecl> = z.output<D["response"]>;
