import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrivateDb, type PrivateDb } from "../_local-db.ts";

describe("the local Neo4j launcher", () => {
  let db: PrivateDb;
  beforeAll(async () => {
    db = await startPrivateDb();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("starts Neo4j 5.26 community with Bolt on 127.0.0.1 and answers Cypher without auth", async () => {
    expect(db.current.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(db.current.uri);
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition, 40 + 2 AS answer",
      );
      expect(records[0]?.get("v")).toMatch(/^5\.26\./);
      expect(records[0]?.get("edition")).toBe("community");
      expect(records[0]?.get("answer").toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
  });

  it("refuses LOAD CSV from file URLs at the database itself", async () => {
    const driver = neo4j.driver(db.current.uri);
    try {
      await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row")).rejects.toThrow(
        /file URLs|allow_csv_import_from_file_urls|not allowed/i,
      );
    } finally {
      await driver.close();
    }
  });

  it("stops cleanly when its stdin closes, and keeps the data for the next start on the same port", async () => {
    const uri = db.current.uri;
    let driver = neo4j.driver(uri);
    await driver.executeQuery("CREATE (:Probe {id: 'kept'})");
    await driver.close();

    await db.current.stop();
    expect(await db.current.exited).toBe(0);

    const again = await db.restart();
    expect(again.uri).toBe(uri);
    driver = neo4j.driver(again.uri);
    try {
      const { records } = await driver.executeQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS c");
      expect(records[0]?.get("c").toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });
});
