// Writes docs/images/schema.svg and docs/images/measure-problem.svg from the validated seed.
//   npx tsx graph-seed/tools/draw-docs.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readAllSeeds } from "../src/seed/index.ts";
import { drawMeasureProblem } from "./draw-measure-problem.ts";
import { drawSchema } from "./draw-schema.ts";
import { REPO_ROOT as repoRoot, sourcesDirFrom } from "../src/config.ts";

const sourcesDir = sourcesDirFrom(process.env);
const seeds = await readAllSeeds(path.join(repoRoot, "graph-seed", "documents"), sourcesDir);
const nodes = seeds.flatMap((s) => s.nodes);
const edges = seeds.flatMap((s) => s.edges);
const outDir = path.join(repoRoot, "docs", "images");
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "schema.svg"), drawSchema(nodes, edges));
await writeFile(path.join(outDir, "measure-problem.svg"), drawMeasureProblem(nodes, edges));
console.log(
  `wrote docs/images/schema.svg and docs/images/measure-problem.svg (${nodes.length} nodes, ${edges.length} edges)`,
);
