// The wire format of every graph payload: graphology's SerializedGraph, node keys being the stable ids,
// so the client loads it with graph.import(). `truncated`/`omitted` tell the client what a cap left out.
import { z } from "zod";
import { NodeTypeSchema, RelTypeSchema } from "./common.ts";

export const GraphNodeAttributesSchema = z.looseObject({
  type: NodeTypeSchema,
  name: z.string(),
  nameEn: z.string(),
  summaryZh: z.string().optional(),
  summaryEn: z.string().optional(),
});

export const GraphEdgeAttributesSchema = z.looseObject({
  type: RelTypeSchema,
  inferred: z.boolean().optional(),
});

export const GraphPayloadAttributesSchema = z.looseObject({
  /** True when a cap stopped the payload short of everything that matched. */
  truncated: z.boolean(),
  /** How many matching nodes the cap left out (0 when not truncated). */
  omitted: z.number().int(),
  /** Left-out nodes by node type, when the endpoint can tell. */
  omittedByType: z.record(z.string(), z.number().int()).optional(),
  /** Relationships left out because one of their ends was left out, when the endpoint can tell. */
  omittedEdges: z.number().int().optional(),
});

export const GraphPayloadSchema = z.object({
  attributes: GraphPayloadAttributesSchema,
  options: z.object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(true) }),
  nodes: z.array(z.object({ key: z.string(), attributes: GraphNodeAttributesSchema })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: GraphEdgeAttributesSchema }),
  ),
});

export type GraphNodeAttributes = z.infer<typeof GraphNodeAttributesSchema>;
export type GraphEdgeAttributes = z.infer<typeof GraphEdgeAttributesSchema>;
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;

export function emptyPayload(): GraphPayload {
  return {
    attributes: { truncated: false, omitted: 0 },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
}
