// Cypher for paths between two nodes with Cypher 5 path selectors (SHORTEST k / ALL SHORTEST) over a
// quantified relationship. Relationship types come from the allow-list; k and maxHops are validated
// integers written into the pattern because selectors and quantifiers take literals in 5.26.
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, type RelType } from "../../../graph-seed/src/model/types.ts";
import type { NodeMap, RelMap } from "../graph/payload-builder.ts";
import { readQuery } from "../neo4j/query-options.ts";

export interface PathArgs {
  from: string;
  to: string;
  mode: "shortest" | "all" | "k";
  k: number;
  maxHops: number;
  rel: RelType[] | null;
  directed: boolean;
  /** Only relationships stated in a paper: inferred ones are never walked. */
  stated: boolean;
  /** Every node of the path from this document (a quantified path pattern filters during the search). */
  document?: string | undefined;
}

export interface RawPath {
  nodes: NodeMap[];
  rels: RelMap[];
}

export interface RawPaths {
  found: { from: boolean; to: boolean };
  /** The ends' home documents, to say which end is outside a requested document. */
  documents: { from: string | null; to: string | null };
  paths: RawPath[];
}

export async function readPaths(driver: Driver, database: string, a: PathArgs, timeoutMs: number): Promise<RawPaths> {
  const selector = a.mode === "all" ? "ALL SHORTEST" : `SHORTEST ${a.mode === "k" ? Math.trunc(a.k) : 1}`;
  const types = a.rel && a.rel.length > 0 ? `:${a.rel.join("|")}` : "";
  const arrow = a.directed ? "->" : "-";
  const hops = Math.trunc(a.maxHops);
  // A relationship-pattern predicate, so the search itself skips inferred edges (not a filter afterwards).
  const rel = `r${types}${a.stated ? " WHERE r.inferred IS NULL OR r.inferred = false" : ""}`;
  const opts = readQuery(database, timeoutMs);
  const ends = await driver.executeQuery(
    `OPTIONAL MATCH (a:${ENTITY_LABEL} {id: $from}) OPTIONAL MATCH (b:${ENTITY_LABEL} {id: $to})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a.document AS fromDoc, b.document AS toDoc`,
    { from: a.from, to: a.to },
    opts,
  );
  const found = { from: ends.records[0]?.get("fromFound") === true, to: ends.records[0]?.get("toFound") === true };
  const documents = {
    from: (ends.records[0]?.get("fromDoc") as string | null) ?? null,
    to: (ends.records[0]?.get("toDoc") as string | null) ?? null,
  };
  if (!found.from || !found.to) return { found, documents, paths: [] };
  if (a.document !== undefined && (documents.from !== a.document || documents.to !== a.document))
    return { found, documents, paths: [] };
  // Within one document: every node the walk reaches is that document's, checked as the search goes.
  const walk =
    a.document === undefined
      ? `(a)-[${rel}]${arrow}{1,${hops}}(b)`
      : `(a)(()-[${rel}]${arrow}(x:${ENTITY_LABEL} WHERE x.document = $document)){1,${hops}}(b)`;
  // Both ends bound, so the planner runs a bidirectional breadth-first search.
  const { records } = await driver.executeQuery(
    `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
     MATCH p = ${selector} ${walk}
     WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
     LIMIT 50
     RETURN [x IN nodes(p) | x {.*}] AS nodes,
            [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels`,
    { from: a.from, to: a.to, document: a.document ?? null },
    opts,
  );
  return {
    found,
    documents,
    paths: records.map((r) => ({ nodes: r.get("nodes") as NodeMap[], rels: r.get("rels") as RelMap[] })),
  };
}
