// The console's second layer: what Neo4j itself says about the query (EXPLAIN). Only query type 'r' is
// run, and the plan may hold no LOAD CSV, no write operator and no procedure off the allow-list.
import type { Plan } from "neo4j-driver";
import { PROCEDURE_ALLOW_LIST } from "./lexical-guard.ts";

const WRITE_OPERATOR =
  /Create|Merge|Set|Delete|Remove|Foreach|Transaction|LoadCSV|Load|Terminate|Command|Admin|Schema|Index|Constraint/i;
// Read operators whose names contain one of the words above.
const READ_OPERATORS = new Set([
  "NodeIndexSeek",
  "NodeIndexScan",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "NodeUniqueIndexSeek",
  "DirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "MultiNodeIndexSeek",
  "AssertingMultiNodeIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange",
  "DirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipIndexSeekByRange",
  "ShowIndexes",
  "ShowConstraints",
  "ShowFunctions",
  "ShowProcedures",
  "NodeByElementIdSeek",
  "PartitionedNodeIndexSeek",
  "PartitionedNodeIndexScan",
  "IntersectionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "UnionNodeByLabelsScan",
]);

export type PlanVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Allow-listed procedures that Neo4j declares in DBMS mode, so a query calling them is typed 's' rather than
 * 'r' although it reads only (dbms.components() reports versions and edition).
 */
const DBMS_MODE_READS = new Set(["dbms.components"]);

export function checkPlan(queryType: string, plan: Plan | false | null | undefined): PlanVerdict {
  if (queryType === "s" && plan && callsOnly(plan, DBMS_MODE_READS)) queryType = "r";
  if (queryType !== "r")
    return { ok: false, reason: `Neo4j classifies the query as '${queryType}', not read-only ('r')` };
  if (!plan) return { ok: false, reason: "Neo4j returned no plan to check" };
  const stack: Plan[] = [plan];
  while (stack.length > 0) {
    const p = stack.pop()!;
    const op = p.operatorType.replace(/@.*$/, "");
    if (op === "ProcedureCall") {
      const name = procedureName(p);
      if (!PROCEDURE_ALLOW_LIST.has(name))
        return { ok: false, reason: `the plan calls procedure ${name || "(unknown)"}, not on the allow-list` };
    } else if (WRITE_OPERATOR.test(op) && !READ_OPERATORS.has(op)) {
      return { ok: false, reason: `the plan holds operator ${op}` };
    }
    stack.push(...(p.children ?? []));
  }
  return { ok: true };
}

/** Whether the plan calls at least one procedure and every procedure it calls is in `names`. */
function callsOnly(plan: Plan, names: Set<string>): boolean {
  let calls = 0;
  const stack: Plan[] = [plan];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (p.operatorType.replace(/@.*$/, "") === "ProcedureCall") {
      calls++;
      if (!names.has(procedureName(p))) return false;
    }
    stack.push(...(p.children ?? []));
  }
  return calls > 0;
}

function procedureName(p: Plan): string {
  const details = String(p.arguments?.Details ?? p.arguments?.details ?? "");
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1]?.toLowerCase() ?? "";
}
