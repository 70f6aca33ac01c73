// Imports the upload route has started: one at a time (reading a long PDF and extracting take a core each, and
// the machine serving the explorer is small), each with its phase for GET /api/documents/{id}. In memory only:
// what must survive a restart is the outcome — the graph in the database, or a failure record in SOURCES_DIR.
import type { ImportPhase, ImportResult } from "../../../graph-seed/src/import/index.ts";

export interface JobProgress {
  phase: ImportPhase | "queued";
  detail: string;
  done: number | null;
  total: number | null;
}

export interface ImportJob {
  id: string;
  progress: JobProgress;
  /** Set once the route answered 202: from then on a failure is recorded instead of answered. */
  accepted: boolean;
  result: Promise<ImportResult>;
}

type Run = (report: (p: JobProgress) => void) => Promise<ImportResult>;

export class ImportJobs {
  private readonly running = new Map<string, ImportJob>();
  private tail: Promise<unknown> = Promise.resolve();

  get(id: string): ImportJob | undefined {
    return this.running.get(id);
  }

  /** Queues the import; `onSettled` runs before the job leaves the registry (so its status never goes missing). */
  start(id: string, run: Run, onSettled: (job: ImportJob, outcome: unknown) => Promise<void>): ImportJob {
    const job: ImportJob = {
      id,
      progress: { phase: "queued", detail: "waiting for the import before it", done: null, total: null },
      accepted: false,
      result: undefined as unknown as Promise<ImportResult>,
    };
    job.result = this.tail.then(() => run((p) => (job.progress = p)));
    this.running.set(id, job);
    const settle = (outcome: unknown) =>
      onSettled(job, outcome)
        .catch(() => {})
        .finally(() => this.running.delete(id));
    this.tail = job.result.then(
      () => settle(null),
      (err: unknown) => settle(err),
    );
    return job;
  }
}

const registries = new WeakMap<object, ImportJobs>();

/** The registry of one app (keyed by its deps object: each test app has its own). */
export function importJobsOf(owner: object): ImportJobs {
  let jobs = registries.get(owner);
  if (!jobs) registries.set(owner, (jobs = new ImportJobs()));
  return jobs;
}
