// A bounded closed-loop load generator: `concurrency` workers each send the next request when the last one
// answers, until `count` requests are done or `maxMs` has passed — whichever comes first. It drives both the
// HTTP API (loopback only) and the driver, so both sides are measured by the very same loop.
import { now } from "./stats.ts";

export interface LoopResult {
  latencies: number[];
  errors: number;
  ms: number;
}

export async function closedLoop(
  op: (i: number) => Promise<void>,
  o: { concurrency: number; count: number; maxMs: number },
): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const t0 = now();
  const worker = async () => {
    while (next < o.count && now() - t0 < o.maxMs) {
      const i = next++;
      const s = now();
      try {
        await op(i);
        latencies.push(now() - s);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return { latencies, errors, ms: now() - t0 };
}
