// Curation actions the panels call (review queue, inspector edits, undo of writes): the write API through
// client/src/api, the tab's editor session, and what the explorer must change after a write succeeds.
import { WriteApi, type ApiClient, type ReviewQueueResponse, type WriteResponse } from "../api/index.ts";
import { parseLocator } from "../../../graph-seed/src/model/types.ts";
import { loadDocument } from "../ui/documents.ts";
import * as editorSession from "./editor-session.ts";

export type DraftItem = ReviewQueueResponse["drafts"][number];
export type NodePatch = Parameters<WriteApi["patchNode"]>[1];
export type QueueOrder = "confidence" | "position";

export interface ReviewQueue {
  document: string;
  status: "draft" | "curated";
  drafts: DraftItem[];
  reviewed: number;
}

/** The full locator of an evidence string (the queue may hold the own-document form "sentence@s-e"). */
export function fullLocator(doc: string, ev: string): string {
  return ev.includes("#") ? ev : `${doc}#${ev}`;
}

export class Curation {
  readonly writes: WriteApi;
  /** Ids of the changes this tab made, newest last, for undo; undone ones move to `redoable`. */
  private done: string[] = [];
  private redoable: string[] = [];
  private listeners = new Set<() => void>();

  constructor(
    private readonly api: ApiClient,
    /** Tells the explorer an item left the graph (a rejected or deleted node). */
    private readonly removed: (kind: "node" | "edge", id: string) => void,
  ) {
    this.writes = new WriteApi(api);
  }

  editing(): boolean {
    return editorSession.get() !== null;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
    editorSession.onChange(() => listener());
  }

  private changed(res: WriteResponse): WriteResponse {
    this.done.push(res.change.id);
    this.redoable = [];
    for (const l of this.listeners) l();
    return res;
  }

  /** The document's drafts, most confident first or in reading order (first evidence's sentence, then offset). */
  async queue(doc: string, order: QueueOrder): Promise<ReviewQueue> {
    const q = await this.writes.reviewQueue(doc);
    const drafts = [...q.drafts];
    if (order === "position") {
      const d = await loadDocument(this.api, doc);
      const index = new Map(d.sentences.map((s, i) => [s.id, i]));
      const pos = (item: DraftItem) => {
        const loc = item.evidence[0] ? parseLocator(fullLocator(doc, item.evidence[0])) : null;
        return loc ? (index.get(loc.sentence) ?? 1e9) * 1e6 + loc.start : Number.MAX_SAFE_INTEGER;
      };
      drafts.sort((a, b) => pos(a) - pos(b) || (a.id < b.id ? -1 : 1));
    }
    return { document: q.document, status: q.status, drafts, reviewed: q.reviewed };
  }

  async review(item: DraftItem, action: "accept" | "reject"): Promise<WriteResponse> {
    const res = await this.writes.review(item.id, { action, expectedVersion: item.version, allowCrossDocument: false });
    if (action === "reject") this.removed(item.kind, item.id);
    return this.changed(res);
  }

  /** Edits a node's fields against the version it was read at (a stale one is a 409 with the current state). */
  async patchNode(id: string, body: NodePatch): Promise<WriteResponse> {
    return this.changed(await this.writes.patchNode(id, body));
  }

  /**
   * Confirms two nodes as one entity (a shared-entity candidate): `gone` is merged into `into`, across documents
   * when they differ (docs/knowledge-model.md, "One entity in several documents"). Undoable like any write.
   */
  async mergeNodes(
    gone: { id: string; version: number },
    into: { id: string; version: number },
  ): Promise<WriteResponse> {
    const res = await this.writes.mergeNode(gone.id, {
      into: into.id,
      expectedVersion: gone.version,
      intoExpectedVersion: into.version,
      allowCrossDocument: true,
      comment: "shared entity confirmed",
    });
    this.removed("node", gone.id);
    return this.changed(res);
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.redoable.length > 0;
  }

  /** Undoes this tab's last write through the audit trail; a 409 (changed since) leaves it undone-able no more. */
  async undo(): Promise<WriteResponse | null> {
    const id = this.done.pop();
    if (!id) return null;
    const res = await this.writes.undo(id);
    this.redoable.push(res.change.id);
    for (const l of this.listeners) l();
    return res;
  }

  /** Redo is the undo of an undo (the server's rule). */
  async redo(): Promise<WriteResponse | null> {
    const id = this.redoable.pop();
    if (!id) return null;
    const res = await this.writes.undo(id);
    this.done.push(res.change.id);
    for (const l of this.listeners) l();
    return res;
  }
}
