// Starts one real Neo4j for the whole integration run (Docker, else the local launcher; TEST_NEO4J_URI only for
// a database the tests marked as theirs), with a throwaway data folder, and hands its URI to the test files.
// NEO4J_URI is the user's database: it is ignored and removed from the environment the test files inherit. Fault-injection tests that kill or
// restart a database start their own (see _local-db.ts), so they never disturb this one.
import type { TestProject } from "vitest/node";
import { forgetUserDatabase, providedNeo4j, startThrowawayNeo4j, type ProvidedNeo4j } from "../_throwaway-neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = Date.now();
  const env = { ...process.env };
  forgetUserDatabase();
  const { target, dispose } = await startThrowawayNeo4j(
    "rg-neo4j-test-",
    (line) => process.stdout.write(`[neo4j] ${line}\n`),
    env,
  );
  process.stdout.write(`[neo4j] ${target.kind} database ready at ${target.uri} in ${Date.now() - t0} ms\n`);
  project.provide("neo4j", providedNeo4j(target));
  return dispose;
}
