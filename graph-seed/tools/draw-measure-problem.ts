// The measure → problem picture: measures grouped by the document's paths (or parts) on the left, problems and
// shortfalls on the right, one line per SOLVES tie; stated ties solid, inferred ties dashed. One picture per
// document: each document's layout names its own grouping props and captions.
import type { SeedEdge, SeedNode } from "../src/model/seed.ts";
import { NODE_COLORS } from "../src/model/palette.ts";
import { svgDoc, text } from "./svg.ts";

const ROW = 17,
  TOP = 70,
  LX = 20,
  LW = 330,
  RX = 930,
  RW = 330;

/** How a document's measures and problems are grouped and captioned. */
export interface MeasureProblemLayout {
  /** The prop grouping measures (the seed paper: pathNo; the rural opinions: partNo), and its top level. */
  measureGroup: string;
  measureTop: string;
  /** The caption beside a top-level item, e.g. "三(一)" or "二(1)". */
  topLabel: (n: SeedNode) => string;
  captionLeft: string;
  captionRight: string;
}

export const SEED_PAPER_LAYOUT: MeasureProblemLayout = {
  measureGroup: "pathNo",
  measureTop: "path",
  topLabel: (n) => String(n.props.path ?? `二(${String(n.props.problem)})`),
  captionLeft: "Strategic paths 三(一)–三(四) → numbered points → mechanisms",
  captionRight: "Problems 二(一)–二(三) → shortfalls",
};

/** Items without the group prop (named problems, the root) form one last group. */
const groupOf = (n: SeedNode, key: string) => (n.props[key] === undefined ? 99 : Number(n.props[key]));

function column(
  items: SeedNode[],
  groupKey: string,
  levelTop: string,
  topLabel: (n: SeedNode) => string,
  x: number,
  w: number,
  color: string,
  anchorRight: boolean,
) {
  const y = new Map<string, number>();
  const out: string[] = [];
  let row = 0;
  const groups = [...new Set(items.map((n) => groupOf(n, groupKey)))].sort((a, b) => a - b);
  for (const g of groups) {
    const members = items
      .filter((n) => groupOf(n, groupKey) === g)
      .sort((a, b) => rank(a, levelTop) - rank(b, levelTop));
    const y0 = TOP + row * ROW;
    out.push(
      `<rect x="${x - 6}" y="${y0 - 13}" width="${w + 12}" height="${members.length * ROW + 4}" fill="${color}" fill-opacity="0.08" stroke="${color}" rx="6"/>`,
    );
    for (const n of members) {
      const cy = TOP + row * ROW;
      const top = n.props.level === levelTop;
      const indent = top ? 0 : n.props.level === "sub" ? 26 : 12;
      const label = `${n.name}${top ? `  ${topLabel(n)}` : ""}`;
      out.push(
        text(
          anchorRight ? x + w - indent : x + indent,
          cy,
          truncate(label, 30),
          `font-size="11" ${top ? 'font-weight="bold"' : ""} text-anchor="${anchorRight ? "end" : "start"}"`,
        ),
      );
      y.set(n.id, cy - 4);
      row++;
    }
    row++;
  }
  return { y, out, height: TOP + row * ROW };
}

/** Points then their sub-measures, in paper order; problems then shortfalls. */
function rank(n: SeedNode, levelTop: string): number {
  if (n.props.level === levelTop) return -1;
  const point = Number(n.props.point ?? 0),
    order = Number(n.props.order ?? 0);
  return n.type === "Measure" ? point * 100 + (n.props.level === "point" ? 0 : order) : order;
}

function truncate(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length > n ? `${cps.slice(0, n - 1).join("")}…` : s;
}

export function drawMeasureProblem(
  nodes: SeedNode[],
  edges: SeedEdge[],
  layout: MeasureProblemLayout = SEED_PAPER_LAYOUT,
): string {
  const measures = nodes.filter((n) => n.type === "Measure");
  const problems = nodes.filter((n) => n.type === "Problem");
  const left = column(
    measures,
    layout.measureGroup,
    layout.measureTop,
    layout.topLabel,
    LX,
    LW,
    NODE_COLORS.Measure,
    false,
  );
  const right = column(problems, "problem", "problem", layout.topLabel, RX, RW, NODE_COLORS.Problem, true);
  const solves = edges.filter((e) => e.type === "SOLVES" && left.y.has(e.source) && right.y.has(e.target));
  const lines = solves.map((e) => {
    const y1 = left.y.get(e.source)!,
      y2 = right.y.get(e.target)!;
    const x1 = LX + LW + 10,
      x2 = RX - 10;
    const dash = e.inferred ? ' stroke-dasharray="5,4"' : "";
    const color = e.inferred ? "#9a8fb0" : "#6b3fa0";
    return `<path d="M${x1},${y1} C${x1 + 220},${y1} ${x2 - 220},${y2} ${x2},${y2}" fill="none" stroke="${color}" stroke-opacity="0.7" stroke-width="${e.inferred ? 1 : 1.6}"${dash}/>`;
  });
  const stated = solves.filter((e) => !e.inferred).length;
  const head = [
    text(
      20,
      26,
      `Measures → problems: ${solves.length} SOLVES ties (${stated} stated, solid; ${solves.length - stated} inferred, dashed)`,
      'font-size="17" font-weight="bold"',
    ),
    text(LX, 50, layout.captionLeft, 'font-size="12" fill="#555"'),
    text(RX + RW, 50, layout.captionRight, 'font-size="12" fill="#555" text-anchor="end"'),
  ];
  return svgDoc(RX + RW + 20, Math.max(left.height, right.height) + 10, [...head, ...lines, ...left.out, ...right.out]);
}
