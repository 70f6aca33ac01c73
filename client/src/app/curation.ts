// Curation actions the panels call (review queue, inspector edits, undo of writes): the write API through
// client/src/api, the tab's editor session, and what the explorer must change after a write succeeds.
import {
  WriteApi,
  type ApiClient,
  type Change,
  type DeletePreview,
  type ReviewQueueResponse,
  type WriteResponse,
} from "../api/index.ts";
import { parseLocator, type RelType } from "../../../graph-seed/src/model/types.ts";
import { loadDocument } from "../ui/documents.ts";
import * as editorSession from "./editor-session.ts";

export type DraftItem = ReviewQueueResponse["drafts"][number];
export type NodePatch = Parameters<WriteApi["patchNode"]>[1];
export type EdgePatch = Parameters<WriteApi["patchEdge"]>[1];
export type NodeCreate = Parameters<WriteApi["createNode"]>[0];
export type QueueOrder = "confidence" | "position";
export type Selected = { kind: "node" | "edge"; id: string };

/** A span the analyst selected in a reader: its locator (doc#sentence@start-end, code points) and its text. */
export interface SpanPick {
  locator: string;
  text: string;
}

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
  private spanListeners = new Set<(s: SpanPick | null) => void>();
  /** The last span selected in a reader: the evidence of the next create, connect or "add as evidence". */
  private picked: SpanPick | null = null;

  constructor(
    private readonly api: ApiClient,
    /** Tells the explorer what a write (or its undo) changed, so the canvas follows. */
    private readonly applied: (change: Change) => void,
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

  private changed<T extends { change: Change }>(res: T): T {
    this.done.push(res.change.id);
    this.redoable = [];
    this.applied(res.change);
    for (const l of this.listeners) l();
    return res;
  }

  /** A connect proposed by dragging from one node onto another, until it is made or another replaces it. */
  private proposed: { source: string; target: string } | null = null;

  proposedConnect(source: string): string | null {
    return this.proposed?.source === source ? this.proposed.target : null;
  }

  proposeConnect(source: string, target: string): void {
    this.proposed = { source, target };
    for (const l of this.listeners) l();
  }

  span(): SpanPick | null {
    return this.picked;
  }

  pickSpan(s: SpanPick | null): void {
    this.picked = s;
    for (const l of this.spanListeners) l(s);
  }

  onSpan(listener: (s: SpanPick | null) => void): () => void {
    this.spanListeners.add(listener);
    return () => this.spanListeners.delete(listener);
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
    return this.changed(
      await this.writes.review(item.id, { action, expectedVersion: item.version, allowCrossDocument: false }),
    );
  }

  /** Accepts a document's drafts of one rule and/or at or above a confidence: one write, one undo. */
  async batchAccept(doc: string, pick: { method: string } | { minConfidence: number }) {
    return this.changed(await this.writes.reviewBatch(doc, { action: "accept", ...pick }));
  }

  /** Edits a node's fields against the version it was read at (a stale one is a 409 with the current state). */
  async patchNode(id: string, body: NodePatch): Promise<WriteResponse> {
    return this.changed(await this.writes.patchNode(id, body));
  }

  async createNode(body: NodeCreate): Promise<WriteResponse> {
    return this.changed(await this.writes.createNode(body));
  }

  /** The stored node or edge: its version and evidence, read now (the canvas may hold an older copy). */
  async current(sel: Selected): Promise<{ version: number; evidence: string[]; properties: Record<string, unknown> }> {
    const p =
      sel.kind === "node" ? (await this.api.node(sel.id)).properties : (await this.writes.edge(sel.id)).properties;
    return {
      version: Number(p.version ?? 1),
      evidence: Array.isArray(p.evidence) ? p.evidence.map(String) : [],
      properties: p,
    };
  }

  /** Adds the span as evidence to a node or an edge (a span it already has is not repeated). */
  async addEvidence(sel: Selected, locator: string): Promise<WriteResponse> {
    const cur = await this.current(sel);
    const evidence = cur.evidence.includes(locator) ? cur.evidence : [...cur.evidence, locator];
    const body = { evidence, expectedVersion: cur.version, allowCrossDocument: false };
    return this.changed(
      sel.kind === "node" ? await this.writes.patchNode(sel.id, body) : await this.writes.patchEdge(sel.id, body),
    );
  }

  async connect(source: string, type: RelType, target: string, evidence: string) {
    this.proposed = null;
    return this.changed(
      await this.writes.createEdge({
        source,
        target,
        type,
        evidence: [evidence],
        inferred: false,
        whyZh: "",
        whyEn: "",
        allowCrossDocument: false,
      }),
    );
  }

  /** Retypes or reverses an edge against its stored version; the answer carries its new id. */
  async patchEdge(id: string, body: Omit<EdgePatch, "expectedVersion" | "allowCrossDocument">) {
    const cur = await this.current({ kind: "edge", id });
    return this.changed(
      await this.writes.patchEdge(id, { ...body, expectedVersion: cur.version, allowCrossDocument: false }),
    );
  }

  /** What deleting the node would take along, read without writing. */
  async previewDelete(id: string, version: number): Promise<DeletePreview> {
    return (await this.writes.deleteNode(
      id,
      { expectedVersion: version, allowCrossDocument: false },
      true,
    )) as DeletePreview;
  }

  async deleteNode(id: string, version: number): Promise<WriteResponse> {
    return this.changed(
      (await this.writes.deleteNode(id, { expectedVersion: version, allowCrossDocument: false })) as WriteResponse,
    );
  }

  async deleteEdge(id: string): Promise<WriteResponse> {
    const cur = await this.current({ kind: "edge", id });
    return this.changed(await this.writes.deleteEdge(id, { expectedVersion: cur.version, allowCrossDocument: false }));
  }

  /** Merges `id` into `into`, both at the versions shown to the analyst. */
  async merge(id: string, version: number, into: string, intoVersion: number): Promise<WriteResponse> {
    return this.changed(
      await this.writes.mergeNode(id, {
        into,
        intoExpectedVersion: intoVersion,
        expectedVersion: version,
        allowCrossDocument: false,
      }),
    );
  }

  /** Splits `id`: a new node takes the chosen evidence and edges (re-pointed); one undo joins them again. */
  async split(id: string, body: Parameters<WriteApi["splitNode"]>[1]): Promise<WriteResponse> {
    return this.changed(await this.writes.splitNode(id, body));
  }

  /** A node's (or an edge's) history from the audit trail, newest first. */
  async history(id: string) {
    return (await this.writes.changes({ target: id, limit: 20 })).changes;
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
    this.applied(res.change);
    for (const l of this.listeners) l();
    return res;
  }

  /** Redo is the undo of an undo (the server's rule). */
  async redo(): Promise<WriteResponse | null> {
    const id = this.redoable.pop();
    if (!id) return null;
    const res = await this.writes.undo(id);
    this.done.push(res.change.id);
    this.applied(res.change);
    for (const l of this.listeners) l();
    return res;
  }
}
