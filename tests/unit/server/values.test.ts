// Neo4j values become plain JSON at the repository edge; nothing driver-specific may reach a handler.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toJsonValue, toNumber } from "../../../server/src/neo4j/values.ts";

describe("toJsonValue", () => {
  it("turns Integers into numbers, and unsafe ones into strings rather than rounding them", () => {
    expect(toJsonValue(neo4j.int(42))).toBe(42);
    expect(toJsonValue(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toJsonValue(12n)).toBe(12);
  });

  it("keeps strings, numbers and booleans, and walks arrays and maps", () => {
    expect(toJsonValue("韧性")).toBe("韧性");
    expect(toJsonValue(1.5)).toBe(1.5);
    expect(toJsonValue(false)).toBe(false);
    expect(toJsonValue({ a: [neo4j.int(1), "x", { b: neo4j.int(2), c: null }] })).toEqual({
      a: [1, "x", { b: 2, c: null }],
    });
  });

  it("writes temporal values as their ISO strings", () => {
    expect(toJsonValue(new neo4j.types.Date(2026, 11, 27))).toBe("2026-11-27");
    expect(toJsonValue(new neo4j.types.Duration(0, 1, 30, 0))).toBe("P1DT30S");
  });

  it("reads counts as numbers", () => {
    expect(toNumber(neo4j.int(7))).toBe(7);
    expect(toNumber(null)).toBe(0);
  });
});
