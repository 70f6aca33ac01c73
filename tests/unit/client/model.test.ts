import { parse } from "graphology-gexf";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../server/src/api/graph-payload.ts";
import { toCsv, toGexf } from "../../../client/src/graph/exports.ts";
import { createCanvasGraph, Store, syncGraph } from "../../../client/src/graph/model.ts";

function payload(): GraphPayload {
  const node = (key: string, type: GraphPayload["nodes"][number]["attributes"]["type"], name: string) => ({
    key,
    attributes: { type, name, nameEn: key, evidence: ["doc#s1@0-2"] },
  });
  return {
    attributes: { truncated: false, omitted: 0 },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [node("m1", "Measure", "措施一"), node("p1", "Problem", "问题一"), node("c1", "Concept", "产业链韧性")],
    edges: [
      { key: "m1--SOLVES--p1", source: "m1", target: "p1", attributes: { type: "SOLVES" } },
      { key: "m1--SUPPORTS--p1", source: "m1", target: "p1", attributes: { type: "SUPPORTS" } },
      { key: "m1--SUPPORTS--c1", source: "m1", target: "c1", attributes: { type: "SUPPORTS" } },
    ],
  };
}

describe("canvas model", () => {
  it("holds exactly the visible nodes and the known edges between them", () => {
    const store = new Store();
    store.merge(payload(), true);
    const g = createCanvasGraph();
    syncGraph(g, store, store.baseIds, new Map(), "zh");
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getNodeAttribute("c1", "label")).toBe("产业链韧性");
    expect(g.getNodeAttribute("m1", "nodeType")).toBe("Measure");
    const r = syncGraph(g, store, ["m1", "c1"], new Map(), "zh");
    expect(r.removed).toEqual(["p1"]);
    expect(g.size).toBe(1);
  });

  it("curves parallel edges and keeps a single edge straight", () => {
    const store = new Store();
    store.merge(payload(), true);
    const g = createCanvasGraph();
    syncGraph(g, store, store.baseIds, new Map(), "en");
    expect(g.getEdgeAttribute("m1--SOLVES--p1", "type")).toBe("curved");
    expect(g.getEdgeAttribute("m1--SUPPORTS--p1", "type")).toBe("curved");
    expect(g.getEdgeAttribute("m1--SOLVES--p1", "curvature")).not.toBe(
      g.getEdgeAttribute("m1--SUPPORTS--p1", "curvature"),
    );
    expect(g.getEdgeAttribute("m1--SUPPORTS--c1", "type")).toBe("straight");
  });

  it("puts new nodes at their remembered position", () => {
    const store = new Store();
    store.merge(payload(), true);
    const g = createCanvasGraph();
    syncGraph(g, store, ["c1"], new Map([["c1", { x: 7, y: -3 }]]), "zh");
    expect(g.getNodeAttributes("c1")).toMatchObject({ x: 7, y: -3 });
  });
});

describe("exports", () => {
  it("writes GEXF that graphology-gexf parses back to the same counts", () => {
    const store = new Store();
    store.merge(payload(), true);
    const g = createCanvasGraph();
    syncGraph(g, store, store.baseIds, new Map(), "zh");
    const back = parse(Graph, toGexf(g));
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    expect(back.getNodeAttribute("c1", "label")).toBe("产业链韧性");
  });

  it("quotes CSV cells that need it and starts with a BOM", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x,y", 'say "hi"'],
        [null, 3],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
  });
});
