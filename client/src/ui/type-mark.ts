// A node type's mark for panels (legend, inspector, search, paths): the canvas shape in the type's colour.
import { nodeColor } from "../graph/model.ts";
import { shapeOf, shapeSvgPath } from "../graph/shapes.ts";
import { typeMark } from "./dom.ts";

export function markOf(type: string): SVGSVGElement {
  const shape = shapeOf(type);
  return typeMark(nodeColor(type), shapeSvgPath(shape), shape);
}
