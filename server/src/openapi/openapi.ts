// The OpenAPI 3.1 document, generated from the very zod schemas that validate requests (z.toJSONSchema),
// so the description and the validation cannot drift.
import { z } from "zod";
import * as api from "../api/index.ts";

type Json = Record<string, unknown>;

interface Operation {
  method: "get" | "post";
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  errors: number[];
}

const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/schema",
    summary: "Labels, relationship types, property keys, node types and their colours",
    response: api.SchemaResponseSchema,
    errors: [503],
  },
  {
    method: "get",
    path: "/api/graph",
    summary: "The graph, or the part of it of some node types",
    query: api.GraphQuerySchema,
    response: api.GraphResponseSchema,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/api/nodes/{id}",
    summary: "One node: properties, degree by type, evidence resolved to text",
    params: api.NodeParamsSchema,
    response: api.NodeDetailSchema,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/api/nodes/{id}/neighbors",
    summary: "A node's neighbourhood (depth 1–3), capped, saying what was left out",
    params: api.NodeParamsSchema,
    query: api.NeighborsQuerySchema,
    response: api.NeighborsResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/api/search",
    summary: "Ranked hits over names, English names, aliases and summaries",
    query: api.SearchQuerySchema,
    response: api.SearchResponseSchema,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/api/paths",
    summary: "Shortest, all shortest or k shortest paths, read as cited arguments",
    query: api.PathsQuerySchema,
    response: api.PathsResponseSchema,
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: "get",
    path: "/api/ties",
    summary: "How a measure ties to problems, or a problem to measures",
    query: api.TiesQuerySchema,
    response: api.TiesResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/api/matrix",
    summary: "The measures × problems matrix, of one document or of all",
    query: api.MatrixQuerySchema,
    response: api.MatrixResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/api/documents",
    summary: "Source documents, loaded and/or present",
    response: api.DocumentsResponseSchema,
    errors: [503],
  },
  {
    method: "get",
    path: "/api/documents/{id}",
    summary: "A source document's sections, paragraphs and sentences",
    params: api.DocumentParamsSchema,
    response: api.DocumentDetailSchema,
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/cypher",
    summary: "Run a read-only Cypher query: classified, read transaction, timeout, row cap",
    body: api.CypherBodySchema,
    response: api.CypherResponseSchema,
    errors: [400, 403, 413, 422, 429, 503, 504],
  },
];

const ERROR_TEXT: Record<number, string> = {
  400: "BAD_REQUEST or CYPHER_SYNTAX",
  403: "READ_ONLY",
  404: "NOT_FOUND",
  413: "TOO_LARGE",
  422: "MEMORY_LIMIT",
  429: "RATE_LIMITED",
  503: "DB_UNAVAILABLE or NOT_READY (with Retry-After)",
  504: "QUERY_TIMEOUT",
};

function schemaOf(s: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Json;
  return rest;
}

function parameters(obj: z.ZodObject | undefined, where: "path" | "query"): Json[] {
  if (!obj) return [];
  return Object.entries(obj.shape).map(([name, field]) => {
    const schema = schemaOf(field as z.ZodType, "input");
    const required = where === "path" || !(field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required,
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
      schema,
    };
  });
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    const responses: Json = {
      200: { description: "OK", content: { "application/json": { schema: schemaOf(op.response, "output") } } },
    };
    for (const status of op.errors) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    paths[op.path] = {
      ...(paths[op.path] ?? {}),
      [op.method]: {
        summary: op.summary,
        parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query")],
        ...(op.body
          ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body, "input") } } } }
          : {}),
        responses,
      },
    };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Resilience Graph API",
      version: "0.1.0",
      description: "An evidenced knowledge graph of a policy paper, in Neo4j.",
    },
    paths,
    components: { schemas: { Error: schemaOf(api.ErrorBodySchema, "output") } },
  };
  return cached;
}
