// The measure → problem reading: measures in columns by strategic path (props.path, ordered by props.order),
// problems in a column opposite, everything else between, ordered by the mean row of its neighbours.
export interface LayeredInput {
  id: string;
  type: string;
  path?: string | null | undefined;
  order?: number | null | undefined;
  name: string;
}

export type Positions = Map<string, { x: number; y: number }>;

const COL_GAP = 120;
const ROW_GAP = 28;

export function layeredLayout(
  nodes: readonly LayeredInput[],
  neighborsOf: (id: string) => readonly string[],
): Positions {
  const measures = nodes.filter((n) => n.type === "Measure");
  const problems = nodes.filter((n) => n.type === "Problem");
  const others = nodes.filter((n) => n.type !== "Measure" && n.type !== "Problem");
  const paths = [...new Set(measures.map((m) => m.path ?? ""))].sort();
  const byOrder = (a: LayeredInput, b: LayeredInput) =>
    (a.order ?? 1e9) - (b.order ?? 1e9) || a.name.localeCompare(b.name);
  const pos: Positions = new Map();
  const column = (items: LayeredInput[], col: number) => {
    const h = (items.length - 1) * ROW_GAP;
    items.forEach((n, i) => pos.set(n.id, { x: col * COL_GAP, y: h / 2 - i * ROW_GAP }));
  };
  paths.forEach((p, i) => column(measures.filter((m) => (m.path ?? "") === p).sort(byOrder), i));
  const midCol = paths.length + 1;
  const problemCol = midCol + 2;
  // Problems and the middle column follow the rows of what they connect to, which shortens crossing edges.
  const meanY = (id: string) => {
    const ys = neighborsOf(id).flatMap((n) => {
      const p = pos.get(n);
      return p ? [p.y] : [];
    });
    return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0;
  };
  column(
    [...problems].sort((a, b) => meanY(b.id) - meanY(a.id) || byOrder(a, b)),
    problemCol,
  );
  column(
    [...others].sort((a, b) => meanY(b.id) - meanY(a.id) || byOrder(a, b)),
    midCol,
  );
  return pos;
}
