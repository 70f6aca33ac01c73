// The bitmap-on-move state machine: real draws at rest and while a node is dragged, the bitmap while the
// camera moves and until it has been still for SETTLE_MS, and a real draw (kept) when no snapshot exists.
import { describe, expect, it } from "vitest";
import { MotionGate, SETTLE_MS } from "../../../client/src/sigma/motion-gate.ts";

describe("MotionGate", () => {
  it("draws for real at rest and keeps the frame as the snapshot", () => {
    const g = new MotionGate();
    expect(g.next(0, false, false, true)).toEqual({ draw: "real", keep: true, recheckIn: null });
    expect(g.next(10_000, false, false, false)).toEqual({ draw: "real", keep: true, recheckIn: null });
  });

  it("shows the bitmap while moving and polls again so the real draw comes without a further camera update", () => {
    const g = new MotionGate();
    expect(g.next(1000, true, false, true)).toEqual({ draw: "bitmap", recheckIn: SETTLE_MS });
    expect(g.next(1016, true, false, true)).toEqual({ draw: "bitmap", recheckIn: SETTLE_MS });
  });

  it("keeps the bitmap until the camera has been still for SETTLE_MS, then draws for real", () => {
    const g = new MotionGate();
    g.next(1000, true, false, true);
    expect(g.next(1050, false, false, true)).toEqual({ draw: "bitmap", recheckIn: SETTLE_MS - 50 });
    expect(g.next(1000 + SETTLE_MS - 1, false, false, true).draw).toBe("bitmap");
    expect(g.next(1000 + SETTLE_MS, false, false, true)).toEqual({ draw: "real", keep: true, recheckIn: null });
  });

  it("a move that resumes within SETTLE_MS restarts the wait (one gesture, several legs)", () => {
    const g = new MotionGate();
    g.next(0, true, false, true);
    g.next(100, true, false, true);
    expect(g.next(200, false, false, true).draw).toBe("bitmap");
    expect(g.next(100 + SETTLE_MS, false, false, true).draw).toBe("real");
  });

  it("draws for real (kept) on the first frame of a move without a snapshot", () => {
    const g = new MotionGate();
    expect(g.next(0, true, false, false)).toEqual({ draw: "real", keep: true, recheckIn: null });
    expect(g.next(16, true, false, true).draw).toBe("bitmap");
  });

  it("draws for real, keeping nothing, while a node is dragged, even if the captor reports movement", () => {
    const g = new MotionGate();
    expect(g.next(0, true, true, true)).toEqual({ draw: "real", keep: false, recheckIn: null });
    expect(g.next(16, false, true, true)).toEqual({ draw: "real", keep: false, recheckIn: null });
    // The drag did not count as a camera move: at rest right after it.
    expect(g.next(32, false, false, false)).toEqual({ draw: "real", keep: true, recheckIn: null });
  });
});
