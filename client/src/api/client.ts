// The only code in the client that calls fetch. Answers the contract's types; failures become ApiRequestError
// with the API's stable code (or NETWORK when the server cannot be reached at all).
import type { ErrorBody, GraphColumns, RouteCall, RouteName, RouteResponse } from "../../../server/src/api/index.ts";
import { ROUTES } from "./routes.ts";

export type ApiErrorCode = ErrorBody["error"]["code"] | "NETWORK" | "ABORTED";

export class ApiRequestError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

function qs(q: object | undefined): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries((q ?? {}) as Record<string, QueryValue>)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(","));
    } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The URL of route N under the base, its `{param}`s filled in and its query appended. */
function urlOf<N extends RouteName>(name: N, input: Partial<RouteCall<N>>): string {
  const params = (input.params ?? {}) as Record<string, string>;
  const path = ROUTES[name].path.replace(/\{(\w+)\}/g, (_m, key: string) => encodeURIComponent(params[key] ?? ""));
  return path.slice(1) + qs(input.query as object | undefined);
}

export class ApiClient {
  /** `base` is relative ("api/") so the client works behind any path prefix. */
  constructor(private readonly base = "api/") {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        ...init,
        headers: { accept: "application/json", ...(init.headers ?? {}) },
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === "AbortError")
        throw new ApiRequestError("ABORTED", "api: request cancelled", 0);
      throw new ApiRequestError("NETWORK", "api: the server could not be reached", 0);
    }
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (!res.ok) {
      const e = (body as Partial<ErrorBody> | null)?.error;
      if (e && typeof e.code === "string")
        throw new ApiRequestError(e.code, e.message, res.status, e.requestId, e.details);
      const code: ApiErrorCode = res.status >= 502 && res.status <= 504 ? "NETWORK" : "INTERNAL";
      throw new ApiRequestError(code, `api: ${path.split("?")[0]} answered ${res.status}`, res.status);
    }
    if (body === null)
      throw new ApiRequestError(
        "INTERNAL",
        `api: ${path.split("?")[0]} answered something that is not JSON`,
        res.status,
      );
    return body as T;
  }

  /** Calls route N as its declaration says: method, path, query and body typed from the route's schemas. */
  call<N extends RouteName>(
    name: N,
    input: Partial<RouteCall<N>> = {},
    signal?: AbortSignal,
    headers: Record<string, string> = {},
  ): Promise<RouteResponse<N>> {
    const { method } = ROUTES[name];
    const init: RequestInit = { method: method.toUpperCase(), ...(signal ? { signal } : {}), headers };
    if (input.body !== undefined) {
      init.body = JSON.stringify(input.body);
      init.headers = { ...headers, "content-type": "application/json" };
    }
    return this.request(urlOf(name, input), init);
  }

  ready(): Promise<{ ready: boolean }> {
    return this.request("ready");
  }

  schema(): Promise<RouteResponse<"schema">> {
    return this.call("schema");
  }

  graph(query: RouteCall<"graph">["query"] = {}): Promise<RouteResponse<"graph">> {
    return this.call("graph", { query });
  }

  node(id: string): Promise<RouteResponse<"node">> {
    return this.call("node", { params: { id } });
  }

  /** The whole-graph overview in the compact columns format (see server/src/api/graph-columns.ts). */
  overview(query: Omit<RouteCall<"graph">["query"], "format"> = {}): Promise<GraphColumns> {
    return this.call("graph", { query: { ...query, format: "columns" } }) as Promise<GraphColumns>;
  }

  neighbors(id: string, query: RouteCall<"neighbors">["query"] = {}): Promise<RouteResponse<"neighbors">> {
    return this.call("neighbors", { params: { id }, query });
  }

  search(
    q: string,
    limit = 12,
    signal?: AbortSignal,
    filter: { document?: string } = {},
  ): Promise<RouteResponse<"search">> {
    return this.call("search", { query: { q, limit, ...filter } }, signal);
  }

  paths(query: RouteCall<"paths">["query"]): Promise<RouteResponse<"paths">> {
    return this.call("paths", { query });
  }

  ties(query: RouteCall<"ties">["query"]): Promise<RouteResponse<"ties">> {
    return this.call("ties", { query });
  }

  matrix(query: RouteCall<"matrix">["query"] = {}): Promise<RouteResponse<"matrix">> {
    return this.call("matrix", { query });
  }

  documents(): Promise<RouteResponse<"documents">> {
    return this.call("documents");
  }

  compareDocuments(a: string, b: string): Promise<RouteResponse<"compareDocuments">> {
    return this.call("compareDocuments", { params: { a, b } });
  }

  document(id: string): Promise<RouteResponse<"document">> {
    return this.call("document", { params: { id } });
  }

  cypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<RouteResponse<"cypher">> {
    return this.call("cypher", { body: { query, params } }, signal);
  }
}
