// Memory limits of the local Neo4j, sized from its heap. Neo4j tracks the memory of query operators
// (collect, sort, aggregation, DISTINCT, hash joins…) and fails a transaction that crosses a limit with
// Neo.ClientError.General.TransactionOutOfMemoryError (or MemoryPoolOutOfMemoryError for the total),
// long before the heap is gone. One transaction may take a quarter of the heap and all of them together
// half, leaving the rest for the engine, caches and the garbage a failed query leaves behind.

const UNITS: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };

/** "1g", "512m", "2048k" → MiB; throws on anything else, so a typo never means "no limit". */
export function heapMiB(heap: string): number {
  const m = /^(\d+)([kmg])$/i.exec(heap.trim());
  if (!m) throw new Error(`neo4j-local: heap size "${heap}" is not like 512m or 1g`);
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}

export interface MemoryLimits {
  /** db.memory.transaction.max */
  transaction: string;
  /** db.memory.transaction.total.max and dbms.memory.transaction.total.max */
  total: string;
}

export function localMemoryLimits(heap: string): MemoryLimits {
  const mib = heapMiB(heap);
  return { transaction: `${Math.max(16, Math.floor(mib / 4))}m`, total: `${Math.max(32, Math.floor(mib / 2))}m` };
}
