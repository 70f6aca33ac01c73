// `npm run export -- <doc-id> [--out <dir>]`: writes the document's graph as it stands in Neo4j to
// <dir>/<doc-id>/{document,nodes,edges}.json (default dir: graph-seed/documents), in canonical order,
// validated by the loader's schemas. Uses the same database the server and the loader use.
import path from "node:path";
import { loadBaseConfig } from "./src/config.ts";
import { runMain } from "./src/run-main.ts";
import { withDatabase } from "./src/database/with-database.ts";
import { exportDocument, writeExport } from "./src/export/index.ts";
import { DOC_ID_RE } from "./src/seed/schema.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const doc = args.find((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1));
  if (!doc || !DOC_ID_RE.test(doc) || (outAt >= 0 && !out)) {
    console.error("usage: npm run export -- <doc-id> [--out <dir>]   (doc-id: lowercase kebab-case)");
    return 2;
  }
  const config = loadBaseConfig(process.env);
  return withDatabase(config, async (driver, database) => {
    const exported = await exportDocument(driver, database, doc);
    const dir = await writeExport(path.resolve(out ?? path.join(config.repoRoot, "graph-seed", "documents")), exported);
    console.log(`[export] ${doc}: ${exported.nodes.length} nodes, ${exported.edges.length} edges → ${dir}`);
    return 0;
  });
}

runMain(main);
