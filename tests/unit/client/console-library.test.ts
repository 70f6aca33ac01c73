import { beforeEach, describe, expect, it } from "vitest";
import {
  deleteSaved,
  EXAMPLES,
  pushHistory,
  readHistory,
  readSaved,
  saveQuery,
} from "../../../client/src/ui/console-library.ts";

// A Map-backed localStorage: the library only needs getItem/setItem.
const store = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
  clear: () => store.clear(),
  key: () => null,
  length: 0,
} as Storage;

beforeEach(() => store.clear());

describe("console library", () => {
  it("ships ready examples about this graph, one with a parameter", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    expect(EXAMPLES.some((e) => e.params && e.query.includes("$"))).toBe(true);
  });

  it("saves named queries sorted by name; the same name replaces the earlier query", () => {
    saveQuery({ name: "b", query: "RETURN 2" }, "en");
    saveQuery({ name: "a", query: "RETURN 1", params: '{"q":1}' }, "en");
    saveQuery({ name: "b", query: "RETURN 3" }, "en");
    expect(readSaved()).toEqual([
      { name: "a", query: "RETURN 1", params: '{"q":1}' },
      { name: "b", query: "RETURN 3" },
    ]);
    expect(deleteSaved("a")).toEqual([{ name: "b", query: "RETURN 3" }]);
  });

  it("refuses an empty name or query", () => {
    saveQuery({ name: "  ", query: "RETURN 1" }, "zh");
    saveQuery({ name: "x", query: " " }, "zh");
    expect(readSaved()).toEqual([]);
  });

  it("keeps history newest first, without repeats, bounded", () => {
    for (let i = 0; i < 40; i++) pushHistory(`RETURN ${i}`);
    pushHistory("RETURN 5");
    const h = readHistory();
    expect(h[0]).toBe("RETURN 5");
    expect(h.length).toBe(30);
    expect(new Set(h).size).toBe(30);
  });

  it("survives a corrupt entry", () => {
    store.set("rg.cypher.saved.v1", "{not json");
    store.set("rg.cypher.history.v1", '{"a":1}');
    expect(readSaved()).toEqual([]);
    expect(readHistory()).toEqual([]);
  });
});
