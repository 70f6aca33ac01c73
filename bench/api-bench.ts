// API: p50/p99 of neighbors, search and paths under fixed concurrency through the HTTP API (createApp on
// 127.0.0.1) against the same repository Cypher called through the driver directly — the API's own overhead.
import { mulberry32, randInt, syntheticNodeId, type Topology } from "../graph-seed/src/synthetic/index.ts";
import { NeighborsQuerySchema } from "../server/src/api/nodes.ts";
import { PathsQuerySchema } from "../server/src/api/paths.ts";
import { readPaths } from "../server/src/paths/paths-repository.ts";
import { readNeighborhood } from "../server/src/graph/node-repository.ts";
import { buildLuceneQuery } from "../server/src/search/lucene-query.ts";
import { fulltextSearch } from "../server/src/search/search-repository.ts";
import { closedLoop, type LoopResult } from "./lib/closed-loop.ts";
import { httpGet } from "./lib/http-get.ts";
import type { BenchDb } from "./lib/database.ts";
import { apiPathFinder, MAX_HOPS, pathsUrl, standInPathFinder } from "./lib/path-queries.ts";
import { row, sizeLabel, type BenchRow } from "./lib/result.ts";
import { alternate, median, percentile } from "./lib/stats.ts";

export interface ApiBenchOptions {
  rounds: number;
  concurrency: number;
  requests: number;
  maxMsPerBatch: number;
  queryTimeoutMs: number;
  seed: number;
  log: (line: string) => void;
}

type Op = (i: number) => Promise<void>;

async function ok(url: string): Promise<void> {
  // Bounded: a request that never answers counts as an error instead of stalling the loop.
  const { status } = await httpGet(url, 60_000);
  if (status !== 200) throw new Error(`bench: ${url} answered ${status}`);
}

export async function apiBench(db: BenchDb, appUrl: string, t: Topology, o: ApiBenchOptions): Promise<BenchRow[]> {
  const rng = mulberry32(o.seed ^ 0xa91);
  const ids = Array.from({ length: o.requests }, () => randInt(rng, t.nodes));
  // Second ends for paths, never equal to the first (the API answers 400 to from = to).
  const ids2 = Array.from({ length: o.requests }, (_, i) => {
    const b = randInt(rng, t.nodes);
    return b === ids[i] ? (b + 1) % t.nodes : b;
  });
  const nq = NeighborsQuerySchema.parse({});
  const paths = await apiPathFinder(db, appUrl, o.queryTimeoutMs);
  // The driver side of paths runs the contract's query; while the endpoint is missing both sides do, and the
  // row says so (the API then adds nothing by construction).
  const driverPaths = standInPathFinder(db, o.queryTimeoutMs);

  const cases: { name: string; api: Op; driver: Op; note: string }[] = [
    {
      name: "neighbors",
      api: (i) => ok(`${appUrl}/api/nodes/${syntheticNodeId(ids[i]!)}/neighbors`),
      driver: async (i) => {
        await readNeighborhood(db.driver, db.database, { id: syntheticNodeId(ids[i]!), ...nq }, o.queryTimeoutMs);
      },
      note: "GET /api/nodes/:id/neighbors (defaults) vs readNeighborhood via the driver",
    },
    {
      name: "search",
      api: (i) => ok(`${appUrl}/api/search?q=${ids[i]!}`),
      driver: async (i) => {
        await fulltextSearch(db.driver, db.database, buildLuceneQuery(String(ids[i]!))!, null, 21, o.queryTimeoutMs);
      },
      note: "GET /api/search?q=<number> vs fulltextSearch (cjk full-text index) via the driver",
    },
    {
      name: "paths",
      // Same client as the other endpoints (the paths bench's finder also parses the JSON to check lengths).
      api: (i) =>
        paths.how === "endpoint"
          ? ok(pathsUrl(appUrl, ids[i]!, ids2[i]!))
          : paths.find(ids[i]!, ids2[i]!).then(() => {}),
      // The same repository Cypher the endpoint runs (readPaths: both ends, then SHORTEST 1 with the nodes' and
      // relationships' properties), so the ratio is the API's own cost: HTTP, validation, the cited narrative.
      driver: async (i) => {
        if (paths.how !== "endpoint") return void (await driverPaths(ids[i]!, ids2[i]!));
        const q = PathsQuerySchema.parse({
          from: syntheticNodeId(ids[i]!),
          to: syntheticNodeId(ids2[i]!),
          maxHops: MAX_HOPS,
        });
        await readPaths(db.driver, db.database, q, o.queryTimeoutMs);
      },
      note:
        paths.how === "endpoint"
          ? `GET /api/paths?maxHops=${MAX_HOPS} vs readPaths (the endpoint's repository Cypher) via the driver`
          : "endpoint not mounted: both sides run the stand-in via the driver",
    },
  ];

  const rows: BenchRow[] = [];
  for (const c of cases) {
    const loop = (op: Op) => () =>
      closedLoop(op, {
        concurrency: o.concurrency,
        count: o.requests,
        maxMs: o.maxMsPerBatch,
        opDeadlineMs: o.queryTimeoutMs + 10_000,
      });
    await loop(c.api)(); // warm-up: JIT, connection pool, page cache
    const res = await alternate<"api" | "driver", LoopResult>(o.rounds, { api: loop(c.api), driver: loop(c.driver) });
    const stat = (rs: LoopResult[], p: number) => median(rs.map((r) => percentile(r.latencies, p)));
    const errors = [...res.api, ...res.driver].reduce((s, r) => s + r.errors, 0);
    const done = median(res.api.map((r) => r.latencies.length));
    for (const p of [50, 99]) {
      const ours = stat(res.api, p);
      const peer = stat(res.driver, p);
      o.log(
        `[api] ${sizeLabel(t.nodes, t.edges)} ${c.name} p${p}: api ${ours.toFixed(1)} ms, driver ${peer.toFixed(1)} ms`,
      );
      rows.push(
        row({
          bench: "api",
          size: sizeLabel(t.nodes, t.edges),
          metric: `${c.name} p${p} ms (concurrency ${o.concurrency})`,
          oursName: "HTTP API",
          ours,
          peerName: "same Cypher via driver",
          peer,
          goal: p === 99 ? "≤ 1.2× the driver at p99" : null,
          met: p === 99 ? ours / peer <= 1.2 : null,
          rounds: o.rounds,
          note: `${c.note}; ~${done} requests/round; ${errors} errors`,
        }),
      );
    }
  }
  return rows;
}
