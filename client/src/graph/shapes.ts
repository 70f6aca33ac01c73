// Shapes by node type, so the type reads without colour (colour-blind readers, greyscale print). A few
// types the analysis turns on get a shape; the rest stay circles. The legend and the node program read this.
export const NODE_SHAPES = ["circle", "square", "triangle", "diamond", "hexagon"] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export const TYPE_SHAPES: Readonly<Record<string, NodeShape>> = {
  Measure: "square",
  Problem: "triangle",
  Indicator: "diamond",
  Platform: "hexagon",
};

export function shapeOf(type: string): NodeShape {
  return TYPE_SHAPES[type] ?? "circle";
}

/** The shape's index as the node program's a_shape attribute reads it. */
export function shapeIndex(type: string): number {
  return NODE_SHAPES.indexOf(shapeOf(type));
}

/** An SVG path of the shape in a 16×16 box, for the legend and the inspector (same proportions as the shader). */
export function shapeSvgPath(shape: NodeShape): string {
  switch (shape) {
    case "square":
      return "M2.3 2.3H13.7V13.7H2.3Z";
    case "triangle":
      return "M8 1.2L15.2 14H0.8Z";
    case "diamond":
      return "M8 0.5L15.5 8L8 15.5L0.5 8Z";
    case "hexagon":
      return "M8 0.8L14.3 4.4V11.6L8 15.2L1.7 11.6V4.4Z";
    case "circle":
      return "M8 1.6A6.4 6.4 0 1 1 7.99 1.6Z";
  }
}
