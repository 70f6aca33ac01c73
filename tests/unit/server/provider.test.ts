import { describe, expect, it } from "vitest";
import {
  acquireNeo4j,
  NoNeo4jAvailableError,
  type ProviderOptions,
} from "../../../graph-seed/src/database/provider.ts";

const base: ProviderOptions = {
  repoRoot: "/nonexistent",
  username: "neo4j",
  password: "",
  database: "neo4j",
  provider: "auto",
  image: "neo4j:5.26-community",
  localHome: "/nonexistent/neo4j",
  localHeap: "512m",
  localPagecache: "64m",
};

const nothing = {
  dockerAvailable: async () => false,
  javaMajor: async () => null,
  mavenAvailable: async () => false,
};

describe("choosing a Neo4j", () => {
  it("uses NEO4J_URI as is when set, without probing Docker, Java or Maven", async () => {
    const probed: string[] = [];
    const target = await acquireNeo4j({
      ...base,
      uri: "neo4j+s://example.databases.test",
      username: "u",
      password: "p",
      database: "graph",
      probes: {
        dockerAvailable: async () => (probed.push("docker"), true),
        javaMajor: async () => (probed.push("java"), 17),
        mavenAvailable: async () => (probed.push("mvn"), true),
      },
    });
    expect(target.kind).toBe("env");
    expect(target.uri).toBe("neo4j+s://example.databases.test");
    expect([target.username, target.password, target.database]).toEqual(["u", "p", "graph"]);
    expect(probed).toEqual([]);
  });

  it("fails within seconds with one message naming the three ways when none is available", async () => {
    const t0 = Date.now();
    const err = await acquireNeo4j({ ...base, probes: nothing }).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(err).toBeInstanceOf(NoNeo4jAvailableError);
    const message = (err as Error).message;
    expect(message).toMatch(/a\. set NEO4J_URI/);
    expect(message).toMatch(/b\. a running Docker engine/);
    expect(message).toMatch(/c\. Java 17\+ and Maven/);
    expect(message).toMatch(/no java found/);
  });

  it("says when Java is too old for the local Neo4j", async () => {
    const err = await acquireNeo4j({
      ...base,
      probes: { ...nothing, javaMajor: async () => 11, mavenAvailable: async () => true },
    }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(NoNeo4jAvailableError);
    expect((err as Error).message).toMatch(/java 11 found, too old/);
  });

  it("refuses NEO4J_PROVIDER=docker when no Docker engine answers, instead of silently going local", async () => {
    const err = await acquireNeo4j({
      ...base,
      provider: "docker",
      probes: { ...nothing, javaMajor: async () => 17, mavenAvailable: async () => true },
    }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(NoNeo4jAvailableError);
    expect((err as Error).message).toMatch(/NEO4J_PROVIDER=docker/);
  });
});
