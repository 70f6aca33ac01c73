// The only code in the client that calls fetch. Answers the contract's types; failures become ApiRequestError
// with the API's stable code (or NETWORK when the server cannot be reached at all).
import type {
  CypherResponse,
  DocumentDetail,
  DocumentsResponse,
  ErrorBody,
  GraphColumns,
  GraphPayload,
  MatrixResponse,
  NeighborsResponse,
  NodeDetail,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  TiesResponse,
} from "../../../server/src/api/index.ts";

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

type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

function qs(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(","));
    } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
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

  ready(): Promise<{ status: string }> {
    return this.request("ready");
  }

  schema(): Promise<SchemaResponse> {
    return this.request("schema");
  }

  graph(q: { types?: readonly string[]; limit?: number } = {}): Promise<GraphPayload> {
    return this.request(`graph${qs(q)}`);
  }

  /** The whole-graph overview in the compact columns format (see server/src/api/graph-columns.ts). */
  overview(q: { types?: readonly string[]; limit?: number } = {}): Promise<GraphColumns> {
    return this.request(`graph${qs({ ...q, format: "columns" })}`);
  }

  node(id: string): Promise<NodeDetail> {
    return this.request(`nodes/${encodeURIComponent(id)}`);
  }

  neighbors(
    id: string,
    q: { depth?: number; limit?: number; rel?: readonly string[]; types?: readonly string[] } = {},
  ): Promise<NeighborsResponse> {
    return this.request(`nodes/${encodeURIComponent(id)}/neighbors${qs(q)}`);
  }

  search(q: string, limit = 12, signal?: AbortSignal): Promise<SearchResponse> {
    return this.request(`search${qs({ q, limit })}`, signal ? { signal } : {});
  }

  paths(q: {
    from: string;
    to: string;
    mode: string;
    k?: number;
    maxHops?: number;
    directed?: boolean;
  }): Promise<PathsResponse> {
    return this.request(`paths${qs(q)}`);
  }

  ties(q: { measure?: string; problem?: string }): Promise<TiesResponse> {
    return this.request(`ties${qs(q)}`);
  }

  matrix(): Promise<MatrixResponse> {
    return this.request("matrix");
  }

  documents(): Promise<DocumentsResponse> {
    return this.request("documents");
  }

  document(id: string): Promise<DocumentDetail> {
    return this.request(`documents/${encodeURIComponent(id)}`);
  }

  cypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
    return this.request("cypher", {
      method: "POST",
      body: JSON.stringify({ query, params }),
      headers: { "content-type": "application/json" },
      ...(signal ? { signal } : {}),
    });
  }
}
