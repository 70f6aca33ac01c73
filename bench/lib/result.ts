// The shape every benchmark returns: one row per comparison, figure against peer, in one unit.
export interface BenchRow {
  /** Which benchmark: loading, paths, api, layout, rendering. */
  bench: string;
  /** e.g. "10k/30k". */
  size: string;
  /** What was measured, e.g. "rows/s", "ms per pair (median)". */
  metric: string;
  oursName: string;
  ours: number;
  peerName: string;
  peer: number;
  /** ours / peer in the metric's unit (so for costs below 1 is better, for rates above 1). */
  ratio: number;
  /** The goal, in words, and whether this row meets it (null: no goal for this row). */
  goal: string | null;
  met: boolean | null;
  rounds: number;
  note?: string;
}

export function row(r: Omit<BenchRow, "ratio">): BenchRow {
  return { ...r, ratio: r.ours / r.peer };
}

/** Extra series for charts: cost against size per variant. */
export interface SeriesPoint {
  bench: string;
  variant: string;
  nodes: number;
  value: number;
  /** True when the value is a lower bound (a timeout). */
  atLeast?: boolean;
}

export interface BenchResult {
  rows: BenchRow[];
  series: SeriesPoint[];
}

export const sizeLabel = (nodes: number, edges: number): string => `${short(nodes)}/${short(edges)}`;
const short = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
