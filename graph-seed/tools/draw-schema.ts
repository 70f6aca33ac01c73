// The schema picture: node types as coloured boxes (with counts), relationship types as arrows (with counts).
import type { SeedEdge, SeedNode } from "../src/model/seed.ts";
import { NODE_COLORS } from "../src/model/palette.ts";
import { NODE_TYPES } from "../src/model/types.ts";
import type { NodeType } from "../src/model/types.ts";
import { svgDoc, text } from "./svg.ts";

export function drawSchema(nodes: SeedNode[], edges: SeedEdge[]): string {
  const W = 1100,
    H = 900,
    cx = W / 2,
    cy = H / 2 + 20,
    R = 330,
    BW = 150,
    BH = 44;
  const typeOf = new Map(nodes.map((n) => [n.id, n.type]));
  const count = (t: NodeType) => nodes.filter((n) => n.type === t).length;
  const pos = new Map<NodeType, { x: number; y: number }>();
  NODE_TYPES.forEach((t, i) => {
    const a = (2 * Math.PI * i) / NODE_TYPES.length - Math.PI / 2;
    pos.set(t, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a) });
  });
  // One arrow per (source type, target type); its label lists the relationship types and their counts.
  const pairs = new Map<string, Map<string, number>>();
  for (const e of edges) {
    const key = `${typeOf.get(e.source)}>${typeOf.get(e.target)}`;
    const m = pairs.get(key) ?? new Map<string, number>();
    m.set(e.type, (m.get(e.type) ?? 0) + 1);
    pairs.set(key, m);
  }
  const body: string[] = [
    text(
      20,
      34,
      `Knowledge model: ${nodes.length} nodes, ${edges.length} relationships (arrow labels: type × count)`,
      'font-size="18" font-weight="bold"',
    ),
  ];
  const labels: string[] = [];
  for (const [key, rels] of pairs) {
    const [s, t] = key.split(">") as [NodeType, NodeType];
    const a = pos.get(s)!,
      b = pos.get(t)!;
    const label = [...rels].map(([r, n]) => `${r}×${n}`).join(" ");
    if (s === t) {
      // Self-loop drawn outside the box, away from the centre.
      const dx = a.x - cx,
        dy = a.y - cy,
        d = Math.hypot(dx, dy),
        ux = dx / d,
        uy = dy / d;
      const lx = a.x + ux * 70,
        ly = a.y + uy * 70;
      body.push(
        `<path d="M${a.x + ux * 20 - uy * 30},${a.y + uy * 20 + ux * 30} Q${lx},${ly} ${a.x + ux * 20 + uy * 30},${a.y + uy * 20 - ux * 30}" fill="none" stroke="#888" marker-end="url(#arrow)"/>`,
      );
      labels.push(text(lx, ly + (uy >= 0 ? 14 : -4), label, 'font-size="10" text-anchor="middle" fill="#333"'));
      continue;
    }
    // Trim the line to the box borders so arrowheads stay visible.
    const dx = b.x - a.x,
      dy = b.y - a.y,
      len = Math.hypot(dx, dy);
    const trim = (p: { x: number; y: number }, dir: number) => {
      const k = Math.min(BW / 2 / Math.abs(dx || 1e-9), BH / 2 / Math.abs(dy || 1e-9)) * len;
      return { x: p.x + (dir * dx * (k + 4)) / len, y: p.y + (dir * dy * (k + 4)) / len };
    };
    const p = trim(a, 1),
      q = trim(b, -1);
    body.push(
      `<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#888" stroke-width="1.2" marker-end="url(#arrow)"/>`,
    );
    const mx = p.x + (q.x - p.x) * 0.55,
      my = p.y + (q.y - p.y) * 0.55;
    labels.push(
      `<g>${text(mx, my - 3, label, 'font-size="10" text-anchor="middle" fill="#333" stroke="#fff" stroke-width="3" paint-order="stroke"')}</g>`,
    );
  }
  for (const t of NODE_TYPES) {
    const { x, y } = pos.get(t)!;
    body.push(
      `<rect x="${x - BW / 2}" y="${y - BH / 2}" width="${BW}" height="${BH}" rx="8" fill="${NODE_COLORS[t]}" stroke="#333"/>`,
    );
    body.push(
      text(x, y + 5, `${t} (${count(t)})`, 'font-size="15" text-anchor="middle" fill="#111" font-weight="bold"'),
    );
  }
  return svgDoc(W, H, [...body, ...labels]);
}
