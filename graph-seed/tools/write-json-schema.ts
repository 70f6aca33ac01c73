// Writes graph-seed/schemas/*.schema.json from the zod schemas, so editors validate seed files as they are typed.
//   npx tsx graph-seed/tools/write-json-schema.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { documentFileSchema, edgesFileSchema, nodesFileSchema } from "../src/seed/schema.ts";

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "schemas");
const targets = { document: documentFileSchema, nodes: nodesFileSchema, edges: edgesFileSchema };

for (const [name, schema] of Object.entries(targets)) {
  // "input": fields with defaults (aliases, props, inferred…) are optional for the author.
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  const file = path.join(outDir, `${name}.schema.json`);
  await writeFile(file, JSON.stringify({ ...json, title: `Resilience Graph seed: ${name}.json` }, null, 2) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
