// Turns results into what a reader sees: a markdown table per benchmark, and a hand-written SVG chart of
// cost against graph size (log–log) for the paths rows — no charting dependency.
import type { BenchRow, SeriesPoint } from "./result.ts";

const fmt = (x: number): string =>
  !Number.isFinite(x)
    ? "—"
    : Math.abs(x) >= 100
      ? Math.round(x).toLocaleString("en-US")
      : Math.abs(x) >= 1
        ? x.toFixed(1)
        : x.toPrecision(2);

export function markdownTable(rows: BenchRow[]): string {
  const head =
    "| bench | size | metric | ours | figure | peer | figure | ours/peer | goal | met | rounds | note |\n|---|---|---|---|---:|---|---:|---:|---|---|---:|---|";
  const lines = rows.map((r) =>
    [
      r.bench,
      r.size,
      r.metric,
      r.oursName,
      fmt(r.ours),
      r.peerName,
      fmt(r.peer),
      Number.isFinite(r.ratio) ? `${fmt(r.ratio)}×` : "—",
      r.goal ?? "",
      r.met === null ? "" : r.met ? "yes" : "**no**",
      r.rounds,
      r.note ?? "",
    ]
      .map((c) => String(c).replace(/\|/g, "\\|"))
      .join(" | "),
  );
  return [head, ...lines.map((l) => `| ${l} |`)].join("\n");
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

/** A log–log line chart: one line per variant; lower bounds (timeouts) drawn hollow with "≥". */
export function svgChart(points: SeriesPoint[], title: string, yLabel: string): string {
  const W = 640;
  const H = 400;
  const m = { l: 70, r: 170, t: 40, b: 50 };
  const xs = points.map((p) => Math.log10(p.nodes));
  const ys = points.map((p) => Math.log10(Math.max(p.value, 1e-3)));
  const [x0, x1] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  const [y0, y1] = [Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys))];
  const px = (v: number) => m.l + ((v - x0) / Math.max(1e-9, x1 - x0)) * (W - m.l - m.r);
  const py = (v: number) => H - m.b - ((v - y0) / Math.max(1e-9, y1 - y0)) * (H - m.t - m.b);
  const el: string[] = [];
  for (let e = x0; e <= x1; e++) {
    el.push(`<line x1="${px(e)}" y1="${H - m.b}" x2="${px(e)}" y2="${m.t}" stroke="#eee"/>`);
    el.push(
      `<text x="${px(e)}" y="${H - m.b + 18}" text-anchor="middle">${e >= 6 ? `${10 ** (e - 6)}M` : e >= 3 ? `${10 ** (e - 3)}k` : 10 ** e}</text>`,
    );
  }
  for (let e = y0; e <= y1; e++) {
    el.push(`<line x1="${m.l}" y1="${py(e)}" x2="${W - m.r}" y2="${py(e)}" stroke="#eee"/>`);
    el.push(
      `<text x="${m.l - 8}" y="${py(e) + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toPrecision(1)}</text>`,
    );
  }
  const variants = [...new Set(points.map((p) => p.variant))];
  variants.forEach((v, i) => {
    const c = COLORS[i % COLORS.length]!;
    const ps = points.filter((p) => p.variant === v).sort((a, b) => a.nodes - b.nodes);
    const coords = ps.map(
      (p) => `${px(Math.log10(p.nodes)).toFixed(1)},${py(Math.log10(Math.max(p.value, 1e-3))).toFixed(1)}`,
    );
    el.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${coords.join(" ")}"/>`);
    ps.forEach((p, j) => {
      const [cx, cy] = coords[j]!.split(",");
      el.push(
        `<circle cx="${cx}" cy="${cy}" r="4" fill="${p.atLeast ? "white" : c}" stroke="${c}" stroke-width="2"><title>${v} ${p.nodes}: ${p.atLeast ? "≥ " : ""}${fmt(p.value)}</title></circle>`,
      );
      if (p.atLeast) el.push(`<text x="${Number(cx) + 6}" y="${Number(cy) - 6}" fill="${c}">≥</text>`);
    });
    el.push(
      `<rect x="${W - m.r + 15}" y="${m.t + i * 22}" width="14" height="3" fill="${c}"/><text x="${W - m.r + 35}" y="${m.t + i * 22 + 5}">${v}</text>`,
    );
  });
  el.push(
    `<text x="${(m.l + W - m.r) / 2}" y="${H - 10}" text-anchor="middle">nodes (3 edges per node), log scale</text>`,
  );
  el.push(`<text transform="translate(16 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>`);
  el.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-weight="bold">${title}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>${el.join("")}</svg>\n`;
}
