// The OpenAPI 3.1 document, derived from the route declarations (server/src/api/routes.ts) and the very zod
// schemas that validate requests (z.toJSONSchema), so the description and the validation cannot drift.
import { z } from "zod";
import { ErrorBodySchema } from "../api/common.ts";
import type { RouteDecl } from "../api/route.ts";
import { API_ROUTES } from "../api/routes.ts";
import { ERROR_STATUS, type ErrorCode } from "../http/errors.ts";

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Json;
  return rest;
}

function parameters(obj: z.ZodObject | undefined, where: "path" | "query"): Json[] {
  if (!obj) return [];
  return Object.entries(obj.shape).map(([name, field]) => {
    const schema = schemaOf(field as z.ZodType, "input");
    const absent = (field as z.ZodType).safeParse(undefined);
    const required = where === "path" || !absent.success;
    // A query integer's default is applied by a transform, which JSON Schema cannot see: state it here.
    if (absent.success && typeof absent.data === "number" && schema.type === "integer") schema.default = absent.data;
    return {
      name,
      in: where,
      required,
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
      schema,
    };
  });
}

/** The error codes a route can answer: its own, plus what its shape implies (input to reject, a body, a token). */
export function errorCodesOf(decl: RouteDecl): ErrorCode[] {
  const codes: ErrorCode[] = ["RATE_LIMITED", ...decl.errors];
  if (decl.params || decl.query || decl.body) codes.push("BAD_REQUEST");
  // A path or query string longer than the request line may be (Node's header limit) is refused before routing.
  if (decl.params || decl.query) codes.push("HEADERS_TOO_LARGE");
  if (decl.multipart) codes.push(decl.multipart.tooLargeCode);
  else if (decl.body) codes.push("TOO_LARGE");
  if (decl.editor) codes.push("UNAUTHORIZED");
  return [...new Set(codes)];
}

function errorResponses(decl: RouteDecl): Json {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(decl))
    byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  const out: Json = {};
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[status] = {
      description: codes.join(" or "),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return out;
}

function requestBody(decl: RouteDecl): Json {
  if (decl.multipart) {
    // The text fields from the body schema, and the file as binary: what a form with a file input sends.
    const fields = decl.body ? schemaOf(decl.body, "input") : { type: "object", properties: {} };
    const properties = {
      [decl.multipart.field]: { type: "string", format: "binary", description: decl.multipart.description },
      ...(fields.properties as Json),
    };
    const required = [decl.multipart.field, ...((fields.required as string[] | undefined) ?? [])];
    const schema = { type: "object", properties, required, additionalProperties: false };
    return { required: true, content: { "multipart/form-data": { schema } } };
  }
  return { required: true, content: { "application/json": { schema: schemaOf(decl.body!, "input") } } };
}

function operation(name: string, decl: RouteDecl): Json {
  const ok = { content: { "application/json": { schema: schemaOf(decl.response, "output") } } };
  const rules = decl.rules ?? [];
  return {
    operationId: name,
    summary: decl.summary,
    ...(rules.length
      ? {
          description: rules.map((r) => `${r.rule} (${r.fields.join(", ")}): otherwise 400 BAD_REQUEST.`).join(" "),
          "x-cross-field-rules": rules,
        }
      : {}),
    parameters: [...parameters(decl.params, "path"), ...parameters(decl.query, "query")],
    ...(decl.body || decl.multipart ? { requestBody: requestBody(decl) } : {}),
    ...(decl.editor ? { security: [{ editorToken: [] }] } : {}),
    responses: {
      [decl.status ?? 200]: { description: decl.status === 201 ? "Created" : "OK", ...ok },
      ...Object.fromEntries((decl.alsoAnswers ?? []).map((a) => [a.status, { description: a.description, ...ok }])),
      ...errorResponses(decl),
    },
  };
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const [name, decl] of Object.entries(API_ROUTES) as [string, RouteDecl][]) {
    const path = `/api${decl.path}`;
    paths[path] = { ...(paths[path] ?? {}), [decl.method]: operation(name, decl) };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Resilience Graph API",
      version: "0.1.0",
      description: "An evidenced knowledge graph of a policy paper, in Neo4j.",
    },
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorBodySchema, "output") },
      securitySchemes: { editorToken: { type: "http", scheme: "bearer", description: "The editor token" } },
    },
  };
  return cached;
}
