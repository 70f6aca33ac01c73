// GET /api/schema: the database's own view joined with the model's allow-lists and palette.
import type { SchemaResponse } from "../api/schema.ts";
import { NODE_COLORS } from "../../../graph-seed/src/model/palette.ts";
import { NODE_TYPES, REL_TYPES, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { INTERNAL_LABELS } from "../api/curation.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { readSchema } from "./schema-repository.ts";

export async function schema(deps: DbDeps): Promise<SchemaResponse> {
  const raw = await readSchema(deps.driver, deps.database, deps.config.queryTimeoutMs, NODE_TYPES);
  const labelCount = new Map(raw.labels.map((l) => [l.label, l.count]));
  const relCount = new Map(raw.relationshipTypes.map((r) => [r.type, r.count]));
  return {
    ...raw,
    nodeTypes: NODE_TYPES.map((type) => ({ type, color: NODE_COLORS[type], count: labelCount.get(type) ?? 0 })),
    relTypes: REL_TYPES.map((type) => ({ type, count: relCount.get(type) ?? 0 })),
    internalLabels: [SEED_MARKER_LABEL, ...INTERNAL_LABELS],
  };
}
