// The rendering bench at its smallest (1k nodes, one round, a short camera path, every variant): the harness
// runs end to end in Chromium and every variant yields sane figures. Shapes only, never timings.
import { describe, expect, it } from "vitest";
import { VARIANTS } from "../../bench/browser/render-variants.ts";
import { renderBench, RENDER_DEFAULTS, type RenderBenchResult } from "../../bench/render-bench.ts";

describe("rendering bench › smoke", () => {
  it("draws the 1k graph with every variant and reports first frame, heap and frames for each", async () => {
    const lines: string[] = [];
    const res: RenderBenchResult = await renderBench({
      ...RENDER_DEFAULTS,
      sizes: ["1k"],
      rounds: 1,
      variants: [...VARIANTS],
      legMs: 150,
      loadDeadlineMs: 60_000,
      log: (l) => lines.push(l),
    });

    expect(res.renderer).not.toBe("");
    expect(res.renderer).not.toBe("no WebGL");
    expect(lines[0]).toContain(res.renderer);
    const samples = res.raw["1k/3k"]!;
    for (const v of VARIANTS) {
      expect(samples[v], v).toHaveLength(1);
      const s = samples[v][0]!;
      expect(s.firstFrameMs, v).toBeGreaterThan(0);
      expect(s.frames, v).toBeGreaterThan(0);
      expect(s.heapPerElement, v).toBeGreaterThan(0);
    }
    // The client is compared with the best peer and with bare sigma on every metric.
    expect(res.rows.filter((r) => r.oursName === "client").map((r) => r.metric)).toEqual(
      expect.arrayContaining(["data → first frame ms", "JS heap bytes per element", "frames/s while the camera moves"]),
    );
    expect(res.series.filter((p) => p.bench === "rendering")).toHaveLength(VARIANTS.length);
  }, 90_000);
});
