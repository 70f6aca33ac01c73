// The draft graph the extractor produces: seed-shaped nodes and edges that say how sure they are and which rule
// made them. They become a ValidatedSeed (to-seed.ts) and go through the same schemas and loader as the curated one.
import type { ParsedDocument, Section, Sentence } from "../document/index.ts";
import type { Locator, NodeType, RelType } from "../model/types.ts";
import type { SeedScalar } from "../model/seed.ts";

export interface DraftNode {
  id: string;
  type: NodeType;
  /** A short verbatim span of the document. */
  name: string;
  evidence: Locator[];
  /** 0–1: how sure the rule is. */
  confidence: number;
  /** The rule's name, e.g. "measure-heading". */
  method: string;
  props: Record<string, SeedScalar>;
}

export interface DraftEdge {
  type: RelType;
  source: string;
  target: string;
  evidence: Locator[];
  confidence: number;
  method: string;
  /** Why an inferred tie holds, e.g. the words a measure and a problem share. */
  why?: string;
}

export interface DraftGraph {
  docId: string;
  nodes: DraftNode[];
  edges: DraftEdge[];
}

/** What a part of the document is about, told from its heading: it decides which rules read it. */
export type SectionRole = "action" | "problem" | "context" | "requirements" | "goals" | "principles";

export interface NodeInput {
  type: NodeType;
  name: string;
  evidence: Locator[];
  confidence: number;
  method: string;
  props?: Record<string, SeedScalar>;
}

/** What every rule is given: the parsed document, the roles of its sections, and a place to put what it finds. */
export interface ExtractContext {
  doc: ParsedDocument;
  language: "zh" | "en";
  sectionById: Map<string, Section>;
  sentenceById: Map<string, Sentence>;
  /** The role of a section, inherited from its nearest classified ancestor. */
  roleOf(sectionId: string | null): SectionRole | null;
  /** Adds a node, or merges it into an existing one of the same type and name; returns its id. */
  addNode(n: NodeInput): string;
  addEdge(e: DraftEdge): void;
  /**
   * Adds a node (as addNode) and, when it has a parent, ties it PART_OF the parent on the node's own evidence:
   * the structure rules' one way to hang a clause, item or point under what the document puts it in.
   */
  addPartOf(n: NodeInput, parent: string | null | undefined, confidence: number): string;
  nodes: Map<string, DraftNode>;
  /** Sentences a rule has consumed, so a weaker rule does not read them again. */
  claimed: Set<string>;
}

export type Rule = (ctx: ExtractContext) => void;
