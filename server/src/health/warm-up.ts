// Warms the API up before `npm start` says it is ready. The first seconds after a start were slow (p99 2.3 s
// over the first 20 s, reported in issue 12) because every distinct Cypher query is planned on first use —
// hundreds of milliseconds each on a loaded 2-core machine, several at once when a client opens the page —
// and the JVM and V8 have compiled nothing hot yet. One request per read endpoint, one after another, moves
// that cost to start-up, where nobody waits on it.
export interface WarmUpResult {
  requests: number;
  failed: number;
  ms: number;
  /** The slowest request of the warm-up: what the first user would have waited. */
  slowest: { path: string; ms: number };
}

const PER_REQUEST_MS = 10_000;

export async function warmUp(base: string): Promise<WarmUpResult> {
  const t0 = Date.now();
  let requests = 0;
  let failed = 0;
  let slowest = { path: "", ms: 0 };
  const hit = async (path: string, init?: RequestInit): Promise<unknown> => {
    const s = Date.now();
    requests++;
    try {
      const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(PER_REQUEST_MS) });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) failed++;
      return res.ok ? body : null;
    } catch {
      failed++;
      return null;
    } finally {
      const ms = Date.now() - s;
      if (ms > slowest.ms) slowest = { path, ms };
    }
  };

  const graph = (await hit("/api/graph")) as { nodes?: { key: string; attributes?: { type?: string } }[] } | null;
  const nodes = graph?.nodes ?? [];
  const ofType = (type: string) => nodes.find((n) => n.attributes?.type === type)?.key;
  const [a, b] = [nodes[0]?.key, nodes[nodes.length - 1]?.key];
  const paths = [
    "/api/schema",
    "/api/documents",
    "/api/health",
    "/api/ready",
    `/api/search?q=${encodeURIComponent("韧性")}`,
    "/api/search?q=chip",
    "/api/graph?types=Concept",
    "/api/matrix",
    ...(a ? [`/api/nodes/${encodeURIComponent(a)}`, `/api/nodes/${encodeURIComponent(a)}/neighbors`] : []),
    ...(a && b && a !== b ? [`/api/paths?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}`] : []),
    ...(ofType("Measure") ? [`/api/ties?measure=${encodeURIComponent(ofType("Measure")!)}`] : []),
    ...(ofType("Problem") ? [`/api/ties?problem=${encodeURIComponent(ofType("Problem")!)}`] : []),
  ];
  for (const path of paths) await hit(path);
  await hit("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "MATCH (n) RETURN n LIMIT 1" }),
  });
  return { requests, failed, ms: Date.now() - t0, slowest };
}
