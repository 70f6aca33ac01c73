// One write = one transaction: plan (read what is there, decide what shall be), apply, record the change,
// refresh the touched documents' status. A thrown ApiError rolls everything back.
import type { ManagedTransaction } from "neo4j-driver";
import type { Change, ChangeOp, Snapshot } from "../api/curation.ts";
import type { DbDeps } from "../http/app-deps.ts";
import { txConfig } from "../neo4j/query-options.ts";
import { appendChange, ensureSequence, lockWrites, refreshDocumentStatus } from "./curation-repository.ts";
import { applyTransition, touched } from "./transition.ts";

const WRITE_TIMEOUT_MS = 30_000;

export interface Plan {
  op: ChangeOp;
  targetId: string;
  from: Snapshot;
  to: Snapshot;
  undoOf?: string;
}

export interface WriteContext {
  who: string;
  comment: string | undefined;
}

export async function runWrite(
  deps: DbDeps,
  ctx: WriteContext,
  plan: (tx: ManagedTransaction) => Promise<Plan>,
): Promise<{ change: Change; after: Snapshot }> {
  await ensureSequence(deps.driver, deps.database);
  const session = deps.driver.session({ database: deps.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        await lockWrites(tx);
        const p = await plan(tx);
        const after = await applyTransition(tx, p.from, p.to);
        const { documents, targets } = touched(p.from, after);
        const row = {
          at: new Date().toISOString(),
          who: ctx.who,
          op: p.op,
          targetId: p.targetId,
          documents,
          targets,
          comment: ctx.comment ?? null,
          before: JSON.stringify(p.from),
          after: JSON.stringify(after),
          undoOf: p.undoOf ?? null,
        };
        const id = await appendChange(tx, row);
        for (const doc of documents) await refreshDocumentStatus(tx, doc);
        return { change: { ...row, id, before: p.from, after } as Change, after };
      },
      // Not the user-query bound: a write's own statements are few and indexed, but it may wait for the writes
      // ahead of it (they are serialised) and parse a source document on first use to check evidence.
      txConfig(Math.max(deps.config.queryTimeoutMs, WRITE_TIMEOUT_MS), { role: "write" }),
    );
  } finally {
    await session.close();
  }
}
