// Helpers for the write API's tests: the app with an editor token, authorised requests, the seed restored after.
import type { Driver } from "neo4j-driver";
import { loadRealSeed, neo4jTarget, testApp, testDriver } from "../_harness.ts";
import { request, UNTHROTTLED } from "../api/_api.ts";

export { fingerprint } from "../_db-fingerprint.ts";

export const DOC = "beijing-industrial-chain-resilience";
export const TOKEN = "test-editor-token-0123456789abcdef";
export const LABEL = "tester";

export function curationFixture(writes = 1_000_000) {
  const driver = testDriver();
  const app = testApp(driver, {
    rateLimit: { ...UNTHROTTLED.rateLimit!, writes },
    editor: { token: TOKEN, label: LABEL },
  });
  const auth = { Authorization: `Bearer ${TOKEN}` };
  return {
    driver,
    app,
    post: (url: string, body: unknown) =>
      request(app)
        .post(url)
        .set(auth)
        .send(body as object),
    patch: (url: string, body: unknown) =>
      request(app)
        .patch(url)
        .set(auth)
        .send(body as object),
    del: (url: string, body: unknown) =>
      request(app)
        .delete(url)
        .set(auth)
        .send(body as object),
    get: (url: string) => request(app).get(url),
  };
}

export async function run(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params, { database: neo4jTarget().database })).records;
}

/** The seed as committed, and no audit trail: what every other test file expects to find. */
export async function restoreSeed(driver: Driver): Promise<void> {
  await run(driver, "MATCH (n) WHERE n:Change OR n:ChangeSequence OR n:Redirect DETACH DELETE n");
  await run(driver, "MATCH (m:SeedLoad) REMOVE m.status");
  await loadRealSeed(driver, true);
}

/** Two evidence locators of the seed (own-document form), for writes that need valid evidence. */
export async function someEvidence(driver: Driver): Promise<string[]> {
  const [r] = await run(driver, "MATCH (n:Entity {document: $doc}) RETURN n.evidence AS e ORDER BY n.id LIMIT 1", {
    doc: DOC,
  });
  return (r!.get("e") as string[]).map((l) => l.replace(`${DOC}#`, ""));
}

/** Marks a node or edge as a draft, as the importer would load it. */
export async function makeDraft(driver: Driver, id: string): Promise<void> {
  if (id.includes("--")) await run(driver, "MATCH ()-[r {id: $id}]->() SET r.status = 'draft'", { id });
  else await run(driver, "MATCH (n:Entity {id: $id}) SET n.status = 'draft'", { id });
}
