// Loading: rows/s of the product's loader (batched UNWIND … MERGE through loadSeed, one transaction per
// batch) against the floor a naive importer hits: one auto-commit CREATE statement per node and per edge.
// The floor is measured on a sample (the first nodes and the edges among them) and extrapolated as a rate.
import { edgeProperties, nodeProperties } from "../graph-seed/src/load/load-seed.ts";
import type { ValidatedSeed } from "../graph-seed/src/model/seed.ts";
import { type BenchDb, emptyData, loadSynthetic } from "./lib/database.ts";
import { row, sizeLabel, type BenchRow } from "./lib/result.ts";
import { alternate, median, now } from "./lib/stats.ts";

export interface LoadBenchOptions {
  rounds: number;
  /** Rows of the floor's sample: half nodes, half edges among them. */
  floorSample: number;
  log: (line: string) => void;
}

async function floorOnce(db: BenchDb, seed: ValidatedSeed, sample: number): Promise<number> {
  const nodes = seed.nodes.slice(0, sample / 2);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = seed.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).slice(0, sample / 2);
  const doc = seed.document.id;
  const session = db.driver.session({ database: db.database });
  const t0 = now();
  try {
    for (const n of nodes) {
      // Same properties the loader writes; labels from the model's allow-list.
      await session.run(`CREATE (n:Entity:${n.type}) SET n = $props`, { props: nodeProperties(n, doc) });
    }
    for (const e of edges) {
      await session.run(
        `MATCH (a:Entity {id: $s}) MATCH (b:Entity {id: $t}) CREATE (a)-[r:${e.type}]->(b) SET r = $props`,
        {
          s: e.source,
          t: e.target,
          props: edgeProperties(e, doc),
        },
      );
    }
  } finally {
    await session.close();
  }
  return (nodes.length + edges.length) / ((now() - t0) / 1000);
}

/** Loader vs floor on `seed`, alternated; leaves the database holding `seed` fully loaded. */
export async function loadingVsFloor(db: BenchDb, seed: ValidatedSeed, o: LoadBenchOptions): Promise<BenchRow> {
  const rows = seed.nodes.length + seed.edges.length;
  let lastWasLoader = false;
  // Floor first: with an odd number of rounds the loader runs last, leaving the graph loaded for free.
  const res = await alternate(o.rounds, {
    floor: async (r) => {
      await emptyData(db, seed.document.id);
      const rps = await floorOnce(db, seed, o.floorSample);
      o.log(`[loading] round ${r + 1} floor ${Math.round(rps)} rows/s`);
      lastWasLoader = false;
      return rps;
    },
    loader: async (r) => {
      await emptyData(db, seed.document.id);
      const t0 = now();
      const result = await loadSynthetic(db, seed);
      const rps = rows / ((now() - t0) / 1000);
      o.log(`[loading] round ${r + 1} loader ${Math.round(rps)} rows/s (${result.ms} ms)`);
      lastWasLoader = true;
      return rps;
    },
  });
  if (!lastWasLoader) {
    await emptyData(db, seed.document.id);
    await loadSynthetic(db, seed);
  }
  const ours = median(res.loader);
  const peer = median(res.floor);
  return row({
    bench: "loading",
    size: sizeLabel(seed.nodes.length, seed.edges.length),
    metric: "rows/s (nodes + edges)",
    oursName: "loadSeed (UNWIND batches of 1000, MERGE)",
    ours,
    peerName: `one auto-commit CREATE per row (first ${o.floorSample} rows, extrapolated)`,
    peer,
    goal: "≥ 20× the floor",
    met: ours / peer >= 20,
    rounds: o.rounds,
    note: "loader time includes the schema check, the foreign-id check and the count verification",
  });
}

/** One timed load of a large graph into an emptied database (one round: minutes each). */
export async function timedLoad(db: BenchDb, seed: ValidatedSeed, log: (l: string) => void): Promise<BenchRow> {
  await emptyData(db, seed.document.id);
  const rows = seed.nodes.length + seed.edges.length;
  const t0 = now();
  await loadSynthetic(db, seed, log);
  const s = (now() - t0) / 1000;
  log(`[loading] ${seed.document.id}: ${rows} rows in ${s.toFixed(1)} s`);
  return row({
    bench: "loading",
    size: sizeLabel(seed.nodes.length, seed.edges.length),
    metric: "seconds to load (rows/s in note)",
    oursName: "loadSeed",
    ours: s,
    peerName: "—",
    peer: NaN,
    goal: null,
    met: null,
    rounds: 1,
    note: `${Math.round(rows / s)} rows/s`,
  });
}
