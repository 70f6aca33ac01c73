import { describe, expect, it } from "vitest";
import { NODE_TYPES } from "../../../graph-seed/src/model/types.ts";
import { NODE_SHAPES, shapeIndex, shapeOf, TYPE_SHAPES } from "../../../client/src/graph/shapes.ts";

describe("shapes by type", () => {
  it("gives measures, problems and indicators distinct non-circle shapes", () => {
    const shapes = ["Measure", "Problem", "Indicator"].map(shapeOf);
    expect(new Set(shapes).size).toBe(3);
    expect(shapes).not.toContain("circle");
  });

  it("maps only known types, each to its own shape, and every other type to a circle", () => {
    for (const type of Object.keys(TYPE_SHAPES)) expect(NODE_TYPES).toContain(type);
    expect(new Set(Object.values(TYPE_SHAPES)).size).toBe(Object.keys(TYPE_SHAPES).length);
    expect(shapeOf("Concept")).toBe("circle");
    expect(shapeOf("NoSuchType")).toBe("circle");
  });

  it("indexes shapes as the node program reads them", () => {
    expect(shapeIndex("Concept")).toBe(0);
    for (const type of Object.keys(TYPE_SHAPES)) expect(NODE_SHAPES[shapeIndex(type)]).toBe(shapeOf(type));
  });
});
