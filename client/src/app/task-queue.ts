// Content changes run one after another: an expansion waits for its neighbours before the next undo runs, so
// rapid clicks replay in the order they were made and the canvas always matches the state. A failed task
// becomes a notice with a retry instead of an unhandled rejection.
import { ApiRequestError } from "../api/index.ts";

export interface Notice {
  /** ApiRequestError code, or INTERNAL. */
  code: string;
  /** What the user tried, in their words ("Expand neighbours"). */
  action: string;
  detail: string;
  /** True when the server could not be reached or its database is down: retrying later will work. */
  unreachable: boolean;
  retry: (() => void) | null;
}

const UNREACHABLE = new Set(["NETWORK", "DB_UNAVAILABLE", "NOT_READY", "QUERY_TIMEOUT"]);

export function noticeFor(err: unknown, action: string, retry: (() => void) | null): Notice {
  const code = err instanceof ApiRequestError ? err.code : "INTERNAL";
  const detail = err instanceof Error ? err.message : String(err);
  return { code, action, detail, unreachable: UNREACHABLE.has(code), retry };
}

export class TaskQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly onError: (err: unknown, action: string, retry: () => void) => void) {}

  get idle(): boolean {
    return this.pending === 0;
  }

  /** Runs `task` after everything queued before it; resolves when it is done (errors are reported, not thrown). */
  run(action: string, task: () => Promise<void> | void): Promise<void> {
    this.pending++;
    const step = async () => {
      try {
        await task();
      } catch (err) {
        if (err instanceof ApiRequestError && err.code === "ABORTED") return;
        this.onError(err, action, () => void this.run(action, task));
      } finally {
        this.pending--;
      }
    };
    // A synchronous task with nothing ahead of it runs now, so undo/redo/hide stay synchronous when idle.
    if (this.pending === 1) {
      const p = step();
      this.tail = p;
      return p;
    }
    this.tail = this.tail.then(step);
    return this.tail;
  }
}
