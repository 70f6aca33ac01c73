// What the product's Express stack costs per request, without a database or a process hop: the same 404 JSON
// answered by createApp (helmet, pino-http, cors, json, routers, error middleware), by bare Express and by
// node:http, each on its own loopback port in this process; and the client's share: the product's server
// asked through undici's fetch instead of node:http. 2,000 sequential keep-alive requests per variant and
// round, order alternated. Usage: npx tsx bench/http-overhead.ts [rounds=4]
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import neo4j from "neo4j-driver";
import { pino } from "pino";
import { loadConfig } from "../server/src/config.ts";
import { createApp } from "../server/src/http/create-app.ts";
import { httpGet } from "./lib/http-get.ts";
import { median } from "./lib/stats.ts";

const rounds = Number(process.argv[2] ?? 4);
const body = JSON.stringify({ error: { code: "NOT_FOUND", message: "no such route" } });
// The driver is never used: /api/nope is answered by the not-found handler before any query.
const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", NEO4J_URI: "bolt://127.0.0.1:1" });
const driver = neo4j.driver(config.neo4j.uri!);
const product = createApp({ config, driver, database: "neo4j", providerKind: "env", log: pino({ level: "silent" }) });
const bare = express().use((_req, res) => void res.status(404).type("json").send(body));
const variants: Record<string, http.Server> = {
  "createApp (product)": http.createServer(product),
  "bare Express": http.createServer(bare),
  "node:http": http.createServer((_req, res) => {
    res.writeHead(404, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }),
};
const ports = new Map<string, number>();
for (const [name, server] of Object.entries(variants)) {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  ports.set(name, (server.address() as AddressInfo).port);
}
const get = (port: number) => httpGet(`http://127.0.0.1:${port}/api/nope`, 10_000);

// The client's own cost, on the product's server: node:http (what the API bench uses) against undici's fetch.
const FETCH = "createApp (product), fetch client";
const clients: [string, () => Promise<unknown>][] = [
  ...[...ports].map(([name, port]): [string, () => Promise<unknown>] => [name, () => get(port)]),
  [FETCH, () => fetch(`http://127.0.0.1:${ports.get("createApp (product)")}/api/nope`).then((r) => r.arrayBuffer())],
];
const results = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [name, request] of round % 2 ? [...clients].reverse() : clients) {
    const ms: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await request();
      ms.push(performance.now() - t);
    }
    results.set(name, [...(results.get(name) ?? []), median(ms)]);
  }
}
for (const [name, medians] of results)
  console.log(
    `${name}: median ${median(medians).toFixed(3)} ms per request (rounds: ${medians.map((m) => m.toFixed(3)).join(", ")})`,
  );
for (const s of Object.values(variants)) s.close();
await driver.close();
