import { readdir, readFile, readlink, stat } from "node:fs/promises";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD_FILE } from "../../../graph-seed/src/database/local-secrets.ts";
import { startPrivateDb, type PrivateDb } from "../_local-db.ts";

/** Local addresses of the TCP sockets a process listens on (from /proc: its socket inodes, then net/tcp*). */
async function listeningAddresses(pid: number): Promise<string[]> {
  const inodes = new Set<string>();
  for (const fd of await readdir(`/proc/${pid}/fd`)) {
    const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
    const m = /^socket:\[(\d+)\]$/.exec(link);
    if (m) inodes.add(m[1]!);
  }
  const out: string[] = [];
  for (const file of ["tcp", "tcp6"]) {
    const text = await readFile(`/proc/${pid}/net/${file}`, "utf8");
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== "0A" || !inodes.has(cols[9]!)) continue; // 0A = LISTEN
      const [hex, port] = cols[1]!.split(":");
      out.push(`${decodeAddress(hex!)}:${parseInt(port!, 16)}`);
    }
  }
  return out;
}

/** /proc/net/tcp* addresses: IPv4 as little-endian hex; Java's IPv6 sockets show IPv4 as ::ffff:a.b.c.d. */
function decodeAddress(hex: string): string {
  const v4 = (h: string) => [3, 2, 1, 0].map((i) => parseInt(h.slice(i * 2, i * 2 + 2), 16)).join(".");
  if (hex.length === 8) return v4(hex);
  if (hex.startsWith("0000000000000000FFFF0000")) return v4(hex.slice(24));
  return `[${hex}]`;
}

describe("the local Neo4j launcher", () => {
  let db: PrivateDb;
  const withAuth = (): Driver => neo4j.driver(db.current.uri, neo4j.auth.basic("neo4j", db.current.password));
  beforeAll(async () => {
    db = await startPrivateDb();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("starts Neo4j 5.26 community and answers Cypher with the password it generated", async () => {
    expect(db.current.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.current.password).toMatch(/^[\w-]{32}$/);
    const driver = withAuth();
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

  it("refuses a connection without the password, or with a wrong one", async () => {
    for (const auth of [undefined, neo4j.auth.basic("neo4j", "neo4j"), neo4j.auth.basic("neo4j", "wrong-password")]) {
      const driver = neo4j.driver(db.current.uri, auth);
      try {
        await expect(driver.executeQuery("RETURN 1")).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
      } finally {
        await driver.close();
      }
    }
  });

  it("keeps the password in the data folder readable by this user only, and the folders private", async () => {
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    expect(await mode(path.join(db.home, PASSWORD_FILE))).toBe(0o600);
    expect(await mode(db.home)).toBe(0o700);
    // What Neo4j itself creates (stores, transaction logs, its own logs) is private too (umask 077).
    const data = path.join(db.home, "data");
    expect(await mode(data)).toBe(0o700);
    const store = path.join(data, "databases", "neo4j", "neostore");
    expect((await mode(store)) & 0o077).toBe(0);
    const figures = { home: (await mode(db.home)).toString(8), data: (await mode(data)).toString(8) };
    console.info(`local neo4j modes: home ${figures.home}, data ${figures.data}, password file 600`);
  });

  it("listens on 127.0.0.1 only: Bolt, and no HTTP connector", async () => {
    const addresses = await listeningAddresses(db.current.pid);
    console.info(`local neo4j listens on: ${addresses.join(", ")}`);
    expect(addresses).toContain(`127.0.0.1:${db.current.port}`);
    expect(addresses.every((a) => a.startsWith("127.0.0.1:"))).toBe(true);
  });

  it("refuses LOAD CSV from file URLs at the database itself", async () => {
    const driver = withAuth();
    try {
      await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row")).rejects.toThrow(
        /file URLs|allow_csv_import_from_file_urls|not allowed/i,
      );
    } finally {
      await driver.close();
    }
  });

  it("runs with a global transaction timeout and memory limits sized from its heap", async () => {
    const conf = await readFile(path.join(db.home, "conf", "neo4j.conf"), "utf8");
    // The private database has a 512m heap: a quarter per transaction, half for all of them.
    expect(conf).toMatch(/^db\.transaction\.timeout=120s$/m);
    expect(conf).toMatch(/^db\.memory\.transaction\.max=128m$/m);
    expect(conf).toMatch(/^db\.memory\.transaction\.total\.max=256m$/m);
    expect(conf).toMatch(/^dbms\.memory\.transaction\.total\.max=256m$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    const cmdline = (await readFile(`/proc/${db.current.pid}/cmdline`, "utf8")).split("\0");
    expect(cmdline).not.toContain("-XX:+ExitOnOutOfMemoryError");
    expect(cmdline.join(" ")).not.toContain(db.current.password);
  });

  it(
    "stops cleanly when its stdin closes, and keeps data and password for the next start on the same port",
    { timeout: 180_000 },
    async () => {
      const uri = db.current.uri;
      const password = db.current.password;
      let driver = withAuth();
      await driver.executeQuery("CREATE (:Probe {id: 'kept'})");
      await driver.close();

      await db.current.stop();
      expect(await db.current.exited).toBe(0);

      const again = await db.restart();
      expect(again.uri).toBe(uri);
      expect(again.password).toBe(password);
      driver = withAuth();
      try {
        const { records } = await driver.executeQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS c");
        expect(records[0]?.get("c").toNumber()).toBe(1);
      } finally {
        await driver.close();
      }
    },
  );
});
