// The moving / at-rest decision behind bitmap-on-move.ts, pure (times passed in) so it is unit-tested
// without a browser.

/** A path is a chain of moves (animation legs, wheel steps, pauses in a pan): still this long counts as at rest. */
export const SETTLE_MS = 150;

/** What one frame does: draw for real (and keep the result as the snapshot), or show the snapshot. */
export type FrameAction = { draw: "real"; keep: boolean; recheckIn: null } | { draw: "bitmap"; recheckIn: number };

/** Per frame: draw for real or show the bitmap, from whether the camera moves, a node is dragged, a snapshot exists. */
export class MotionGate {
  private lastMove = -Infinity;
  constructor(private readonly settleMs = SETTLE_MS) {}

  next(now: number, moving: boolean, dragging: boolean, haveSnapshot: boolean): FrameAction {
    // A node drag changes the graph, not the camera: the bitmap would freeze the dragged node, so draw for
    // real and keep nothing (a readback per drag step would only slow the drag down).
    if (dragging) return { draw: "real", keep: false, recheckIn: null };
    if (moving) this.lastMove = now;
    const still = now - this.lastMove;
    if (!moving && still >= this.settleMs) return { draw: "real", keep: true, recheckIn: null };
    // First frame of a move without a snapshot (after a drag or a resize): draw for real once and keep it.
    if (!haveSnapshot) return { draw: "real", keep: true, recheckIn: null };
    // Sigma renders only on camera updates and the mouse captor's "moving" flags reset on their own timers:
    // look again later, so the real draw comes even when no further camera update does.
    return { draw: "bitmap", recheckIn: moving ? this.settleMs : this.settleMs - still };
  }
}
