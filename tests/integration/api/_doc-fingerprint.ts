// One document's part of the database, as counts and a checksum over every property of its nodes and
// relationships (stored layout positions x/y included), in a stable order: what isolation tests compare.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

export async function docFingerprint(driver: Driver, database: string, doc: string) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity {document: $doc}) RETURN n.id AS k, labels(n) AS l, properties(n) AS p
               UNION ALL MATCH ()-[r]->() WHERE r.document = $doc RETURN r.id AS k, [type(r)] AS l, properties(r) AS p }
     RETURN k, l, p ORDER BY k`,
    { doc },
    { database },
  );
  const hash = createHash("sha256");
  let nodes = 0;
  for (const r of records) {
    if (!(r.get("l") as string[]).some((l) => l === l.toUpperCase())) nodes++;
    hash.update(
      JSON.stringify([r.get("k"), r.get("l"), r.get("p")], (_k, v) => (typeof v === "bigint" ? String(v) : v)),
    );
  }
  return { nodes, items: records.length, checksum: hash.digest("hex") };
}
