// The overview wire format (GET /api/graph?format=columns): one array per field instead of one object per
// node, node and relationship types interned, edges as indexes into the node arrays. At 10k/30k it is
// about a tenth of the graphology payload before compression, and the client builds its graph in typed loops.
import { z } from "zod";
import { GraphPayloadAttributesSchema } from "./graph-payload.ts";

export const GraphColumnsAttributesSchema = GraphPayloadAttributesSchema.extend({
  /** Nodes that matched (shown + omitted). */
  total: z.number().int(),
  /** The cap the request asked for. */
  limit: z.number().int(),
  /** How many shown nodes carry a stored position (x, y); the others need a layout. */
  positioned: z.number().int(),
});

const Props = z.record(z.string(), z.unknown()).nullable();

export const GraphColumnsSchema = z.object({
  format: z.literal("columns"),
  attributes: GraphColumnsAttributesSchema,
  /** Interned node types: nodes.type holds indexes into this list. */
  nodeTypes: z.array(z.string()),
  /** Interned relationship types: edges.type holds indexes into this list. */
  relTypes: z.array(z.string()),
  nodes: z.object({
    id: z.array(z.string()),
    type: z.array(z.number().int()),
    name: z.array(z.string()),
    nameEn: z.array(z.string()),
    /** Stored layout position, or null where none is stored yet. */
    x: z.array(z.number().nullable()),
    y: z.array(z.number().nullable()),
    /** Small answers only (≤ DETAIL_MAX nodes): every other property except summaries, evidence, aliases. */
    props: z.array(Props).optional(),
  }),
  edges: z.object({
    /** Indexes into the node arrays. */
    source: z.array(z.number().int()),
    target: z.array(z.number().int()),
    type: z.array(z.number().int()),
    /** 1 when the relationship is inferred, else 0. */
    inferred: z.array(z.number().int()),
    /** Edge ids that differ from the derived `${source}--${type}--${target}`, by edge index (usually empty). */
    ids: z.record(z.string(), z.string()),
    /** Small answers only: every other property of the relationship (why, evidence…). */
    props: z.array(Props).optional(),
  }),
  /** Interned document ids: nodeDocuments holds indexes into this list. */
  documents: z.array(z.string()),
  nodeDocuments: z.object({
    /** Each node's home document (-1 when it has none). */
    home: z.array(z.number().int()),
    /** By node index: the other documents its evidence cites (a node merged across papers); sparse. */
    alsoIn: z.record(z.string(), z.array(z.number().int())),
  }),
});

export type GraphColumns = z.infer<typeof GraphColumnsSchema>;

/** Up to this many nodes the overview carries every property (the paper's layered view needs them). */
export const DETAIL_MAX = 2_000;
