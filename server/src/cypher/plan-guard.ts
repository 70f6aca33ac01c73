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

export function checkPlan(queryType: string, plan: Plan | false | null | undefined): PlanVerdict {
  if (queryType !== "r")
    return { ok: false, reason: `Neo4j classifies the query as '${queryType}', not read-only ('r')` };
  if (!plan) return { ok: false, reason: "Neo4j returned no plan to check" };
  const stack: Plan[] = [plan];
  while (stack.length > 0) {
    const p = stack.pop()!;
    const op = p.operatorType.replace(/@.*$/, "");
    if (op === "ProcedureCall") {
      const details = String(p.arguments?.Details ?? p.arguments?.details ?? "");
      const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1]?.toLowerCase() ?? "";
      if (!PROCEDURE_ALLOW_LIST.has(name))
        return { ok: false, reason: `the plan calls procedure ${name || "(unknown)"}, not on the allow-list` };
    } else if (WRITE_OPERATOR.test(op) && !READ_OPERATORS.has(op)) {
      return { ok: false, reason: `the plan holds operator ${op}` };
    }
    stack.push(...(p.children ?? []));
  }
  return { ok: true };
}
