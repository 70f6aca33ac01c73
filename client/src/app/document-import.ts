// "Import document": the upload (with its progress), then — when the server answered 202 — its status polled
// until the import is done or failed, then the new document opened: its graph fetched (GET /graph?document=),
// put on the canvas, chosen in the document picker (the URL's `docs`). All calls go through client/src/api.
import { ApiRequestError, type GraphPayload } from "../api/index.ts";
import type { Actions } from "../actions.ts";

export type ImportStep =
  | { kind: "uploading"; sent: number; total: number }
  | { kind: "importing"; phase: string; done: number | null; total: number | null }
  | { kind: "opening" };

export interface ImportSummary {
  id: string;
  /** The same bytes were imported before: this is that document. */
  duplicate: boolean;
  nodesByType: Record<string, number>;
  nodes: number;
  edges: number;
}

const POLL_MS = 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new ApiRequestError("ABORTED", "api: request cancelled", 0));
    });
  });

export async function importAndOpen(
  app: Actions,
  file: File,
  fields: { id?: string; titleEn?: string },
  onStep: (s: ImportStep) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const { status, body } = await app.curation.writes.importDocument(file, fields, (sent, total) =>
    onStep({ kind: "uploading", sent, total }),
  );
  const id = body.id;
  if (status === 202) {
    onStep({ kind: "importing", phase: "queued", done: null, total: null });
    for (;;) {
      await sleep(POLL_MS, signal);
      const s = await app.api.documentStatus(id);
      if (s.status === "failed" && "error" in s && s.error)
        throw new ApiRequestError(s.error.code as ApiRequestError["code"], s.error.message, 400);
      if (s.status !== "importing") break;
      if ("progress" in s && s.progress)
        onStep({ kind: "importing", phase: s.progress.phase, done: s.progress.done, total: s.progress.total });
    }
  }
  onStep({ kind: "opening" });
  const graph = (await app.api.graph({ document: id, limit: 100_000 })) as GraphPayload;
  // The view's choice only names loaded documents it knows of: the list read at start lacks this one.
  await app.refreshDocuments();
  await app.setDocuments([id]);
  // The picker lists documents once; it reloads on this (a new document is there now).
  document.dispatchEvent(new CustomEvent("rg:documents-changed", { detail: id }));
  const nodesByType: Record<string, number> = {};
  for (const n of graph.nodes) nodesByType[n.attributes.type] = (nodesByType[n.attributes.type] ?? 0) + 1;
  return {
    id,
    duplicate: body.duplicate,
    nodesByType: body.counts?.nodesByType ?? nodesByType,
    nodes: body.counts?.nodes ?? graph.nodes.length,
    edges: body.counts?.edges ?? graph.edges.length,
  };
}
