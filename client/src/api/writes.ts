// Named calls of the write API (docs/api.md "Writing"). Each sends the tab's editor token as
// `Authorization: Bearer`, never in the URL; without a token the call is refused here, before any request.
import type { RouteCall, RouteName, RouteResponse } from "../../../server/src/api/index.ts";
import * as editorSession from "../app/editor-session.ts";
import { ApiRequestError, type ApiClient } from "./client.ts";

type Body<N extends RouteName> = RouteCall<N> extends { body: infer B } ? B : never;

export class WriteApi {
  constructor(private readonly api: ApiClient) {}

  /** Runs a call with the editor token as `Authorization: Bearer` — the one place the header is made. */
  private authorized<T>(send: (headers: Record<string, string>) => Promise<T>): Promise<T> {
    const token = editorSession.get();
    if (!token) return Promise.reject(new ApiRequestError("UNAUTHORIZED", "api: not in editor mode", 401));
    return send({ authorization: `Bearer ${token}` }).catch((err: unknown) => {
      // A refused token leaves editor mode, so the explorer never pretends writes are possible.
      if (err instanceof ApiRequestError && err.code === "UNAUTHORIZED") editorSession.clear();
      throw err;
    });
  }

  private write<N extends RouteName>(name: N, input: Partial<RouteCall<N>>): Promise<RouteResponse<N>> {
    return this.authorized((headers) => this.api.call(name, input, undefined, headers));
  }

  /** POST /documents: the file (and optional id, English title) as multipart; `onProgress` sees the upload. */
  importDocument(
    file: File,
    fields: { id?: string; titleEn?: string } = {},
    onProgress?: (sent: number, total: number) => void,
  ) {
    const form = new FormData();
    if (fields.id) form.append("id", fields.id);
    if (fields.titleEn) form.append("titleEn", fields.titleEn);
    form.append("file", file, file.name);
    return this.authorized((headers) => this.api.upload("importDocument", form, headers, onProgress));
  }
  deleteDocument(id: string) {
    return this.write("deleteDocument", { params: { id } });
  }

  createNode(body: Body<"createNode">) {
    return this.write("createNode", { body });
  }
  patchNode(id: string, body: Body<"patchNode">) {
    return this.write("patchNode", { params: { id }, body });
  }
  deleteNode(id: string, body: Body<"deleteNode">, dryRun = false) {
    return this.write("deleteNode", { params: { id }, query: { dryRun: dryRun ? "true" : "false" }, body });
  }
  mergeNode(id: string, body: Body<"mergeNode">) {
    return this.write("mergeNode", { params: { id }, body });
  }
  splitNode(id: string, body: Body<"splitNode">) {
    return this.write("splitNode", { params: { id }, body });
  }
  createEdge(body: Body<"createEdge">) {
    return this.write("createEdge", { body });
  }
  patchEdge(id: string, body: Body<"patchEdge">) {
    return this.write("patchEdge", { params: { id }, body });
  }
  deleteEdge(id: string, body: Body<"deleteEdge">) {
    return this.write("deleteEdge", { params: { id }, body });
  }
  review(id: string, body: Body<"review">) {
    return this.write("review", { params: { id }, body });
  }
  reviewBatch(document: string, body: Body<"reviewBatch">) {
    return this.write("reviewBatch", { params: { id: document }, body });
  }
  undo(changeId: string, comment?: string) {
    return this.write("undo", { params: { id: changeId }, body: comment ? { comment } : {} });
  }

  // Reads of the curation side: open, no token.
  reviewQueue(document: string) {
    return this.api.call("reviewQueue", { query: { document } });
  }
  edge(id: string) {
    return this.api.call("edge", { params: { id } });
  }
  changes(query: RouteCall<"changes">["query"]) {
    return this.api.call("changes", { query });
  }
}
