// How closely a text read back from a rendered document matches the original, for the round-trip tests and the
// reader benchmark.
//
// Characters: the longest common subsequence of the two texts, in code points, over the longer length. Unlike
// a bag-of-characters count it is order-sensitive (a paragraph moved elsewhere costs its length); unlike a
// similarity of the shorter text it charges for extra characters (a running head left in) as much as for
// missing ones; "\n" counts as a character, so a split or joined paragraph costs one. It is computed with
// Myers' O((N+M)·D) algorithm, fast because the texts differ in few places.
//
// Paragraph order: each original paragraph is looked for in the text read back, after the previous one's
// position, by a 16-character anchor: its start, or, when the start was changed, a later window that occurs only once or
// before the next paragraph's start.

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const off = max + 1;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

/** LCS over the longer text, in code points (1 when equal). */
export function characterFidelity(expected: string, actual: string): number {
  const a = Array.from(expected);
  const b = Array.from(actual);
  if (a.length === 0 && b.length === 0) return 1;
  return lcsLength(a, b) / Math.max(a.length, b.length);
}

export interface OrderReport {
  paragraphs: number;
  /** Original paragraphs found after the one before them. */
  inOrder: number;
  /** The first few not found in order (their index and anchor). */
  missing: { index: number; anchor: string }[];
}

export function paragraphOrder(expected: string, actual: string, anchorLength = 16): OrderReport {
  const paragraphs = expected.split("\n");
  let pos = 0;
  let inOrder = 0;
  const missing: OrderReport["missing"] = [];
  const startAnchor = (i: number) =>
    Array.from(paragraphs[i] ?? "")
      .slice(0, anchorLength)
      .join("");
  // A later window stands in for a changed start when it occurs once in the whole text, or when it comes before
  // the next paragraph's start (a repeated text has no unique windows).
  const standsIn = (anchor: string, at: number, index: number) => {
    if (actual.indexOf(anchor) === actual.lastIndexOf(anchor)) return true;
    const next = index + 1 < paragraphs.length ? actual.indexOf(startAnchor(index + 1), pos) : -1;
    return next >= 0 && at < next;
  };
  paragraphs.forEach((p, index) => {
    const chars = Array.from(p);
    for (
      let start = 0;
      start < Math.max(1, chars.length - anchorLength + 1) && start <= 3 * anchorLength;
      start += anchorLength
    ) {
      const anchor = chars.slice(start, start + anchorLength).join("");
      const at = actual.indexOf(anchor, pos);
      if (at >= 0 && (start === 0 || standsIn(anchor, at, index))) {
        inOrder++;
        pos = at + anchor.length;
        return;
      }
    }
    if (missing.length < 5) missing.push({ index, anchor: chars.slice(0, anchorLength).join("") });
  });
  return { paragraphs: paragraphs.length, inOrder, missing };
}
