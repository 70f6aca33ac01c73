import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLexically, scrub } from "../../../server/src/cypher/lexical-guard.ts";
import { checkPlan } from "../../../server/src/cypher/plan-guard.ts";
import type { Plan } from "neo4j-driver";

const plan = (operatorType: string, args: Record<string, string> = {}, children: Plan[] = []): Plan =>
  ({ operatorType, identifiers: [], arguments: args, children }) as Plan;

describe("the console's lexical guard", () => {
  it("passes ordinary reads, listed procedures and built-in namespaced functions", () => {
    for (const q of [
      "MATCH (n:Entity) RETURN n LIMIT 10",
      "MATCH (n) WHERE n.name CONTAINS 'CREATE' RETURN n // DELETE in a comment",
      'MATCH (n) WHERE n.summaryEn = "we SET goals; then MERGE" RETURN n',
      "CALL db.labels() YIELD label RETURN label",
      "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node RETURN node",
      "RETURN point.distance(point({x:1,y:1}), point({x:2,y:2})) AS d, datetime.truncate('day', datetime()) AS t",
      "MATCH (n) RETURN n.set AS s, $create AS c",
      "SHOW INDEXES",
      "RETURN 1;",
      "MATCH p = SHORTEST 1 (a)-[]-+(b) RETURN p",
      "MATCH (`weird name`) RETURN `weird name`",
      "CALL () { MATCH (n) RETURN count(n) AS c } RETURN c",
    ])
      expect(checkLexically(q), q).toEqual({ ok: true });
  });

  it("refuses writes, schema and admin commands however they are cased, spaced or disguised", () => {
    for (const q of [
      "CREATE (n)",
      "match (n) detach delete n",
      "MATCH (n)/**/SET/**/n.x = 1",
      "MATCH (n)\u00a0SET n.x = 1",
      "MATCH (n)\u001fSET n.x = 1",
      "ＭＥＲＧＥ (n)",
      "CRE\u200bATE (n)",
      "CRE\u00adATE (n)",
      "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
      "load\ncsv from 'http://x' as r return r",
      "UNWIND [1] AS x CALL (x) { RETURN x } IN TRANSACTIONS RETURN x",
      "CALL dbms.security.createUser('a','b',false)",
      "CALL `dbms`.`security`.`createUser`('a','b',false)",
      "CALL db . createLabel('X')",
      "CALL db.clearQueryCaches",
      "RETURN 1; RETURN 2",
      "RETURN 1 ;\n MATCH (n) DELETE n",
      "RETURN apoc.load.json('http://x')",
      "SHOW TRANSACTIONS",
      "SHOW USERS",
      "USE system SHOW DATABASES",
      "TERMINATE TRANSACTIONS 'x'",
      "FOREACH (x IN [1] | CREATE ())",
      "DROP INDEX entity_search",
      "MATCH (n) // note\nSET n.x = 1",
      "MATCH (n) // note\rSET n.x = 1",
      "MATCH (n) // note\u2028SET n.x = 1",
      "MATCH (n) WHERE n.x = 'it\\'s' SET n.x = 1",
    ])
      expect(checkLexically(q).ok, q).toBe(false);
  });

  it("blanks strings and comments but keeps backticked names for procedure checks", () => {
    const s = scrub("MATCH (n) // CREATE\nWHERE n.x = 'DELETE' RETURN `a``b` /* SET */");
    expect(s.code).not.toMatch(/CREATE|DELETE|SET/);
    expect(s.names).toContain("a`b");
  });

  it("refuses any query holding a write keyword as a word, whatever surrounds it (property)", () => {
    const kw = fc.constantFrom(
      "CREATE",
      "MERGE",
      "SET",
      "DELETE",
      "REMOVE",
      "DROP",
      "LOAD",
      "FOREACH",
      "create",
      "Merge",
      "dElEtE",
    );
    const filler = fc.string({ maxLength: 30 }).map((s) => s.replace(/['"`/\\]/g, " "));
    fc.assert(fc.property(filler, kw, filler, (a, k, b) => checkLexically(`${a} ${k} ${b}`).ok === false));
  });
});

describe("the console's plan guard", () => {
  it("accepts a read plan of query type r", () => {
    expect(checkPlan("r", plan("ProduceResults", {}, [plan("Filter", {}, [plan("NodeIndexSeek")])]))).toEqual({
      ok: true,
    });
    expect(
      checkPlan(
        "r",
        plan("ProduceResults@neo4j", {}, [plan("ProcedureCall", { Details: "db.labels() :: (label :: STRING)" })]),
      ),
    ).toEqual({ ok: true });
  });

  it("refuses other query types, write operators, LOAD CSV and procedures off the allow-list", () => {
    expect(checkPlan("rw", plan("ProduceResults")).ok).toBe(false);
    expect(checkPlan("s", plan("CreateIndex")).ok).toBe(false);
    expect(checkPlan("r", plan("ProduceResults", {}, [plan("LoadCSV")])).ok).toBe(false);
    expect(checkPlan("r", plan("ProduceResults", {}, [plan("TransactionApply")])).ok).toBe(false);
    expect(
      checkPlan(
        "r",
        plan("ProduceResults", {}, [plan("ProcedureCall", { Details: "dbms.listConfig() :: (name :: STRING)" })]),
      ).ok,
    ).toBe(false);
    expect(checkPlan("r", null).ok).toBe(false);
  });
});
