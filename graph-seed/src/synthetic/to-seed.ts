// Turns a topology (and its stored layout) into the ValidatedSeed the real loader takes, so synthetic graphs
// go through exactly the path the curated seed does: same labels, properties, evidence format and MERGE keys.
import type { SeedEdge, SeedNode, ValidatedSeed } from "../model/seed.ts";
import { NODE_TYPE_ZH, NODE_TYPES, REL_TYPES, type Locator } from "../model/types.ts";
import type { Layout } from "./layout.ts";
import type { Topology } from "./topology.ts";

/** The synthetic document every synthetic locator points into; no source file exists for it. */
export function syntheticDocId(t: Pick<Topology, "nodes" | "edges" | "seed">): string {
  return `synthetic-${t.nodes}-${t.edges}-s${t.seed}`;
}

export const syntheticNodeId = (i: number) => `syn-${i}`;

// Evidence points at one of a thousand synthetic sentences; sharing Locator objects keeps 4M items light.
function locatorPool(doc: string): Locator[] {
  return Array.from({ length: 1000 }, (_, s) => ({ doc, sentence: `s${s}`, start: 0, end: 4 }));
}

export function toSeed(t: Topology, layout: Layout | null): ValidatedSeed {
  const doc = syntheticDocId(t);
  const pool = locatorPool(doc);
  const nodes: SeedNode[] = new Array(t.nodes);
  for (let i = 0; i < t.nodes; i++) {
    const type = NODE_TYPES[t.type[i]!]!;
    const zh = NODE_TYPE_ZH[type]!;
    const d = t.domain[i]!;
    const props: SeedNode["props"] = { domain: d, synthetic: true };
    if (layout) {
      props.x = layout.x[i]!;
      props.y = layout.y[i]!;
    }
    nodes[i] = {
      id: syntheticNodeId(i),
      type,
      name: `合成${zh} ${i}`,
      nameEn: `synthetic ${type.toLowerCase()} ${i}`,
      summaryZh: `合成领域 ${d} 的${zh}`,
      summaryEn: `a ${type.toLowerCase()} of synthetic domain ${d}`,
      aliases: [],
      evidence: [pool[i % pool.length]!],
      props,
    };
  }
  const edges: SeedEdge[] = new Array(t.edges);
  for (let i = 0; i < t.edges; i++) {
    const type = REL_TYPES[t.rel[i]!]!;
    const source = syntheticNodeId(t.source[i]!);
    const target = syntheticNodeId(t.target[i]!);
    edges[i] = {
      id: `${source}--${type}--${target}`,
      type,
      source,
      target,
      evidence: [pool[i % pool.length]!],
      inferred: false,
      whyZh: "",
      whyEn: "",
    };
  }
  return {
    document: {
      id: doc,
      file: `${doc}.zh.txt`,
      sha256: "0".repeat(64),
      titleEn: `Synthetic graph ${t.nodes}/${t.edges} (seed ${t.seed})`,
      language: "zh",
    },
    version: "synthetic-1",
    nodes,
    edges,
  };
}
