// One node program for every shape (circle, square, triangle, diamond, hexagon): sigma's circle program with a
// per-node a_shape attribute and a signed distance per shape in the fragment shader. One draw call for all
// nodes, one float more per node, so 100k nodes cost what circles cost. Two forms with the same shaders and
// the same pixels: instanced (one instance of three corners per node; the default) and flat (three vertices
// per node written out), which software WebGL (SwiftShader, as in CI and on machines without a GPU) draws
// 2–4× faster at 10k–100k nodes — large graphs use it (docs/benchmarks.md, Rendering).
import type { Attributes } from "graphology-types";
import {
  NodeProgram,
  type InstancedProgramDefinition,
  type ProgramDefinition,
  type ProgramInfo,
} from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  // A triangle twice the circle program's: its incircle (radius 'size') holds every shape's corners.
  vec2 diffVector = 2.0 * size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// Sizes give each shape the area of the circle of radius r, so no type looks heavier than another.
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float sdTriangle(vec2 p, float r) {
  const float k = 1.7320508;
  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  return -length(p) * sign(p.y);
}

float sdHexagon(vec2 p, float r) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  p = abs(p);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}

void main(void) {
  vec2 p = v_diffVector;
  float r = v_radius;
  float d;
  if (v_shape < 0.5) d = length(p) - r;
  else if (v_shape < 1.5) d = max(abs(p.x), abs(p.y)) - 0.886 * r;
  else if (v_shape < 2.5) d = sdTriangle(p + vec2(0.0, 0.12 * r), 1.345 * r);
  else if (v_shape < 3.5) d = (abs(p.x) + abs(p.y) - 1.253 * r) * 0.7071068;
  else d = sdHexagon(p, 0.952 * r);

  float border = u_correctionRatio * 2.0;
  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? transparent : v_color;
  #else
  // A darker rim (about a pixel) keeps light colours and small shapes distinct on a light background; a
  // translucent colour (a dimmed node, see sigma/highlight.ts) is background and gets no rim.
  vec4 rim = v_color.a < 0.99 ? v_color : vec4(v_color.rgb * 0.62, v_color.a);
  vec4 fill = d > -border * 1.1 ? rim : v_color;
  float t = clamp((d + border * 0.5) / border, 0.0, 1.0);
  gl_FragColor = mix(fill, transparent, t);
  #endif
}
`;

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;

/** The triangle's corners: the angle of each of its three vertices around the node's centre. */
const CORNERS = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3];
const ANGLE = { name: "a_angle", size: 1, type: FLOAT };

/**
 * `shapeOf` answers the shape index (see graph/shapes.ts) of a node's display data; keep it a lookup.
 * `flat`: three vertices per node instead of one instance of three corners (see the header).
 */
export function createNodeShapeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes>(
  shapeOf: (data: NodeDisplayData) => number,
  { flat = false }: { flat?: boolean } = {},
) {
  type Uniform = (typeof UNIFORMS)[number];
  return class NodeShapeProgram extends NodeProgram<Uniform, N, E> {
    getDefinition(): ProgramDefinition<Uniform> | InstancedProgramDefinition<Uniform> {
      const base = {
        VERTICES: 3,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: "a_position", size: 2, type: FLOAT },
          { name: "a_size", size: 1, type: FLOAT },
          { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_shape", size: 1, type: FLOAT },
        ],
      };
      // Sigma tells an instanced program by its CONSTANT_ATTRIBUTES; without them it allocates VERTICES rows
      // per node and draws plain arrays, so the angle becomes an ordinary attribute.
      return flat
        ? { ...base, ATTRIBUTES: [...base.ATTRIBUTES, ANGLE] }
        : { ...base, CONSTANT_ATTRIBUTES: [ANGLE], CONSTANT_DATA: CORNERS.map((a) => [a]) };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      const array = this.array;
      const color = floatColor(data.color);
      const shape = shapeOf(data);
      for (let v = 0; v < (flat ? CORNERS.length : 1); v++) {
        array[startIndex++] = data.x;
        array[startIndex++] = data.y;
        array[startIndex++] = data.size;
        array[startIndex++] = color;
        array[startIndex++] = nodeIndex;
        array[startIndex++] = shape;
        if (flat) array[startIndex++] = CORNERS[v]!;
      }
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
      gl.uniform1f(uniformLocations.u_correctionRatio!, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio!, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix!, false, params.matrix);
    }
  };
}
