// A bounded closed-loop load generator: `concurrency` workers each send the next request when the last one
// answers, until `count` requests are done or `maxMs` has passed — whichever comes first. It drives both the
// HTTP API (loopback only) and the driver, so both sides are measured by the very same loop.
import { withDeadline } from "./deadline.ts";
import { now } from "./stats.ts";

export interface LoopResult {
  latencies: number[];
  errors: number;
  ms: number;
}

export async function closedLoop(
  op: (i: number) => Promise<void>,
  o: { concurrency: number; count: number; maxMs: number; opDeadlineMs?: number },
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
        // Each request has its own deadline as well: one that never answers is an error, not a stall.
        await withDeadline(op(i), o.opDeadlineMs ?? 60_000, `request ${i}`);
        latencies.push(now() - s);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return { latencies, errors, ms: now() - t0 };
}
