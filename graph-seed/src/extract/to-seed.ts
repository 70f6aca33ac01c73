// A draft graph → the seed the loader writes, through the same schemas (seed/schema.ts) and the same locator
// check as a curated seed: a draft that would not pass as a hand-written seed is refused, naming each defect.
import { DocumentError, resolveLocator } from "../document/index.ts";
import type { ParsedDocument } from "../document/index.ts";
import { SeedValidationError } from "../model/seed.ts";
import type { SeedEdge, SeedIssue, SeedNode, ValidatedSeed } from "../model/seed.ts";
import { NODE_TYPE_ZH } from "../model/types.ts";
import type { Locator } from "../model/types.ts";
import { documentFileSchema, edgeId, edgeSchema, nodeSchema } from "../seed/schema.ts";
import type { DraftGraph } from "./types.ts";

/** The version a draft is stored under; a re-import of the same text yields the same checksum. */
export const DRAFT_VERSION = "draft-1";

export interface DraftDocumentInfo {
  doc: ParsedDocument;
  file: string;
  sha256: string;
  titleEn: string;
  language: "zh" | "en";
}

const short = (l: Locator) => `${l.sentence}@${l.start}-${l.end}`;

export function draftToSeed(graph: DraftGraph, info: DraftDocumentInfo): ValidatedSeed {
  const issues: SeedIssue[] = [];
  const file = `${graph.docId} (draft)`;
  const check = <T>(
    schema: {
      safeParse(v: unknown): {
        success: boolean;
        data?: T;
        error?: { issues: { path: PropertyKey[]; message: string }[] };
      };
    },
    value: unknown,
    item: string,
  ): T | null => {
    const r = schema.safeParse(value);
    if (r.success) return r.data!;
    for (const i of r.error!.issues)
      issues.push({ file, item: `${item} ${i.path.join(".")}`.trim(), problem: i.message });
    return null;
  };
  const resolves = (l: Locator, item: string): boolean => {
    try {
      resolveLocator(info.doc, l);
      return true;
    } catch (e) {
      issues.push({ file, item, problem: e instanceof DocumentError ? e.message : String(e) });
      return false;
    }
  };

  const document = check<{ id: string; file: string; sha256: string; titleEn: string; language: string }>(
    documentFileSchema,
    {
      id: graph.docId,
      file: info.file,
      sha256: info.sha256,
      titleEn: info.titleEn,
      language: info.language,
      version: DRAFT_VERSION,
    },
    "document",
  );
  const nodes: SeedNode[] = [];
  for (const n of graph.nodes) {
    const entry = check<Omit<SeedNode, "evidence"> & { evidence: string[] }>(
      nodeSchema,
      {
        id: n.id,
        type: n.type,
        name: n.name,
        nameEn: n.name,
        summaryZh: `草稿${NODE_TYPE_ZH[n.type]}：规则 ${n.method}，置信度 ${n.confidence}`,
        summaryEn: `Draft ${n.type}: rule ${n.method}, confidence ${n.confidence}`,
        aliases: [],
        evidence: n.evidence.map(short),
        props: n.props,
        status: "draft",
        confidence: n.confidence,
        method: n.method,
      },
      `node "${n.id}"`,
    );
    if (entry && n.evidence.every((l) => resolves(l, `node "${n.id}" ${short(l)}`)))
      nodes.push({ ...entry, evidence: n.evidence });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: SeedEdge[] = [];
  for (const e of graph.edges) {
    const item = `edge ${e.source} -[${e.type}]-> ${e.target}`;
    const inferred = e.why !== undefined;
    const entry = check<Omit<SeedEdge, "id" | "evidence">>(
      edgeSchema,
      {
        type: e.type,
        source: e.source,
        target: e.target,
        evidence: e.evidence.map(short),
        inferred,
        whyZh: inferred ? `共有关键词：${e.why}` : "",
        whyEn: inferred ? `shared words: ${e.why}` : "",
        status: "draft",
        confidence: e.confidence,
        method: e.method,
      },
      item,
    );
    if (!ids.has(e.source) || !ids.has(e.target))
      issues.push({ file, item, problem: "an endpoint is not a valid node" });
    else if (entry && e.evidence.every((l) => resolves(l, `${item} ${short(l)}`)))
      edges.push({ ...entry, id: edgeId(e), evidence: e.evidence });
  }
  if (issues.length > 0 || !document) throw new SeedValidationError(issues);
  const { file: f, sha256, titleEn, language } = document;
  return { document: { id: graph.docId, file: f, sha256, titleEn, language }, version: DRAFT_VERSION, nodes, edges };
}
