// The write API's contract (POST/PATCH/DELETE /api/nodes, /api/edges, /api/review, /api/changes, export).
// Node and edge bodies reuse the loader's own schemas (graph-seed/src/seed/schema.ts), so what the API accepts
// is what a seed file may hold. Every write to an existing item names the version it was made against.
import { z } from "zod";
import { KEBAB_ID } from "../../../graph-seed/src/model/ids.ts";
import { DOC_ID_RE, edgeSchema, nodeSchema } from "../../../graph-seed/src/seed/schema.ts";
import { DocumentIdSchema, NodeIdSchema, RelTypeSchema, boolParam, intParam } from "./common.ts";
import { DB_ERRORS, route } from "./route.ts";

/** Edge ids are derived: `${source}--${type}--${target}`. */
export const EDGE_ID_RE = new RegExp(`^${KEBAB_ID}--[A-Z_]{1,40}--${KEBAB_ID}$`);
export const EdgeIdSchema = z.string().max(400).regex(EDGE_ID_RE, "an edge id is source--TYPE--target");
/** A node or an edge id: the review queue holds both. */
export const ItemIdSchema = z.union([EdgeIdSchema, NodeIdSchema]);

const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const common = {
  /** Why: kept in the audit trail. */
  comment: z.string().trim().max(2000).optional(),
  /** A write that ties nodes or evidence of different documents is refused unless this is true. */
  allowCrossDocument: z.boolean().default(false),
};
const written = { expectedVersion: version.describe("The version the edit was made against; stale → 409"), ...common };

export const NodeCreateBodySchema = nodeSchema
  .extend({ document: DocumentIdSchema.describe("The loaded document the node belongs to"), ...common })
  .strict();
export type NodeCreateBody = z.infer<typeof NodeCreateBodySchema>;

const s = nodeSchema.shape;
/** Fields absent are kept; `props` is merged key by key, a null value removing the key. */
export const NodePatchBodySchema = z
  .object({
    type: s.type.optional(),
    name: s.name.optional(),
    nameEn: s.nameEn.optional(),
    summaryZh: s.summaryZh.optional(),
    summaryEn: s.summaryEn.optional(),
    aliases: s.aliases.unwrap().optional(),
    evidence: s.evidence.optional(),
    props: s.props.unwrap().optional(),
    ...written,
  })
  .strict();
export type NodePatchBody = z.infer<typeof NodePatchBodySchema>;

export const NodeDeleteBodySchema = z.object({ ...written }).strict();
export const NodeDeleteQuerySchema = z.object({
  dryRun: boolParam(false).describe("Answer what the delete would remove, without removing it"),
});
export type NodeDeleteBody = z.infer<typeof NodeDeleteBodySchema>;

export const NodeMergeBodySchema = z
  .object({
    into: NodeIdSchema.describe("The node that stays; the merged one redirects to it"),
    intoExpectedVersion: version,
    ...written,
  })
  .strict();
export type NodeMergeBody = z.infer<typeof NodeMergeBodySchema>;

export const EdgeCreateBodySchema = edgeSchema
  .safeExtend({
    document: DocumentIdSchema.optional().describe("The document the edge belongs to; default: its source's"),
    ...common,
  })
  .strict();
export type EdgeCreateBody = z.infer<typeof EdgeCreateBodySchema>;

const e = edgeSchema.shape;
/** `type` and `reverse` change the edge's id (source--TYPE--target); the answer carries the new one. */
export const EdgePatchBodySchema = z
  .object({
    type: RelTypeSchema.optional(),
    reverse: z.boolean().optional().describe("Swap source and target"),
    evidence: e.evidence.optional(),
    inferred: e.inferred.unwrap().optional(),
    whyZh: e.whyZh.unwrap().optional(),
    whyEn: e.whyEn.unwrap().optional(),
    ...written,
  })
  .strict();
export type EdgePatchBody = z.infer<typeof EdgePatchBodySchema>;

export const EdgeDeleteBodySchema = NodeDeleteBodySchema;

export const REVIEW_ACTIONS = ["accept", "reject"] as const;
export const ReviewBodySchema = z.object({ action: z.enum(REVIEW_ACTIONS), ...written }).strict();
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

export const UndoBodySchema = z.object({ comment: common.comment }).strict();

export const NodeIdParamsSchema = z.object({ id: NodeIdSchema });
export const EdgeIdParamsSchema = z.object({ id: EdgeIdSchema });
export const ItemIdParamsSchema = z.object({ id: ItemIdSchema });
export const ChangeIdParamsSchema = z.object({ id: z.string().regex(/^[1-9][0-9]{0,15}$/, "a change id is a number") });
export const ExportParamsSchema = z.object({ id: z.string().max(200).regex(DOC_ID_RE, "a document id is kebab-case") });

export const ChangesQuerySchema = z.object({
  document: DocumentIdSchema.optional(),
  target: ItemIdSchema.optional().describe("A node or edge id: its history"),
  limit: intParam(1, 200, 50),
  offset: intParam(0, 1_000_000, 0),
});
export type ChangesQuery = z.infer<typeof ChangesQuerySchema>;

// ---- answers ----

const Props = z.record(z.string(), z.unknown());
export const NodeStateSchema = z.object({ id: z.string(), properties: Props });
export const EdgeStateSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: Props,
});
export const RedirectSchema = z.object({ from: z.string(), to: z.string() });
/** What a change touched, before or after it: whole items, so an undo can restore them exactly. */
export const SnapshotSchema = z.object({
  nodes: z.array(NodeStateSchema),
  edges: z.array(EdgeStateSchema),
  redirects: z.array(RedirectSchema),
});
export type NodeState = z.infer<typeof NodeStateSchema>;
export type EdgeState = z.infer<typeof EdgeStateSchema>;
export type Redirect = z.infer<typeof RedirectSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const CHANGE_OPS = [
  "node.create",
  "node.update",
  "node.delete",
  "node.merge",
  "edge.create",
  "edge.update",
  "edge.delete",
  "review.accept",
  "review.reject",
  "undo",
] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

export const ChangeSchema = z.object({
  id: z.string(),
  at: z.string().describe("ISO 8601, UTC"),
  who: z.string(),
  op: z.enum(CHANGE_OPS),
  targetId: z.string(),
  documents: z.array(z.string()),
  /** Every node and edge id the change touched (what ?target= matches). */
  targets: z.array(z.string()),
  comment: z.string().nullable(),
  before: SnapshotSchema,
  after: SnapshotSchema,
  undoOf: z.string().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

export const WriteResponseSchema = z.object({
  change: ChangeSchema,
  /** The node or edge as it stands after the write (null when it was removed). */
  node: NodeStateSchema.nullable().optional(),
  edge: EdgeStateSchema.nullable().optional(),
  /** A node's delete: the edges that went with it. */
  edgesRemoved: z.array(EdgeStateSchema).optional(),
});
export type WriteResponse = z.infer<typeof WriteResponseSchema>;

export const DeletePreviewSchema = z.object({
  dryRun: z.literal(true),
  node: NodeStateSchema,
  edgesRemoved: z.array(EdgeStateSchema),
});
export type DeletePreview = z.infer<typeof DeletePreviewSchema>;

export const ChangesResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ChangesResponse = z.infer<typeof ChangesResponseSchema>;

export const ExportResponseSchema = z.object({
  document: z.record(z.string(), z.unknown()),
  nodes: z.array(z.record(z.string(), z.unknown())),
  edges: z.array(z.record(z.string(), z.unknown())),
});
export type ExportResponse = z.infer<typeof ExportResponseSchema>;

/** The labels the curation API keeps for itself: never knowledge nodes (no `Entity` label). */
export const INTERNAL_LABELS = ["Change", "ChangeSequence", "Redirect"] as const;

export const ReviewQueueQuerySchema = z.object({ document: DocumentIdSchema });
const DraftItemSchema = z.object({
  kind: z.enum(["node", "edge"]),
  id: z.string(),
  type: z.string(),
  /** A node's name; an edge's "source → target" names. */
  label: z.string(),
  confidence: z.number().nullable(),
  method: z.string().nullable(),
  evidence: z.array(z.string()),
  version: z.number().int(),
});
/** The drafts of a document, most confident first (then by id), and how far its review has come. */
export const ReviewQueueResponseSchema = z.object({
  document: z.string(),
  status: z.enum(["draft", "curated"]),
  drafts: z.array(DraftItemSchema),
  /** Review decisions recorded for the document (accept or reject), for "n of m reviewed". */
  reviewed: z.number().int(),
});
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>;

// ---- routes ----
// Writes need the editor token and share the `writes` budget (the limiter runs before the token check, so guesses
// are throttled too). Reads of the review queue, the audit trail and the export are open like the explorer.

const WRITE_ERRORS = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", ...DB_ERRORS] as const;
const write = { cost: "writes", editor: true, errors: WRITE_ERRORS } as const;

export const createNodeRoute = route({
  method: "post",
  path: "/nodes",
  summary: "Create a node with its evidence (editor)",
  body: NodeCreateBodySchema,
  response: WriteResponseSchema,
  status: 201,
  ...write,
});

export const patchNodeRoute = route({
  method: "patch",
  path: "/nodes/{id}",
  summary: "Edit a node's fields; a stale expectedVersion answers 409 with the current state (editor)",
  params: NodeIdParamsSchema,
  body: NodePatchBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const deleteNodeRoute = route({
  method: "delete",
  path: "/nodes/{id}",
  summary: "Delete a node and its edges, or with dryRun say what that would remove (editor)",
  params: NodeIdParamsSchema,
  query: NodeDeleteQuerySchema,
  body: NodeDeleteBodySchema,
  response: z.union([WriteResponseSchema, DeletePreviewSchema]),
  ...write,
});

export const mergeNodeRoute = route({
  method: "post",
  path: "/nodes/{id}/merge",
  summary: "Merge a node into another: evidence, aliases and edges united; the merged id redirects (editor)",
  params: NodeIdParamsSchema,
  body: NodeMergeBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const createEdgeRoute = route({
  method: "post",
  path: "/edges",
  summary: "Connect two nodes with a typed, evidenced relation (editor)",
  body: EdgeCreateBodySchema,
  response: WriteResponseSchema,
  status: 201,
  ...write,
});

export const patchEdgeRoute = route({
  method: "patch",
  path: "/edges/{id}",
  summary: "Change an edge's type, direction, evidence or reason (editor)",
  params: EdgeIdParamsSchema,
  body: EdgePatchBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const deleteEdgeRoute = route({
  method: "delete",
  path: "/edges/{id}",
  summary: "Delete an edge (editor)",
  params: EdgeIdParamsSchema,
  body: EdgeDeleteBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const reviewRoute = route({
  method: "post",
  path: "/review/{id}",
  summary: "Accept or reject a draft node or edge (editor)",
  params: ItemIdParamsSchema,
  body: ReviewBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const undoRoute = route({
  method: "post",
  path: "/changes/{id}/undo",
  summary: "Revert a recorded change (409 when its items changed since); undoing an undo redoes (editor)",
  params: ChangeIdParamsSchema,
  body: UndoBodySchema,
  response: WriteResponseSchema,
  ...write,
});

export const reviewQueueRoute = route({
  method: "get",
  path: "/review",
  summary: "A document's drafts, most confident first, and how many were reviewed",
  query: ReviewQueueQuerySchema,
  response: ReviewQueueResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "standard",
});

export const changesRoute = route({
  method: "get",
  path: "/changes",
  summary: "The audit trail, newest first: of a document, or of one node or edge",
  query: ChangesQuerySchema,
  response: ChangesResponseSchema,
  errors: [...DB_ERRORS],
  cost: "standard",
});

export const exportRoute = route({
  method: "get",
  path: "/documents/{id}/export",
  summary: "A document's graph as the loader's files hold it: {document, nodes, edges}",
  params: ExportParamsSchema,
  response: ExportResponseSchema,
  errors: ["NOT_FOUND", ...DB_ERRORS],
  cost: "costly",
});
