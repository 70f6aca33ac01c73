// The measure → problem reading, laid out in screen pixels for the canvas it will be shown on: measures in
// columns by strategic path (path, then its points, each followed by its sub-measures), problems opposite
// grouped by problem (the problem, then its shortfalls), everything else between, ordered by where its
// neighbours sit. Rows are one label apart; a block taller than the canvas wraps into sub-columns, and the
// row count is chosen so the whole picture fits the canvas at about 1:1 (so labels do not collide).
export interface LayeredInput {
  id: string;
  type: string;
  name: string;
  path?: string | null | undefined;
  order?: number | null | undefined;
  /** "path" | "point" | "sub" for measures, "problem" | "shortfall" for problems. */
  level?: string | null | undefined;
  /** A strategic path's number (orders the path columns). */
  pathNo?: number | null | undefined;
  /** A measure's point within its path. */
  point?: number | null | undefined;
  /** A problem's group (the problem it belongs to). */
  problem?: number | null | undefined;
}

export type Positions = Map<string, { x: number; y: number }>;

export interface LayeredOptions {
  /** The canvas the layout is meant for, in CSS pixels. */
  width?: number;
  height?: number;
}

export interface LayeredResult {
  positions: Positions;
  /** Labels longer than a column allows, shortened with an ellipsis (the full label shows on hover). */
  shortLabels: Map<string, string>;
  rowsPerColumn: number;
  /** The picture's box including the last column's labels, for the camera to fit. */
  extent: { x: [number, number]; y: [number, number] };
}

/** Row pitch: a 13px label plus air. Nodes are capped to fit it (see LAYERED_NODE_CAP). */
export const ROW = 22;
/** Largest node radius drawn in the layered view, so a hub does not cover its neighbours in the column. */
export const LAYERED_NODE_CAP = 8;
const LABEL_FONT_PX = 13;
/** Label widths tried, longest first: the first that lets the picture fit at about 1:1 is used. */
const LABEL_CAPS = [13, 11, 9, 8, 7, 6].map((chars) => chars * LABEL_FONT_PX);
const MIDDLE_CAP = 8 * LABEL_FONT_PX;
const COL_GAP = 18;
const GROUP_GAP = 44;
const MIN_ROWS = 6;

/** Rendered width of a label at 13px: CJK and full-width glyphs are square, the rest about half as wide. */
export function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? LABEL_FONT_PX : LABEL_FONT_PX * 0.56;
  return w;
}

export function shorten(s: string, maxPx = LABEL_CAPS[0]!): string {
  if (labelWidth(s) <= maxPx) return s;
  let out = "";
  for (const ch of s) {
    if (labelWidth(out + ch) > maxPx - LABEL_FONT_PX) break;
    out += ch;
  }
  return `${out}…`;
}

/** A block is a run of columns (one strategic path, the middle, the problems); null items are blank rows. */
type Block = { items: (LayeredInput | null)[]; rowMajor: boolean };

const num = (v: number | null | undefined, dflt: number) => (typeof v === "number" ? v : dflt);
const MEASURE_RANK: Record<string, number> = { path: -1, point: 0, sub: 1 };

function byHierarchy(a: LayeredInput, b: LayeredInput): number {
  return (
    num(a.point, 0) - num(b.point, 0) ||
    (MEASURE_RANK[a.level ?? "sub"] ?? 1) - (MEASURE_RANK[b.level ?? "sub"] ?? 1) ||
    num(a.order, 1e9) - num(b.order, 1e9) ||
    a.name.localeCompare(b.name)
  );
}

/** Columns of a block for a row budget: column-major for reading order, row-major to keep target heights. */
function columnsOf(block: Block, rows: number): (LayeredInput | null)[][] {
  const n = block.items.length;
  const k = Math.max(1, Math.ceil(n / rows));
  const cols: (LayeredInput | null)[][] = Array.from({ length: k }, () => []);
  block.items.forEach((it, i) => {
    if (block.rowMajor) cols[i % k]!.push(it);
    else cols[Math.floor(i / rows)]!.push(it);
  });
  return cols;
}

function measure(blocks: Block[], rows: number, widthOf: (n: LayeredInput) => number) {
  let width = 0;
  let tallest = 0;
  blocks.forEach((b, bi) => {
    const cols = columnsOf(b, rows);
    for (const c of cols) {
      width += 2 * LAYERED_NODE_CAP + 4 + Math.max(0, ...c.map((n) => (n ? widthOf(n) : 0))) + COL_GAP;
      tallest = Math.max(tallest, c.length);
    }
    if (bi < blocks.length - 1) width += GROUP_GAP;
  });
  return { width, height: tallest * ROW };
}

export function layeredLayout(
  nodes: readonly LayeredInput[],
  neighborsOf: (id: string) => readonly string[],
  opts: LayeredOptions = {},
): LayeredResult {
  const viewW = Math.max(400, (opts.width ?? 1600) - 60);
  const viewH = Math.max(300, (opts.height ?? 900) - 60);
  const measures = nodes.filter((n) => n.type === "Measure");
  const problems = nodes.filter((n) => n.type === "Problem");
  const others = nodes.filter((n) => n.type !== "Measure" && n.type !== "Problem");
  let cap = LABEL_CAPS[0]!;
  // The middle (context, not the reading itself) gets shorter labels than measures and problems.
  const capOf = (n: LayeredInput) => (n.type === "Measure" || n.type === "Problem" ? cap : Math.min(cap, MIDDLE_CAP));
  const widthOf = (n: LayeredInput) => Math.min(capOf(n), labelWidth(n.name));

  // Measures: one block per strategic path, in the paper's order.
  const pathRank = new Map<string, number>();
  for (const m of measures) {
    const r = num(m.pathNo, m.level === "path" ? num(m.order, Infinity) : Infinity);
    pathRank.set(m.path ?? "", Math.min(pathRank.get(m.path ?? "") ?? Infinity, r));
  }
  const paths = [...pathRank.keys()].sort(
    (a, b) => pathRank.get(a)! - pathRank.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const measureBlocks: Block[] = paths.map((p) => ({
    items: measures.filter((m) => (m.path ?? "") === p).sort(byHierarchy),
    rowMajor: false,
  }));

  // Problems: grouped by problem (a blank row between groups), the problem first, then its shortfalls.
  const groups = [...new Set(problems.map((p) => num(p.problem, Infinity)))].sort((a, b) => a - b);
  const problemItems: (LayeredInput | null)[] = [];
  for (const g of groups) {
    if (problemItems.length) problemItems.push(null);
    problemItems.push(
      ...problems
        .filter((p) => num(p.problem, Infinity) === g)
        .sort((a, b) => (a.level === "problem" ? 0 : 1) - (b.level === "problem" ? 0 : 1) || byHierarchy(a, b)),
    );
  }
  const problemBlock: Block = { items: problemItems, rowMajor: false };

  // The middle block: first in name order to size the row budget, then re-ordered by where its neighbours sit.
  const middle: Block = { items: [...others].sort((a, b) => a.name.localeCompare(b.name)), rowMajor: true };
  const blocks = [...measureBlocks, middle, problemBlock].filter((b) => b.items.length);
  const longest = Math.max(MIN_ROWS, ...blocks.map((b) => b.items.length));
  // The row budget that shows the whole picture largest: fewer rows widen it, more rows heighten it. On a
  // small canvas labels are shortened further until the picture fits at about 1:1.
  const solve = () => {
    let best = { rows: longest, fit: 0 };
    for (let rows = MIN_ROWS; rows <= longest; rows = rows < 240 ? rows + 1 : Math.ceil(rows * 1.1)) {
      const { width, height } = measure(blocks, rows, widthOf);
      const fit = Math.min(viewW / width, viewH / height);
      if (fit > best.fit + 1e-9) best = { rows, fit };
    }
    return best;
  };
  let best = solve();
  for (const c of LABEL_CAPS.slice(1)) {
    if (best.fit >= 0.85) break;
    const prevCap = cap;
    cap = c;
    const next = solve();
    if (next.fit <= best.fit) {
      cap = prevCap;
      break;
    }
    best = next;
  }
  const shortLabels = new Map<string, string>();
  for (const n of nodes) {
    const short = shorten(n.name, capOf(n));
    if (short !== n.name) shortLabels.set(n.id, short);
  }

  // Every column is centred on y = 0 (sigma's y axis points up: the first row is the top one).
  const positions: Positions = new Map();
  const place = (b: Block, at: number) => {
    let x = at;
    for (const col of columnsOf(b, best.rows)) {
      col.forEach((n, row) => n && positions.set(n.id, { x, y: ((col.length - 1) / 2 - row) * ROW }));
      x += 2 * LAYERED_NODE_CAP + 4 + Math.max(0, ...col.map((n) => (n ? widthOf(n) : 0))) + COL_GAP;
    }
    return x;
  };
  // First the rows of measures and problems (the middle follows their heights), then left to right.
  for (const b of blocks) if (b !== middle) place(b, 0);
  if (middle.items.length) {
    const target = new Map<string, number>();
    const meanY = (id: string, from: (n: string) => number | undefined) => {
      const ys = neighborsOf(id).flatMap((n) => {
        const y = from(n);
        return y === undefined ? [] : [y];
      });
      return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : undefined;
    };
    for (const n of others) {
      const y = meanY(n.id, (m) => positions.get(m)?.y);
      if (y !== undefined) target.set(n.id, y);
    }
    for (const n of others) if (!target.has(n.id)) target.set(n.id, meanY(n.id, (m) => target.get(m)) ?? -Infinity);
    middle.items = [...others].sort((a, b) => target.get(b.id)! - target.get(a.id)! || a.name.localeCompare(b.name));
  }
  let x = 0;
  for (const b of blocks) x = place(b, x) + GROUP_GAP;
  const tallest = measure(blocks, best.rows, widthOf).height;
  const extent = {
    x: [-ROW, Math.max(0, x - GROUP_GAP - COL_GAP)] as [number, number],
    y: [-tallest / 2, tallest / 2] as [number, number],
  };
  return { positions, shortLabels, rowsPerColumn: best.rows, extent };
}
