// The layered measure → problem reading: columns by strategic path in the paper's order, problems grouped by
// problem, rows one label apart, long blocks wrapped into sub-columns, columns as wide as their labels.
import { describe, expect, it } from "vitest";
import {
  labelWidth,
  LAYERED_NODE_CAP,
  layeredLayout,
  ROW,
  type LayeredInput,
} from "../../../client/src/graph/layered-layout.ts";

function fixture(middleCount = 60): { nodes: LayeredInput[]; edges: [string, string][] } {
  const nodes: LayeredInput[] = [];
  const edges: [string, string][] = [];
  for (const path of ["三(一)", "三(二)"]) {
    nodes.push({ id: `${path}-p`, type: "Measure", name: `路径${path}`, path, level: "path", point: 0, order: 1 });
    for (let pt = 1; pt <= 3; pt++) {
      // Listed out of order on purpose: the layout sorts them.
      for (let o = 3; o >= 1; o--) {
        nodes.push({
          id: `${path}-${pt}-${o}`,
          type: "Measure",
          name: `子措施${pt}${o}`,
          path,
          level: "sub",
          point: pt,
          order: o,
        });
      }
      nodes.push({
        id: `${path}-${pt}`,
        type: "Measure",
        name: `要点${pt}`,
        path,
        level: "point",
        point: pt,
        order: pt,
      });
    }
  }
  for (const g of [2, 1]) {
    for (let o = 4; o >= 1; o--)
      nodes.push({
        id: `pb${g}-${o}`,
        type: "Problem",
        name: `短板${g}${o}`,
        problem: g,
        level: "shortfall",
        order: o,
      });
    nodes.push({ id: `pb${g}`, type: "Problem", name: `问题${g}`, problem: g, level: "problem", order: g });
  }
  for (let i = 0; i < middleCount; i++) {
    nodes.push({ id: `c${i}`, type: "Concept", name: `概念${i}` });
    edges.push([`c${i}`, i % 2 ? "三(一)-1" : "三(二)-3-3"]);
  }
  return { nodes, edges };
}

const neighbours = (edges: [string, string][]) => (id: string) =>
  edges.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));

describe("layered layout", () => {
  const { nodes, edges } = fixture();
  const { positions: pos, rowsPerColumn } = layeredLayout(nodes, neighbours(edges), { width: 1600, height: 900 });
  const at = (id: string) => pos.get(id)!;
  const xsOf = (f: (n: LayeredInput) => boolean) => nodes.filter(f).map((n) => at(n.id).x);

  it("places every node: paths, then the middle, then the problems, left to right", () => {
    expect(pos.size).toBe(nodes.length);
    const p1 = xsOf((n) => n.path === "三(一)");
    const p2 = xsOf((n) => n.path === "三(二)");
    const mid = xsOf((n) => n.type === "Concept");
    const probs = xsOf((n) => n.type === "Problem");
    expect(Math.max(...p1)).toBeLessThan(Math.min(...p2));
    expect(Math.max(...p2)).toBeLessThan(Math.min(...mid));
    expect(Math.max(...mid)).toBeLessThan(Math.min(...probs));
  });

  it("reads a path top-down: the path, then each point followed by its sub-measures in order", () => {
    const column = nodes
      .filter((n) => n.path === "三(一)")
      .sort((a, b) => at(a.id).x - at(b.id).x || at(b.id).y - at(a.id).y)
      .map((n) => n.id);
    expect(column.slice(0, 6)).toEqual(["三(一)-p", "三(一)-1", "三(一)-1-1", "三(一)-1-2", "三(一)-1-3", "三(一)-2"]);
  });

  it("groups problems by problem, the problem first, a blank row between groups", () => {
    const order = nodes
      .filter((n) => n.type === "Problem")
      .sort((a, b) => at(a.id).x - at(b.id).x || at(b.id).y - at(a.id).y);
    expect(order.map((n) => n.id)).toEqual([
      "pb1",
      "pb1-1",
      "pb1-2",
      "pb1-3",
      "pb1-4",
      "pb2",
      "pb2-1",
      "pb2-2",
      "pb2-3",
      "pb2-4",
    ]);
    expect(at("pb1-4").y - at("pb2").y).toBeCloseTo(2 * ROW);
  });

  it("spaces rows one label apart and columns by their widest label: nothing overlaps", () => {
    const list = [...pos.entries()];
    for (const [a, pa] of list) {
      for (const [b, pb] of list) {
        if (a === b) continue;
        if (pa.x === pb.x) expect(Math.abs(pa.y - pb.y)).toBeGreaterThanOrEqual(ROW - 1e-9);
        else if (pa.x < pb.x && Math.abs(pa.y - pb.y) < ROW) {
          const name = nodes.find((n) => n.id === a)!.name;
          expect(pb.x - pa.x).toBeGreaterThanOrEqual(2 * LAYERED_NODE_CAP + labelWidth(name));
        }
      }
    }
  });

  it("wraps a block taller than the canvas into sub-columns, and fits a shorter canvas with fewer rows", () => {
    const midCols = new Set(xsOf((n) => n.type === "Concept")).size;
    expect(midCols).toBeGreaterThan(1);
    expect(rowsPerColumn * ROW).toBeLessThanOrEqual(900);
    const short = layeredLayout(nodes, neighbours(edges), { width: 1600, height: 500 });
    expect(short.rowsPerColumn).toBeLessThan(rowsPerColumn);
  });

  it("puts middle nodes near the rows of what they connect to", () => {
    const high = nodes.filter((n) => n.type === "Concept" && Number(n.id.slice(1)) % 2 === 1);
    const low = nodes.filter((n) => n.type === "Concept" && Number(n.id.slice(1)) % 2 === 0);
    const mean = (ns: LayeredInput[]) => ns.reduce((s, n) => s + at(n.id).y, 0) / ns.length;
    // 三(一)-1 sits above 三(二)-3-3, so its neighbours sit above theirs.
    expect(mean(high)).toBeGreaterThan(mean(low));
  });

  it("shortens long labels with an ellipsis, and only those", () => {
    const long = "加强关键核心技术攻关与产业创新的深度融合对接";
    const res = layeredLayout([{ id: "m", type: "Measure", name: long, path: "A" }, ...nodes], () => []);
    expect(res.shortLabels.get("m")).toMatch(/^加强关键核心技术.*…$/);
    expect(res.shortLabels.get("m")!.length).toBeLessThan(long.length);
    expect(res.shortLabels.has("三(一)-p")).toBe(false);
  });
});
