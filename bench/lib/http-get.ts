// The API bench's HTTP client: node:http GETs over keep-alive sockets, the body counted and dropped. A load
// generator shares the 2 cores with the server it measures, so it should cost as little as it can (what
// autocannon does): undici's fetch costs the client 0.16 ms more per request than this (0.307 vs 0.144 ms on
// the product's server in bench/http-overhead.ts), CPU taken from the API and Neo4j under load.
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** GET `url`; resolves with the status once the body has arrived, rejects when the socket idles `timeoutMs`. */
export function httpGet(url: string, timeoutMs: number): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`bench: ${url} sent nothing for ${timeoutMs} ms`)));
    req.on("error", reject);
  });
}
