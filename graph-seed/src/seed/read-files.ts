// Reading the JSON files of one document folder: strict UTF-8, JSON syntax, schema. Collects issues, never throws.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { SeedIssue } from "../model/seed.ts";
import { SEED_FILES, documentFileSchema, edgeSchema, nodeSchema } from "./schema.ts";
import type { DocumentFile, EdgeEntry, NodeEntry, SeedFileName } from "./schema.ts";

export interface SeedFolderFiles {
  dir: string;
  document: DocumentFile | null;
  nodes: NodeEntry[];
  edges: EdgeEntry[];
  /** Ids of node entries that failed the schema: known, so edges to them are not called dangling. */
  brokenNodeIds: string[];
}

/** How an issue names a file: relative to the documents folder, e.g. "beijing-…/nodes.json". */
export function fileLabel(dir: string, name: string): string {
  return `${path.basename(dir)}/${name}`;
}

/** Names the item a zod issue is about: the node or edge when the array entry is recognisable. */
function itemLabel(raw: unknown, issuePath: PropertyKey[]): string {
  const jsonPath = issuePath
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
  const [list, index] = issuePath;
  if ((list === "nodes" || list === "edges") && typeof index === "number") {
    const entry = (raw as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown> | undefined;
    if (list === "nodes" && typeof entry?.id === "string") return `node "${entry.id}" (${jsonPath})`;
    if (list === "edges" && entry && typeof entry.source === "string" && typeof entry.target === "string") {
      return `edge ${entry.source} -[${String(entry.type)}]-> ${entry.target} (${jsonPath})`;
    }
  }
  return jsonPath === "" ? "(file)" : jsonPath;
}

/** Bytes → JSON value, or an issue (missing file, invalid UTF-8, malformed JSON). */
async function readRawJson(dir: string, name: SeedFileName, issues: SeedIssue[]): Promise<unknown> {
  const file = fileLabel(dir, name);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, name));
  } catch (e) {
    issues.push({
      file,
      item: "(file)",
      problem: `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    issues.push({ file, item: "(file)", problem: "not valid UTF-8 (seed files must be UTF-8 encoded)" });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    issues.push({ file, item: "(file)", problem: `malformed JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** Checks `value` (found at `prefix` inside the file's `root`), labelling issues by their place in the file. */
function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  issues: SeedIssue[],
  root: unknown = value,
  prefix: PropertyKey[] = [],
): T | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues) {
    issues.push({ file, item: itemLabel(root, [...prefix, ...i.path]), problem: i.message });
  }
  return null;
}

/**
 * Entries are checked one by one, so one bad node does not hide the others; the ids of invalid entries
 * are still reported as `brokenIds`, so their edges are not also flagged as dangling.
 */
async function readList<T>(
  dir: string,
  name: "nodes.json" | "edges.json",
  key: "nodes" | "edges",
  entry: z.ZodType<T>,
  issues: SeedIssue[],
): Promise<{ items: T[]; brokenIds: string[] }> {
  const file = fileLabel(dir, name);
  const raw = await readRawJson(dir, name, issues);
  if (raw === undefined) return { items: [], brokenIds: [] };
  const shape = SEED_FILES[name].safeExtend({ [key]: z.array(z.unknown()) });
  if (!check(shape, raw, file, issues)) return { items: [], brokenIds: [] };
  const list = (raw as Record<string, unknown[]>)[key]!;
  const items: T[] = [];
  const brokenIds: string[] = [];
  list.forEach((e, i) => {
    const ok = check(entry, e, file, issues, raw, [key, i]);
    if (ok) items.push(ok);
    else if (typeof (e as { id?: unknown })?.id === "string") brokenIds.push((e as { id: string }).id);
  });
  return { items, brokenIds };
}

export async function readSeedFolder(dir: string, issues: SeedIssue[]): Promise<SeedFolderFiles> {
  const docRaw = await readRawJson(dir, "document.json", issues);
  const document =
    docRaw === undefined ? null : check(documentFileSchema, docRaw, fileLabel(dir, "document.json"), issues);
  const nodes = await readList(dir, "nodes.json", "nodes", nodeSchema, issues);
  const edges = await readList(dir, "edges.json", "edges", edgeSchema, issues);
  return { dir, document, nodes: nodes.items, edges: edges.items, brokenNodeIds: nodes.brokenIds };
}
