// Writes an exported document as <dir>/<doc-id>/{document,nodes,edges}.json, each printed as Prettier would.
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { SCHEMA_REFS, type ExportedDocument } from "./export-document.ts";
import { printSeedJson } from "./print-json.ts";

/** The three files' texts, by file name: what the CLI writes and the round-trip tests compare. */
export function exportFiles(e: ExportedDocument): Record<"document.json" | "nodes.json" | "edges.json", string> {
  return {
    "document.json": printSeedJson(e.document),
    "nodes.json": printSeedJson({ $schema: SCHEMA_REFS.nodes, nodes: e.nodes }),
    "edges.json": printSeedJson({ $schema: SCHEMA_REFS.edges, edges: e.edges }),
  };
}

/** Each file is written beside itself and renamed, so a reader never sees half a file. Returns the folder. */
export async function writeExport(outDir: string, e: ExportedDocument): Promise<string> {
  const dir = path.join(outDir, e.document.id);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(exportFiles(e))) {
    const tmp = path.join(dir, `.${name}.tmp`);
    await writeFile(tmp, text);
    await rename(tmp, path.join(dir, name));
  }
  return dir;
}
