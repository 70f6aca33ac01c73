// `npm run seed [-- --force] [--documents DIR] [--batch-size N]`: validate every document's seed, then load
// it into Neo4j (NEO4J_URI, else Docker, else the project's local Neo4j on its stored data). Nothing is
// written when any seed is invalid; the exit code is non-zero on any failure.
import path from "node:path";
import { loadBaseConfig } from "./src/config.ts";
import { runMain } from "./src/run-main.ts";
import { withDatabase } from "./src/database/with-database.ts";
import { seedAll } from "./src/load/index.ts";

async function main(): Promise<number> {
  const force = process.argv.includes("--force");
  const flag = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const batchSize = flag("--batch-size") ? Number(flag("--batch-size")) : undefined;
  const config = loadBaseConfig(process.env);
  return withDatabase(config, async (driver, database) => {
    const result = await seedAll(driver, {
      documentsDir: path.resolve(flag("--documents") ?? path.join(config.repoRoot, "graph-seed", "documents")),
      batchSize,
      sourcesDir: config.sourcesDir,
      database,
      force,
      log: (line) => console.log(`[seed] ${line}`),
      onProgress: (p) => {
        if (p.phase === "nodes" || p.phase === "edges")
          console.log(`[seed] ${p.document}: ${p.phase} ${p.done}/${p.total}`);
      },
    });
    for (const r of result.loaded) {
      console.log(`[seed] ${r.document}: nodes by type ${JSON.stringify(r.nodesByType)}`);
      console.log(`[seed] ${r.document}: relationships by type ${JSON.stringify(r.relationshipsByType)}`);
    }
    return 0;
  });
}

runMain(main);
