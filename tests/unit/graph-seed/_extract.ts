// Runs extractor rules on a synthetic text: what each rule's test needs and nothing more.
import { parseDocument } from "../../../graph-seed/src/document/index.ts";
import { createContext } from "../../../graph-seed/src/extract/builder.ts";
import { extractDraft } from "../../../graph-seed/src/extract/index.ts";
import type { DraftEdge, DraftNode, Rule } from "../../../graph-seed/src/extract/types.ts";

export function runRules(text: string, rules: Rule[], language: "zh" | "en" = "zh") {
  const doc = parseDocument(text, "t-doc");
  const ctx = createContext(doc, language);
  for (const r of rules) r(ctx);
  const nodes = [...ctx.nodes.values()];
  return {
    doc,
    nodes,
    edges: ctx.edgeList(),
    names: (m: string) => nodes.filter((n) => n.method === m).map((n) => n.name),
  };
}

export function draft(text: string, language: "zh" | "en" = "zh"): { nodes: DraftNode[]; edges: DraftEdge[] } {
  return extractDraft(parseDocument(text, "t-doc"), language);
}

/** The text a locator points at, for assertions. */
export function spanText(doc: ReturnType<typeof parseDocument>, n: DraftNode, i = 0): string {
  const l = n.evidence[i]!;
  const s = doc.sentences.find((x) => x.id === l.sentence)!;
  return Array.from(s.text).slice(l.start, l.end).join("");
}
