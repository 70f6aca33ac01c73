// Constraints and indexes, created before any data so MERGE is backed by a unique index from the first row.
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, SEED_MARKER_LABEL } from "../model/types.ts";

/** The full-text index the search endpoint queries: names, English names, aliases and summaries. */
export const SEARCH_INDEX = "entity_search";

export const SCHEMA_STATEMENTS = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT seed_document IF NOT EXISTS FOR (m:${SEED_MARKER_LABEL}) REQUIRE m.document IS UNIQUE`,
  `CREATE INDEX entity_type IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.type)`,
  `CREATE INDEX entity_document IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.document)`,
  // The cjk analyzer indexes CJK text as bigrams (so 韧性 finds 产业链韧性) and Latin text as lower-cased words.
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL})
     ON EACH [n.name, n.nameEn, n.aliasesText, n.summaryZh, n.summaryEn]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false}}`,
];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
}
