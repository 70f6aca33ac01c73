// What a validated seed looks like once read from graph-seed/documents/<doc-id>/ and checked against its
// source document: the loader writes exactly this, nothing else.
import type { Locator, NodeType, RelType } from "./types.ts";

/** Scalar properties a node may carry besides the common ones (Indicator: value, unit, year, scope; Measure: path, order). */
export type SeedScalar = string | number | boolean | null;

/** Provenance of a drafted item (see seed/schema.ts); absent on curated items. */
export interface DraftProvenance {
  status?: "draft" | "curated";
  /** 0–1: how sure the extractor rule was. */
  confidence?: number;
  /** The extractor rule that made it, e.g. "measure-heading". */
  method?: string;
}

export interface SeedNode extends DraftProvenance {
  /** Stable, readable, URL-safe: lowercase ascii words joined by '-', e.g. "industrial-chain-resilience". */
  id: string;
  type: NodeType;
  /** As the paper says it (Chinese). */
  name: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  aliases: string[];
  evidence: Locator[];
  props: Record<string, SeedScalar>;
}

export interface SeedEdge extends DraftProvenance {
  /** Deterministic: `${source}--${type}--${target}`, so MERGE by id is idempotent. */
  id: string;
  type: RelType;
  source: string;
  target: string;
  evidence: Locator[];
  /** True when the paper ties the two implicitly (mirrored structure or wording), not in an explicit sentence. */
  inferred: boolean;
  /** Why the tie holds, in the curator's words; required when `inferred`. */
  whyZh: string;
  whyEn: string;
}

export interface SeedDocument {
  /** Also the source file's stem: <id>.zh.txt in SOURCES_DIR. */
  id: string;
  file: string;
  /** sha256 of the source file the locators were made against; a changed file is refused, not misread. */
  sha256: string;
  titleEn: string;
  language: string;
}

export interface ValidatedSeed {
  document: SeedDocument;
  /** Seed version: bump when the curated graph changes; stored in the seed marker. */
  version: string;
  nodes: SeedNode[];
  edges: SeedEdge[];
}

/** One defect found while validating, naming where it is. */
export interface SeedIssue {
  file: string;
  item: string;
  problem: string;
}

export class SeedValidationError extends Error {
  readonly code = "SEED_INVALID";
  constructor(readonly issues: SeedIssue[]) {
    super(
      `graph-seed: ${issues.length} problem(s) found, nothing written:\n` +
        issues.map((i) => `  ${i.file} › ${i.item}: ${i.problem}`).join("\n"),
    );
    this.name = "SeedValidationError";
  }
}
