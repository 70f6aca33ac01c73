// Cypher of DELETE /api/documents/{id}: a document's graph leaves in one transaction — its relationships (those
// among its nodes and any touching them), its nodes, its load marker. Nothing keyed to another document is
// matched; audit Change nodes stay (they record what happened, and undo is refused for a graph that is gone).
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../../../graph-seed/src/model/types.ts";
import { txConfig } from "../neo4j/query-options.ts";
import { toNumber } from "../neo4j/values.ts";

export interface DeletedGraph {
  nodes: number;
  relationships: number;
  marker: boolean;
}

export async function deleteDocumentGraph(
  driver: Driver,
  database: string,
  id: string,
  timeoutMs: number,
): Promise<DeletedGraph> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const rels = await tx.run(
          `MATCH (n:${ENTITY_LABEL} {document: $id})-[r]-() WITH DISTINCT r DELETE r RETURN count(r) AS c`,
          { id },
        );
        const nodes = await tx.run(`MATCH (n:${ENTITY_LABEL} {document: $id}) DELETE n RETURN count(n) AS c`, { id });
        const marker = await tx.run(`MATCH (m:${SEED_MARKER_LABEL} {document: $id}) DELETE m RETURN count(m) AS c`, {
          id,
        });
        return {
          nodes: toNumber(nodes.records[0]?.get("c")),
          relationships: toNumber(rels.records[0]?.get("c")),
          marker: toNumber(marker.records[0]?.get("c")) > 0,
        };
      },
      txConfig(timeoutMs, { role: "delete-document" }),
    );
  } finally {
    await session.close();
  }
}
