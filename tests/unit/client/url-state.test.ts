import { describe, expect, it } from "vitest";
import { PATHS_LIMITS } from "../../../client/src/api/limits.ts";
import { DEFAULT_VIEW, decodeView, encodeView, type ViewState } from "../../../client/src/graph/index.ts";

describe("url state", () => {
  it("leaves a default view out of the address", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    expect(decodeView("")).toEqual(DEFAULT_VIEW);
  });

  it("round-trips a full view through the query string", () => {
    const view: ViewState = {
      content: {
        scope: "custom",
        nodes: ["industrial-chain-resilience", "sci-tech-innovation"],
        expanded: ["sci-tech-innovation"],
      },
      selection: { kind: "edge", id: "a--SOLVES--b" },
      path: { from: "sci-tech-innovation", to: "industrial-chain-resilience", mode: "k", k: 4 },
      query: "MATCH (n:Measure)-[:SOLVES]->(p) RETURN n, p LIMIT 25",
      layout: "layered",
      lang: "en",
      sizeBy: "pagerank",
      filters: { hiddenTypes: ["Indicator", "Technology"], hiddenRels: ["PART_OF"], minDegree: 2 },
    };
    const search = encodeView(view);
    expect(search.startsWith("?")).toBe(true);
    expect(decodeView(search)).toEqual(view);
  });

  it("falls back to defaults for malformed values", () => {
    const v = decodeView("?layout=spiral&lang=fr&md=-2&p=onlyone&s=zz");
    expect(v.layout).toBe("force");
    expect(v.lang).toBe("zh");
    expect(v.filters.minDegree).toBe(0);
    expect(v.path).toBeNull();
    expect(v.selection).toBeNull();
  });

  it("keeps a shared path's k only within the server's bound (the contract's kMax)", () => {
    const k = (n: number) => decodeView(`?p=a,b,k,${n}`).path?.k;
    expect(k(PATHS_LIMITS.kMax)).toBe(PATHS_LIMITS.kMax);
    expect(k(PATHS_LIMITS.kMax + 1)).toBe(3);
    expect(k(20)).toBe(3);
  });

  it("keeps Chinese text and reserved characters in a query intact", () => {
    const view: ViewState = { ...DEFAULT_VIEW, query: "MATCH (n) WHERE n.name CONTAINS '韧性 & ,' RETURN n" };
    expect(decodeView(encodeView(view)).query).toBe(view.query);
  });

  it("keeps the document choice: absent is the default document, docs=all every document, ids those", () => {
    expect(decodeView("").documents).toBeUndefined();
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    const all: ViewState = { ...DEFAULT_VIEW, documents: [] };
    expect(encodeView(all)).toBe("?docs=all");
    expect(decodeView("?docs=all").documents).toEqual([]);
    const two: ViewState = { ...DEFAULT_VIEW, documents: ["doc-a", "doc-b"] };
    expect(decodeView(encodeView(two)).documents).toEqual(["doc-a", "doc-b"]);
    // Ids that are not kebab-case never reach the server.
    expect(decodeView("?docs=doc-a,..%2Fetc,Bad").documents).toEqual(["doc-a"]);
  });

  it("keeps a path restricted to one document", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      path: { from: "a", to: "b", mode: "k", k: 2, document: "doc-a" },
    };
    expect(decodeView(encodeView(view)).path).toEqual(view.path);
    expect(decodeView("?p=a,b,shortest,3").path?.document).toBeUndefined();
  });

  it("keeps a path's 'follow direction' and 'stated only' switches, with or without a document", () => {
    for (const extra of [{}, { document: "doc-a" }]) {
      const path = { from: "a", to: "b", mode: "all" as const, k: 3, directed: true, stated: true, ...extra };
      expect(decodeView(encodeView({ ...DEFAULT_VIEW, path })).path).toEqual(path);
    }
    const plain = decodeView("?p=a,b,shortest,3").path;
    expect(plain?.directed).toBeUndefined();
    expect(plain?.stated).toBeUndefined();
    expect(decodeView("?p=a,b,shortest,3,%2Bstated").path).toMatchObject({ stated: true });
    expect(decodeView("?p=a,b,shortest,3,%2Bstated").path?.document).toBeUndefined();
  });
});
