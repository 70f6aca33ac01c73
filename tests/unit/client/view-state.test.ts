import { describe, expect, it } from "vitest";
import {
  addNodes,
  canRedo,
  canUndo,
  collapse,
  expand,
  hideNodes,
  initialState,
  isolate,
  redo,
  select,
  setFilters,
  showAll,
  toggleType,
  undo,
} from "../../../client/src/graph/index.ts";

// A small typed fixture: a star around "hub" plus a chain hub - a - b.
const ADJ: Record<string, string[]> = { hub: ["a", "c", "d"], a: ["hub", "b"], b: ["a"], c: ["hub"], d: ["hub"] };
const neighborsOf = (n: string) => ADJ[n] ?? [];

describe("view state › selection", () => {
  it("selects and deselects without touching history", () => {
    const s = select(initialState(), { kind: "node", id: "hub" });
    expect(s.view.selection).toEqual({ kind: "node", id: "hub" });
    expect(canUndo(s)).toBe(false);
    expect(select(s, { kind: "node", id: "hub" })).toBe(s);
    expect(select(s, null).view.selection).toBeNull();
  });
});

describe("view state › expansion with undo and redo", () => {
  it("isolates a node, expands it, and undo restores the previous node set", () => {
    const start = isolate(initialState(), ["hub"]);
    expect(start.view.content).toEqual({ scope: "custom", nodes: ["hub"], expanded: [] });
    const expanded = expand(start, "hub", ["a", "c", "d"], ["hub"]);
    expect(expanded.view.content.nodes).toEqual(["a", "c", "d", "hub"]);
    expect(expanded.view.content.expanded).toEqual(["hub"]);
    const undone = undo(expanded);
    expect(undone.view.content).toEqual(start.view.content);
    expect(canRedo(undone)).toBe(true);
    expect(redo(undone).view.content).toEqual(expanded.view.content);
  });

  it("records nothing when an expansion adds nothing new", () => {
    const s = isolate(initialState(), ["hub", "a", "c", "d"]);
    const once = expand(s, "hub", ["a", "c", "d"], []);
    expect(expand(once, "hub", ["a", "c", "d"], [])).toBe(once);
  });

  it("a new change after undo drops the redo branch", () => {
    const s = expand(isolate(initialState(), ["hub"]), "hub", ["a"], []);
    const branched = expand(undo(s), "hub", ["c"], []);
    expect(canRedo(branched)).toBe(false);
    expect(branched.view.content.nodes).toEqual(["c", "hub"]);
  });

  it("collapse removes the neighbours that hold on to nothing else", () => {
    const s = isolate(initialState(), ["hub", "a", "b", "c", "d"]);
    const visibleAdj = (n: string) => neighborsOf(n);
    const collapsed = collapse(s, "hub", s.view.content.nodes, visibleAdj);
    // a still holds b, so it stays; c and d hang on hub only.
    expect(collapsed.view.content.nodes).toEqual(["a", "b", "hub"]);
    expect(undo(collapsed).view.content.nodes).toEqual(["a", "b", "c", "d", "hub"]);
  });

  it("expanding the whole-graph view turns it into an explicit set that includes the new nodes", () => {
    const s = expand(initialState(), "hub", ["zed"], ["hub", "a"]);
    expect(s.view.content).toEqual({ scope: "custom", nodes: ["a", "hub", "zed"], expanded: ["hub"] });
    expect(undo(s).view.content.scope).toBe("all");
  });
});

describe("view state › adding and hiding", () => {
  it("adds query results to the picture or replaces it", () => {
    const s = isolate(initialState(), ["hub"]);
    expect(addNodes(s, ["b"], [], "add").view.content.nodes).toEqual(["b", "hub"]);
    expect(addNodes(s, ["b"], [], "replace").view.content.nodes).toEqual(["b"]);
  });

  it("hiding the selected node clears the selection", () => {
    const s = select(isolate(initialState(), ["hub", "a"]), { kind: "node", id: "a" });
    const h = hideNodes(s, ["a"], []);
    expect(h.view.content.nodes).toEqual(["hub"]);
    expect(h.view.selection).toBeNull();
  });

  it("show all returns to the whole graph and can be undone", () => {
    const s = showAll(isolate(initialState(), ["hub"]));
    expect(s.view.content.scope).toBe("all");
    expect(undo(s).view.content.nodes).toEqual(["hub"]);
  });
});

describe("view state › filters", () => {
  it("toggles a node type on and off", () => {
    const s = toggleType(initialState(), "Problem");
    expect(s.view.filters.hiddenTypes).toEqual(["Problem"]);
    expect(toggleType(s, "Problem").view.filters.hiddenTypes).toEqual([]);
  });

  it("clamps the minimum degree to a non-negative integer", () => {
    expect(setFilters(initialState(), { minDegree: -3.7 }).view.filters.minDegree).toBe(0);
    expect(setFilters(initialState(), { minDegree: 2.9 }).view.filters.minDegree).toBe(2);
  });
});
