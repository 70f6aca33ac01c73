import { describe, expect, it } from "vitest";
import { checkCostLexically } from "../../../server/src/cypher/cost-guard.ts";

describe("the console's memory guard", () => {
  it.each([
    'RETURN size(reduce(s = "a", i IN range(1, 29) | s + s))',
    "RETURN reduce(acc = [1], x IN range(1, 30) | acc + [y IN acc | y])",
    "RETURN reduce(s = 'a', i IN [1,2,3] | (s + (s)))",
    "RETURN range(1, 100000000)",
    "RETURN toString(range(0, 2000000000, 2))",
    "UNWIND range(1, 30000000) AS x WITH collect(x) AS xs RETURN size(xs)",
    "UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b RETURN DISTINCT a + b",
    "UNWIND range(1, 20000000) AS a RETURN a ORDER BY a DESC",
  ])("refuses %s", (q) => {
    expect(checkCostLexically(q).ok).toBe(false);
  });

  it.each([
    'RETURN reduce(s = "", i IN range(1, 29) | s + toString(i))',
    "RETURN reduce(total = 0, x IN [1, 2, 3] | total + x)",
    "UNWIND range(1, 100000000) AS x RETURN x",
    "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)",
    "RETURN range(1, 10) AS r",
    "RETURN 'reduce(s = 1, i IN range(1, 29) | s + s)' AS text",
    "MATCH (n) RETURN collect(n.id) AS ids",
  ])("lets %s through", (q) => {
    expect(checkCostLexically(q)).toEqual({ ok: true });
  });
});
