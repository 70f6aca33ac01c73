// The console's Cypher I/O: classify with EXPLAIN, stream a run inside a read transaction, and terminate
// a run by its metadata tag (a client that went away, or a run that outlived its timeout).
import neo4j, { type Driver, type Plan, type Record as Neo4jRecord } from "neo4j-driver";
import { adminQuery, txConfig } from "../neo4j/query-options.ts";

export interface Classification {
  queryType: string;
  plan: Plan | false;
}

export async function explain(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<Classification> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const tx = await session.beginTransaction(txConfig(timeoutMs, { role: "console-explain" }));
    try {
      const res = await tx.run(`EXPLAIN ${query}`, params);
      return { queryType: res.summary.queryType, plan: res.summary.plan };
    } finally {
      await tx.rollback().catch(() => {});
    }
  } finally {
    await session.close();
  }
}

export interface StreamResult {
  columns: string[];
  records: Neo4jRecord[];
  truncated: boolean;
}

/**
 * Runs the query in a read transaction tagged with `tag`, pulling at most maxRows + 1 records; the extra
 * one only tells that there were more. Rolling back then discards the rest server-side.
 */
export async function streamRead(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  opts: { timeoutMs: number; maxRows: number; tag: string },
): Promise<StreamResult> {
  const fetchSize = Math.min(opts.maxRows + 1, 1000);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize });
  try {
    const tx = await session.beginTransaction(txConfig(opts.timeoutMs, { console: opts.tag }));
    try {
      const result = tx.run(query, params);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const rec of result) {
        if (records.length >= opts.maxRows) {
          truncated = true;
          break;
        }
        records.push(rec);
      }
      const columns = records[0]?.keys.map(String) ?? ((await result.keys()) as string[]).map(String);
      return { columns, records, truncated };
    } finally {
      await tx.rollback().catch(() => {});
    }
  } finally {
    await session.close().catch(() => {});
  }
}

/** Terminates any transaction carrying this console tag; returns how many were terminated. */
export async function terminateTagged(driver: Driver, database: string, tag: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.console = $tag RETURN collect(transactionId) AS ids`,
    { tag },
    adminQuery(database),
  );
  const ids = (records[0]?.get("ids") as string[] | undefined) ?? [];
  if (ids.length === 0) return 0;
  await driver.executeQuery(`TERMINATE TRANSACTIONS $ids`, { ids }, adminQuery(database));
  return ids.length;
}

/** Whether a transaction with this tag is still listed (tests use it to see that cancelling worked). */
export async function isTagRunning(driver: Driver, database: string, tag: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData WHERE metaData.console = $tag RETURN count(*) AS c`,
    { tag },
    adminQuery(database),
  );
  return Number(records[0]?.get("c") ?? 0) > 0;
}
