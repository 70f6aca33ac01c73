// Cross-file checks over every loaded folder at once: source hash, global id uniqueness, endpoints, locators.
// Node ids are global: an edge may point into another document's folder only when that folder is loaded too.
// A source file that is absent is not an error: the project never ships the text, so the graph loads with its
// locators unchecked (shape only) and a warning; the API then shows locators and summaries instead of quotes.
import path from "node:path";
import { DocumentError, readSourceDocument, resolveLocator, sourceFileName } from "../document/index.ts";
import type { ParsedDocument } from "../document/index.ts";
import type { SeedEdge, SeedIssue, SeedNode, ValidatedSeed } from "../model/seed.ts";
import { parseEvidence, type Locator } from "../model/locator.ts";
import { fileLabel } from "./read-files.ts";
import type { SeedFolderFiles } from "./read-files.ts";
import { edgeId } from "./schema.ts";

export interface ValidationResult {
  seeds: ValidatedSeed[];
  documents: Map<string, ParsedDocument>;
  issues: SeedIssue[];
  /** Not errors: e.g. a source document absent from SOURCES_DIR, whose locators load unresolved. */
  warnings: string[];
}

export async function validateFolders(
  folders: SeedFolderFiles[],
  sourcesDir: string,
  issues: SeedIssue[],
): Promise<ValidationResult> {
  const documents = new Map<string, ParsedDocument>();
  const warnings: string[] = [];
  /** Documents whose source is absent: their locators are checked for shape only. */
  const sourceless = new Set<string>();
  for (const f of folders) {
    const d = f.document;
    if (!d) continue;
    const file = fileLabel(f.dir, "document.json");
    if (path.basename(f.dir) !== d.id)
      issues.push({
        file,
        item: "id",
        problem: `document id "${d.id}" must equal its folder name "${path.basename(f.dir)}"`,
      });
    if (d.file !== sourceFileName(d.id))
      issues.push({
        file,
        item: "file",
        problem: `source file must be named "${sourceFileName(d.id)}", not "${d.file}"`,
      });
    if (documents.has(d.id)) {
      issues.push({ file, item: "id", problem: `document "${d.id}" is defined by two folders` });
      continue;
    }
    try {
      const src = await readSourceDocument(sourcesDir, d.id);
      if (src.sha256 !== d.sha256) {
        issues.push({
          file,
          item: "sha256",
          problem: `source ${src.file} has sha256 ${src.sha256}, the seed was made against ${d.sha256}`,
        });
      }
      documents.set(d.id, src.document);
    } catch (e) {
      if (e instanceof DocumentError && e.code === "DOC_NOT_FOUND") {
        sourceless.add(d.id);
        warnings.push(
          `${file}: source ${sourceFileName(d.id)} is not in ${sourcesDir}: the graph loads with its locators ` +
            `unresolved (not checked against the text); the API shows locators and summaries instead of quotes`,
        );
      } else issues.push({ file, item: "file", problem: e instanceof DocumentError ? e.message : String(e) });
    }
  }

  // Global id tables first, so edges may point across folders in any order.
  const nodeHome = new Map<string, string>();
  const known = new Set<string>();
  for (const f of folders) {
    for (const id of f.brokenNodeIds) known.add(id);
    for (const n of f.nodes) {
      const first = nodeHome.get(n.id);
      if (first)
        issues.push({
          file: fileLabel(f.dir, "nodes.json"),
          item: `node "${n.id}"`,
          problem: `duplicate node id (first defined in ${first})`,
        });
      else nodeHome.set(n.id, fileLabel(f.dir, "nodes.json"));
      known.add(n.id);
    }
  }

  const seeds: ValidatedSeed[] = [];
  const edgeHome = new Map<string, string>();
  for (const f of folders) {
    const d = f.document;
    const defaultDoc = d?.id ?? path.basename(f.dir);
    const nodesFile = fileLabel(f.dir, "nodes.json");
    const edgesFile = fileLabel(f.dir, "edges.json");
    const locate = (raw: string[], file: string, item: string): Locator[] =>
      raw.flatMap((r, i) => {
        const loc = toLocator(r, defaultDoc);
        const problem = sourceless.has(loc.doc) ? null : checkLocator(loc, documents);
        if (problem) issues.push({ file, item: `${item} evidence[${i}] "${r}"`, problem });
        return problem ? [] : [loc];
      });

    const nodes: SeedNode[] = f.nodes.map((n) => ({ ...n, evidence: locate(n.evidence, nodesFile, `node "${n.id}"`) }));
    const edges: SeedEdge[] = f.edges.map((e) => {
      const id = edgeId(e);
      const item = `edge "${id}"`;
      const first = edgeHome.get(id);
      if (first) issues.push({ file: edgesFile, item, problem: `duplicate edge (first defined in ${first})` });
      else edgeHome.set(id, edgesFile);
      for (const end of ["source", "target"] as const) {
        if (!known.has(e[end]))
          issues.push({ file: edgesFile, item, problem: `dangling ${end}: no node "${e[end]}" in the loaded folders` });
      }
      if (e.source === e.target)
        issues.push({ file: edgesFile, item, problem: "an edge may not point to its own source" });
      return { id, ...e, evidence: locate(e.evidence, edgesFile, item) };
    });
    if (d) {
      const { version, ...rest } = d;
      const { $schema: _ignored, ...document } = rest;
      seeds.push({ document, version, nodes, edges });
    }
  }
  return { seeds, documents, issues, warnings };
}

function toLocator(raw: string, defaultDoc: string): Locator {
  return parseEvidence(raw, defaultDoc)!; // the schema already checked the shape
}

function checkLocator(loc: Locator, documents: Map<string, ParsedDocument>): string | null {
  const doc = documents.get(loc.doc);
  if (!doc) return `locator points into document "${loc.doc}", which is not loaded (or its source could not be read)`;
  try {
    resolveLocator(doc, loc);
    return null;
  } catch (e) {
    return e instanceof DocumentError ? `locator does not resolve: ${e.message}` : String(e);
  }
}
