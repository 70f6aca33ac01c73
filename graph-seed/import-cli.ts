// `npm run import -- <file> [--id <kebab-id>] [--title-en "..."]`: reads a policy paper, drafts its graph with
// the rule-based extractor, validates it with the seed schemas and loads it with the seed loader into Neo4j
// (NEO4J_URI, else Docker, else the project's local Neo4j). The text is stored as SOURCES_DIR/<id>.<lang>.txt.
// Prints a line per phase (read, parse, extract, validate, load) and the counts by type; exit code 1 on refusal.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadBaseConfig } from "./src/config.ts";
import { messageOf, runMain } from "./src/run-main.ts";
import { withDatabase } from "./src/database/with-database.ts";
import { commitImport, ImportError, prepareImport } from "./src/import/index.ts";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { id: { type: "string" }, "title-en": { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('usage: npm run import -- <file> [--id <kebab-id>] [--title-en "..."]');
    return 2;
  }
  const bytes = await readFile(path.resolve(file)).catch((e: NodeJS.ErrnoException) => {
    throw new ImportError("IMPORT_EMPTY", `cannot read ${file} (${e.code ?? e.message})`);
  });
  const config = loadBaseConfig(process.env);
  // Everything that can refuse the input runs before a database is started.
  const prepared = await prepareImport({
    bytes,
    fileName: path.basename(file),
    id: values.id,
    titleEn: values["title-en"],
    sourcesDir: config.sourcesDir,
    progress: (phase, detail) => console.log(`[import] ${phase}: ${detail}`),
  });
  return withDatabase(config, async (driver, database) => {
    const r = await commitImport(prepared, driver, database);
    console.log(`[import] ${r.id}: ${r.loaded ? "loaded" : "already loaded"} (text in ${r.file})`);
    console.log(`[import] ${r.id}: ${r.nodes} draft nodes by type ${JSON.stringify(r.nodesByType)}`);
    console.log(`[import] ${r.id}: ${r.edges} draft edges by type ${JSON.stringify(r.edgesByType)}`);
    console.log(`[import] ${r.id}: ms by phase ${JSON.stringify(r.ms)}`);
    return 0;
  });
}

runMain(main, (err) => messageOf(err) + (err instanceof ImportError ? ` [${err.code}]` : ""));
