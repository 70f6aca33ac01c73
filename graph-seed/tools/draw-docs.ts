// Writes docs/images/schema.svg (every loaded document) and one measure → problem picture per document
// (measure-problem.svg for the seed paper, measure-problem-<doc-id>.svg for the others) from the validated seeds.
//   npx tsx graph-seed/tools/draw-docs.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readAllSeeds } from "../src/seed/index.ts";
import { drawMeasureProblem, SEED_PAPER_LAYOUT, type MeasureProblemLayout } from "./draw-measure-problem.ts";
import { drawSchema } from "./draw-schema.ts";
import { REPO_ROOT as repoRoot, sourcesDirFrom } from "../src/config.ts";

const sourcesDir = sourcesDirFrom(process.env);
const seeds = await readAllSeeds(path.join(repoRoot, "graph-seed", "documents"), sourcesDir);
const nodes = seeds.flatMap((s) => s.nodes);
const edges = seeds.flatMap((s) => s.edges);
const outDir = path.join(repoRoot, "docs", "images");
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "schema.svg"), drawSchema(nodes, edges));
const LAYOUTS: Record<string, { file: string; layout: MeasureProblemLayout }> = {
  "beijing-industrial-chain-resilience": { file: "measure-problem.svg", layout: SEED_PAPER_LAYOUT },
  "rural-revitalization-2018": {
    file: "measure-problem-rural-revitalization-2018.svg",
    layout: {
      measureGroup: "partNo",
      measureTop: "part",
      topLabel: (n) => (n.type === "Measure" ? `${String(n.props.part)}、` : `一(${String(n.props.problem)})`),
      captionLeft: "Action parts 三–十二 → titled points",
      captionRight: "Problems listed in part 一 → shortfalls; named problems last",
    },
  },
};
const written = ["schema.svg"];
for (const s of seeds) {
  const how = LAYOUTS[s.document.id];
  if (!how) continue;
  await writeFile(path.join(outDir, how.file), drawMeasureProblem(s.nodes, s.edges, how.layout));
  written.push(how.file);
}
console.log(`wrote docs/images/${written.join(", ")} (${nodes.length} nodes, ${edges.length} edges)`);
