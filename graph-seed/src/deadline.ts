// One deadline helper for every caller that must not wait forever on a promise: the server's queries and
// health probes, the loader's container runtime probe, the bench's requests and pages.

/**
 * Settles like `work`, or rejects with `onLate()` when it has not settled within `ms`. For what has no timeout
 * of its own: a database that stops answering (SIGSTOP, a dead network) never enforces its transaction timeout,
 * and a pooled connection has no read timeout. The work keeps running; its later failure is swallowed, and the
 * timer never keeps the process alive.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Error): Promise<T> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onLate()), ms);
    timer.unref?.();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
