// The console's memory guard, before anything runs. Neo4j bounds the memory its operators track (collect,
// sort, DISTINCT…: db.memory.transaction.max), but not values built inside one expression, and a query that
// computes without touching the store never looks at its timeout or a TERMINATE: a string doubled 29 times
// is 512 MiB that no limit sees, and a 30-million-row collect takes the database tens of seconds to reach
// its limit on a loaded machine. So the families that blow up are refused up front, with MEMORY_LIMIT:
//   1. reduce() whose step uses the accumulator twice or more: it grows exponentially (s + s, l + l);
//   2. range() with literal bounds whose sizes multiply past RANGE_CAP, unless every range is UNWOUND into a
//      query that keeps no rows (the row cap or the timeout ends it) — collect, ORDER BY or DISTINCT over it,
//      or a range used as a value (returned, turned into a string), are refused;
//   3. a plan whose estimated rows into an operator that holds its input (collect, sort, DISTINCT, Eager)
//      exceed ROWS_CAP: cartesian products feeding a collect.
// Like the lexical guard it may refuse a harmless query; it cannot see sizes computed at run time (bounds from
// parameters or functions). Those meet the database's own limits, and the JVM no longer exits on an OOM.
import type { Plan } from "neo4j-driver";
import { scrub } from "./lexical-guard.ts";

export const RANGE_CAP = 10_000_000;
export const ROWS_CAP = 10_000_000;

export type CostVerdict = { ok: true } | { ok: false; reason: string };

const HOLDS_INPUT =
  /^(EagerAggregation|OrderedAggregation|Sort|PartialSort|Top|PartialTop|Distinct|OrderedDistinct|Eager)$/;
// Constructs that keep every row they see (count, sum and the like keep one number and are only slow).
const HOLDS_ROWS = /\b(collect|percentilecont|percentiledisc)\s*\(|\bORDER\s+BY\b|\bDISTINCT\b/i;

export function checkCostLexically(query: string): CostVerdict {
  const { code } = scrub(query);
  const reduce = exponentialReduce(code);
  if (reduce) return { ok: false, reason: `reduce() doubles its accumulator ${reduce} at every step` };

  const ranges = [...code.matchAll(/(?<![\w$.])range\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)/gi)];
  if (ranges.length > 0) {
    const sizes = ranges.map((m) => rangeSize(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])));
    const product = sizes.reduce((a, b) => a * Math.max(1, b), 1);
    const streamed = ranges.every((m) => /UNWIND\s*$/i.test(code.slice(0, m.index))) && !HOLDS_ROWS.test(code);
    if (product > RANGE_CAP && !streamed)
      return {
        ok: false,
        reason: `range() builds ${product.toExponential(1)} values (more than ${RANGE_CAP.toLocaleString("en")})`,
      };
  }
  return { ok: true };
}

/** EXPLAIN's estimates: too many rows flowing into an operator that keeps them all in memory. */
export function checkCostPlan(plan: Plan | false | null | undefined): CostVerdict {
  if (!plan) return { ok: true };
  const stack: Plan[] = [plan];
  while (stack.length > 0) {
    const p = stack.pop()!;
    const op = p.operatorType.replace(/@.*$/, "");
    const details = String(p.arguments?.Details ?? "");
    // An aggregation holds its input only when it collects (count/sum keep one number per group).
    const holds =
      HOLDS_INPUT.test(op) && (!/Aggregation$/.test(op) || /collect\s*\(|DISTINCT|percentile/i.test(details));
    if (holds) {
      const input = Math.max(0, ...(p.children ?? []).map((c) => Number(c.arguments?.EstimatedRows ?? 0)));
      if (input > ROWS_CAP)
        return {
          ok: false,
          reason: `${op} would hold about ${input.toExponential(1)} rows in memory (more than ${ROWS_CAP.toLocaleString("en")})`,
        };
    }
    stack.push(...(p.children ?? []));
  }
  return { ok: true };
}

function rangeSize(from: number, to: number, step: number): number {
  if (step === 0) return 0;
  return Math.max(0, Math.floor((to - from) / step) + 1);
}

/** The accumulator's name when a reduce() step mentions it twice or more, else null. */
function exponentialReduce(code: string): string | null {
  for (const m of code.matchAll(/(?<![\w$.])reduce\s*\(\s*([A-Za-z_]\w*)\s*=/gi)) {
    const acc = m[1]!;
    const open = (m.index ?? 0) + m[0].indexOf("(");
    const body = balanced(code, open);
    const bar = topLevelBar(body);
    if (bar < 0) continue;
    const step = body.slice(bar + 1);
    const uses = step.match(new RegExp(`(?<![\\w$.])${acc}(?![\\w$])`, "g"))?.length ?? 0;
    if (uses >= 2) return acc;
  }
  return null;
}

/** The text inside the parenthesis opening at `open`, up to its matching close (or the end). */
function balanced(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === "(") depth++;
    else if (code[i] === ")" && --depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}

/** Index of the first '|' not nested in brackets (the reduce step starts after it), or -1. */
function topLevelBar(body: string): number {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "|" && depth === 0) return i;
  }
  return -1;
}
