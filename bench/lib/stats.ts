// Statistics and the A/B discipline every row follows: alternate the variants round by round, so the
// machine's noise (other engineers' tests on 2 cores) hits both alike, then take the median of the rounds.

export const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Nearest-rank percentile, p in [0, 100]. */
export const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

/**
 * Runs each variant once per round, in an order that flips every round (A B, B A, A B, …) so neither
 * always runs second on a warmer cache; returns every variant's per-round results.
 */
export async function alternate<K extends string, R>(
  rounds: number,
  variants: Record<K, (round: number) => Promise<R>>,
): Promise<Record<K, R[]>> {
  const keys = Object.keys(variants) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as R[]])) as Record<K, R[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? keys : [...keys].reverse();
    for (const k of order) out[k].push(await variants[k](r));
  }
  return out;
}

export const now = (): number => performance.now();
