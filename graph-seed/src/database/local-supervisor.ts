// Keeps the local Neo4j the product started alive: when its JVM exits without being asked to (killed, crashed,
// out of memory for good), it is started again on the same port and data folder, so the driver's URI stays
// valid, with a growing pause between attempts (1 s, 2 s, 5 s, 10 s, then every 30 s). Every exit and
// restart is reported through `log`; `status()` tells the API what to answer meanwhile (503 + Retry-After).
import type { LocalNeo4j } from "./local-neo4j.ts";

export type DatabaseState = "up" | "restarting" | "stopped";

export interface DatabaseStatus {
  state: DatabaseState;
  /** Restarts since the product started. */
  restarts: number;
  /** Exit code (or signal) of the last unexpected exit, and when it happened (ISO time). */
  lastExit: { code: number | null; signal: string | null; at: string } | null;
  /** Seconds a client should wait before trying again while not up. */
  retryAfterS: number;
}

export interface SupervisorOptions {
  start: () => Promise<LocalNeo4j>;
  log: (line: string) => void;
  /** Pauses before attempts 1, 2, 3…; the last one repeats. */
  backoffMs?: number[];
  /** A database that stayed up this long counts as healthy again: the backoff starts over. */
  stableMs?: number;
}

export interface Supervisor {
  status(): DatabaseStatus;
  current(): LocalNeo4j;
  /** Stops supervising and stops the database cleanly. */
  stop(): Promise<void>;
}

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export async function superviseLocalNeo4j(opts: SupervisorOptions): Promise<Supervisor> {
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const stableMs = opts.stableMs ?? 60_000;
  let db = await opts.start();
  let state: DatabaseState = "up";
  let restarts = 0;
  let attempt = 0;
  let upSince = Date.now();
  let nextAttemptAt = 0;
  let lastExit: DatabaseStatus["lastExit"] = null;
  let stopping = false;

  const watch = (current: LocalNeo4j) => {
    void current.exited.then((code) => {
      if (stopping || current !== db) return;
      lastExit = { code, signal: current.signal(), at: new Date().toISOString() };
      state = "restarting";
      if (Date.now() - upSince > stableMs) attempt = 0;
      opts.log(
        `the database exited unexpectedly (${code === null ? `signal ${lastExit.signal ?? "?"}` : `code ${code}`}); restarting`,
      );
      void restartLoop();
    });
  };

  const restartLoop = async () => {
    while (!stopping) {
      const pause = backoff[Math.min(attempt, backoff.length - 1)]!;
      attempt++;
      nextAttemptAt = Date.now() + pause;
      await new Promise((r) => setTimeout(r, pause).unref());
      if (stopping) return;
      try {
        const t0 = Date.now();
        const next = await opts.start();
        if (stopping) return void (await next.stop());
        db = next;
        restarts++;
        upSince = Date.now();
        state = "up";
        opts.log(`the database is back after restart ${restarts} (attempt ${attempt}, ${Date.now() - t0} ms)`);
        watch(next);
        return;
      } catch (err) {
        const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
        opts.log(`restart attempt ${attempt} failed: ${why}`);
      }
    }
  };

  watch(db);
  return {
    status: () => ({
      state,
      restarts,
      lastExit,
      retryAfterS:
        state === "up" ? 0 : Math.max(1, Math.ceil((Math.max(0, nextAttemptAt - Date.now()) + db.startMs) / 1000)),
    }),
    current: () => db,
    stop: async () => {
      stopping = true;
      state = "stopped";
      await db.stop();
    },
  };
}
