// Every request and query the bench makes has a deadline on the client side too: a server-side timeout
// (transactionConfig.timeout, QUERY_TIMEOUT_MS) only helps while the server still answers. A promise that
// never settles — a Bolt connection whose server thread died, a page that never resolves — must fail the
// step, not stall the run.

import { withDeadline as deadline } from "../../graph-seed/src/deadline.ts";

export class DeadlineError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`bench: ${what} did not settle within ${ms} ms`);
    this.name = "DeadlineError";
  }
}

/** Settles like `p`, or rejects with DeadlineError after `ms` (graph-seed's deadline, with the bench's error). */
export function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return deadline(p, ms, () => new DeadlineError(what, ms));
}
