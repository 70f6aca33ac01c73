// Reads one document's curated graph back out of Neo4j as the three files the loader reads, in canonical form.
// The document's own fields come from its seed marker (the loader stores them there).
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../model/types.ts";
import { documentFileSchema, type DocumentFile, type EdgeEntry, type NodeEntry } from "../seed/schema.ts";
import { sortEdges, sortNodes, toEdgeEntry, toNodeEntry } from "./canonical.ts";

export interface ExportedDocument {
  document: DocumentFile;
  nodes: NodeEntry[];
  edges: EdgeEntry[];
}

export class ExportError extends Error {
  readonly code: "NOT_FOUND" | "INCOMPLETE";
  constructor(code: "NOT_FOUND" | "INCOMPLETE", message: string) {
    super(message);
    this.code = code;
    this.name = "ExportError";
  }
}

/** The `$schema` pointers the committed files carry (they live in graph-seed/documents/<doc-id>/). */
export const SCHEMA_REFS = {
  document: "../../schemas/document.schema.json",
  nodes: "../../schemas/nodes.schema.json",
  edges: "../../schemas/edges.schema.json",
} as const;

/** Neo4j Integers and lists of them become plain JSON numbers. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object" && "toNumber" in v && typeof (v as { toNumber: unknown }).toNumber === "function")
    return (v as { toNumber(): number }).toNumber();
  return v;
}

const plainMap = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, plain(v)]));

export async function exportDocument(driver: Driver, database: string, doc: string): Promise<ExportedDocument> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    // One read transaction: the three parts are a consistent picture even while editors write.
    return await session.executeRead(async (tx) => {
      const marker = (
        await tx.run(`MATCH (m:${SEED_MARKER_LABEL} {document: $doc}) RETURN properties(m) AS m`, { doc })
      ).records[0]?.get("m") as Record<string, unknown> | undefined;
      if (!marker) throw new ExportError("NOT_FOUND", `export: document "${doc}" was never loaded`);
      if (marker.completed !== true)
        throw new ExportError("INCOMPLETE", `export: document "${doc}" has not finished loading`);
      const parsed = documentFileSchema.safeParse({
        $schema: SCHEMA_REFS.document,
        id: doc,
        file: marker.file,
        sha256: marker.sha256,
        titleEn: marker.titleEn,
        language: marker.language,
        version: marker.version,
      });
      if (!parsed.success)
        throw new ExportError(
          "INCOMPLETE",
          `export: the seed marker of "${doc}" lacks the document's fields (loaded by an older loader); reload it with npm run seed -- --force`,
        );
      const nodeRecs = await tx.run(`MATCH (n:${ENTITY_LABEL} {document: $doc}) RETURN properties(n) AS p`, { doc });
      const edgeRecs = await tx.run(
        `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE r.document = $doc
         RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS p`,
        { doc },
      );
      const nodes = nodeRecs.records.map((r) => toNodeEntry(plainMap(r.get("p") as Record<string, unknown>), doc));
      const edges = edgeRecs.records.map((r) =>
        toEdgeEntry(
          {
            type: String(r.get("type")),
            source: String(r.get("source")),
            target: String(r.get("target")),
            props: plainMap(r.get("p") as Record<string, unknown>),
          },
          doc,
        ),
      );
      return { document: parsed.data, nodes: sortNodes(nodes), edges: sortEdges(edges) };
    });
  } finally {
    await session.close();
  }
}
