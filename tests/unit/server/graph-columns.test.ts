// toColumns: the overview's compact wire format from the repository's rows, and back through the client's reader.
import { describe, expect, it } from "vitest";
import { mergeColumns } from "../../../client/src/graph/columns.ts";
import { Store } from "../../../client/src/graph/model.ts";
import { toColumns } from "../../../server/src/graph/graph-service.ts";
import type { OverviewRows } from "../../../server/src/graph/graph-repository.ts";

const rows = (full: boolean): OverviewRows => ({
  total: 5,
  nodes: [
    {
      id: "a",
      props: {
        id: "a",
        type: "Measure",
        name: "甲",
        nameEn: "A",
        x: 1.23456,
        y: -2,
        document: "d1",
        cited: ["d1"],
        ...(full ? { path: "p1" } : {}),
      },
    },
    { id: "b", props: { id: "b", type: "Problem", name: "乙", nameEn: "B", x: null, y: null } },
    {
      id: "c",
      props: { id: "c", type: "Measure", name: "丙", nameEn: "", x: 3, y: 4, document: "d2", cited: ["d1", "d2"] },
    },
  ],
  edges: [
    {
      source: "a",
      target: "b",
      type: "SOLVES",
      props: { id: "a--SOLVES--b", inferred: true, ...(full ? { whyEn: "w" } : {}) },
    },
    { source: "c", target: "b", type: "SOLVES", props: { id: "custom-id", inferred: false } },
    { source: "a", target: "zz", type: "SUPPORTS", props: { id: "a--SUPPORTS--zz" } },
  ],
});

describe("graph overview › columns", () => {
  it("interns types, turns edges into node indexes, derives edge ids and counts stored positions", () => {
    const c = toColumns(rows(false), 3);
    expect(c.nodeTypes).toEqual(["Measure", "Problem"]);
    expect(c.nodes.type).toEqual([0, 1, 0]);
    expect(c.nodes.x).toEqual([1.23, null, 3]);
    expect(c.attributes).toMatchObject({ total: 5, truncated: true, omitted: 2, limit: 3, positioned: 2 });
    // The edge to a node outside the answer is dropped; only the id that differs from the derived one is sent.
    expect(c.edges.source).toEqual([0, 2]);
    expect(c.edges.target).toEqual([1, 1]);
    expect(c.edges.inferred).toEqual([1, 0]);
    expect(c.edges.ids).toEqual({ 1: "custom-id" });
    expect(c.nodes.props).toBeUndefined();
    // Documents interned; a node whose evidence cites another document names it beside its home.
    expect(c.documents).toEqual(["d1", "d2"]);
    expect(c.nodeDocuments).toEqual({ home: [0, -1, 1], alsoIn: { 2: [0] } });
  });

  it("carries the other properties of a small answer, and the client reads it back into its store", () => {
    const c = toColumns(rows(true), 3);
    expect(c.nodes.props?.[0]).toEqual({ path: "p1" });
    const store = new Store();
    const o = mergeColumns(store, c);
    expect(o).toMatchObject({ shown: 3, total: 5, truncated: true });
    expect([...o.positions.keys()]).toEqual(["a", "c"]);
    expect(store.nodes.get("a")).toMatchObject({ type: "Measure", name: "甲", path: "p1" });
    expect([...store.edges.keys()].sort()).toEqual(["a--SOLVES--b", "custom-id"]);
    expect(store.edges.get("a--SOLVES--b")!.attributes).toMatchObject({ type: "SOLVES", inferred: true, whyEn: "w" });
    expect(store.baseIds).toEqual(["a", "b", "c"]);
    expect(store.nodes.get("c")).toMatchObject({ document: "d2", documents: ["d2", "d1"] });
    expect(store.nodes.get("b")?.documents).toBeUndefined();
  });
});
