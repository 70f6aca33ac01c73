// The only code in the client that calls fetch. Answers the contract's types; failures become ApiRequestError
// with the API's stable code (or NETWORK when the server cannot be reached at all).
import type {
  DocumentDetail,
  ErrorBody,
  GraphColumns,
  RouteCall,
  RouteName,
  RouteResponse,
} from "../../../server/src/api/index.ts";
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

  /** A document's text and structure; one still importing or failed has none: NOT_FOUND naming its status. */
  async document(id: string): Promise<DocumentDetail> {
    const answer = await this.documentStatus(id);
    if (!("sections" in answer))
      throw new ApiRequestError("NOT_FOUND", `api: document "${id}" is ${answer.status}`, 404, undefined, answer);
    return answer;
  }

  /** A document's status: importing (with its phase), failed (with the error), or the document itself. */
  documentStatus(id: string): Promise<RouteResponse<"document">> {
    return this.call("document", { params: { id } });
  }

  /**
   * Sends a multipart route's form with XMLHttpRequest, the one browser API that reports upload progress
   * (fetch does not). Answers the body and the status (an upload may answer 200, 201 or 202); errors as call().
   */
  upload<N extends RouteName>(
    name: N,
    form: FormData,
    headers: Record<string, string>,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<{ status: number; body: RouteResponse<N> }> {
    const { method, path } = ROUTES[name];
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method.toUpperCase(), this.base + path.slice(1));
      xhr.setRequestHeader("accept", "application/json");
      for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
      if (onProgress) xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded, e.total);
      xhr.onerror = () => reject(new ApiRequestError("NETWORK", "api: the server could not be reached", 0));
      xhr.onabort = () => reject(new ApiRequestError("ABORTED", "api: request cancelled", 0));
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        } catch {
          body = null;
        }
        if (xhr.status >= 200 && xhr.status < 300 && body !== null)
          return resolve({ status: xhr.status, body: body as RouteResponse<N> });
        const e = (body as Partial<ErrorBody> | null)?.error;
        if (e && typeof e.code === "string")
          return reject(new ApiRequestError(e.code, e.message, xhr.status, e.requestId, e.details));
        reject(new ApiRequestError("INTERNAL", `api: ${path} answered ${xhr.status}`, xhr.status));
      };
      xhr.send(form);
    });
  }

  cypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<RouteResponse<"cypher">> {
    return this.call("cypher", { body: { query, params } }, signal);
  }
}
