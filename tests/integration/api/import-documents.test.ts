// POST /api/documents, GET and DELETE /api/documents/{id}, GET /api/graph?document=: a user's file becomes an
// evidenced draft graph over HTTP, against the run's Neo4j and a throwaway SOURCES_DIR. Every refusal answers its
// code and leaves the database (fingerprint) and the sources folder as they were.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportAnswerSchema, type ImportAnswer } from "../../../server/src/api/documents.ts";
import { syntheticEnglish } from "../../browser/_render-document.ts";
import { buildPdf } from "../../unit/graph-seed/_pdf-builder.ts";
import { buildZip, minimalDocxFiles, wordParagraph } from "../../unit/graph-seed/_zip-builder.ts";
import { neo4jTarget, testApp, testDriver } from "../_harness.ts";
import { fingerprint, request, seeded, UNTHROTTLED } from "./_api.ts";
import { ruralParagraphs, throwawaySources, uploadFiles } from "./_upload-files.ts";

const TOKEN = "test-editor-token-import-0123456789";
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const IDS = ["upload-en", "upload-txt", "upload-docx", "upload-pdf", "upload-slow", "upload-del", "upload-scan"];

describe("importing a document over HTTP", () => {
  const driver = testDriver();
  let sources: string;
  let files: Awaited<ReturnType<typeof uploadFiles>>;
  let slowTxt: Buffer;
  // Texts no other test uploads: the same bytes twice would be answered as a duplicate.
  let otherTxt: Buffer;
  let delTxt: Buffer;
  // `patient` waits for any import (the 201 path, whatever the machine's load); `hasty` answers 202 at once.
  let patient: ReturnType<typeof testApp>;
  let hasty: ReturnType<typeof testApp>;
  // The wait is bounded by the query timeout (past it the database gate answers 503): the patient app raises both.
  const appWith = (importWaitMs: number) =>
    testApp(driver, {
      ...UNTHROTTLED,
      sourcesDir: sources,
      editor: { token: TOKEN, label: "tester" },
      importWaitMs,
      queryTimeoutMs: Math.max(importWaitMs, 5_000),
    });

  const upload = (
    app: ReturnType<typeof testApp>,
    name: string,
    bytes: Buffer,
    fields: Record<string, string> = {},
  ) => {
    let r = request(app).post("/api/documents").set(AUTH);
    for (const [k, v] of Object.entries(fields)) r = r.field(k, v);
    return r.attach("file", bytes, name);
  };
  const countsInDb = async (id: string) => {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n:Entity {document: $id}) RETURN count(n) AS nodes }
       CALL () { MATCH (:Entity {document: $id})-[r]->() RETURN count(r) AS edges }
       RETURN nodes, edges`,
      { id },
      { database: neo4jTarget().database },
    );
    return { nodes: Number(records[0]!.get("nodes")), edges: Number(records[0]!.get("edges")) };
  };
  const removeAll = async () => {
    await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.document IN $ids DETACH DELETE n WITH count(*) AS _ MATCH (m:SeedLoad) WHERE m.document IN $ids DELETE m",
      { ids: IDS },
      { database: neo4jTarget().database },
    );
  };
  const listing = async () => (await readdir(sources)).sort();

  beforeAll(async () => {
    await seeded(driver);
    await removeAll();
    sources = await throwawaySources();
    const paragraphs = await ruralParagraphs(40);
    files = await uploadFiles(paragraphs);
    const text = (n: number) => Buffer.from(`${paragraphs.slice(0, n).join("\n")}\n`, "utf8");
    slowTxt = text(30);
    otherTxt = text(25);
    delTxt = text(20);
    patient = appWith(120_000);
    hasty = appWith(0);
  }, 180_000);
  afterAll(async () => {
    await removeAll();
    await driver.close();
    await rm(sources, { recursive: true, force: true });
  });

  describe("a file in each format", () => {
    for (const [format, id] of [
      ["txt", "upload-txt"],
      ["docx", "upload-docx"],
      ["pdf", "upload-pdf"],
    ] as const) {
      it(`imports a .${format}: 201 with the counts by type, loaded as a draft, its text in SOURCES_DIR`, async () => {
        const res = await upload(patient, `opinions.${format}`, files[format], { id, titleEn: "Rural opinions" });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        const body = res.body as ImportAnswer;
        expect(body).toMatchObject({ id, status: "draft", duplicate: false });
        expect(body.counts!.nodesByType.Measure).toBeGreaterThan(3);
        expect(await countsInDb(id)).toEqual({ nodes: body.counts!.nodes, edges: body.counts!.edges });
        expect((await stat(path.join(sources, `${id}.zh.txt`))).size).toBeGreaterThan(1000);
        const doc = await request(patient).get(`/api/documents/${id}`).expect(200);
        expect(doc.body.status).toBe("draft");
        expect(doc.body.sections.length).toBeGreaterThan(3);
      });
    }

    it("imports an English .md: stored as <id>.en.txt, its text served by GET /documents/{id}", async () => {
      const md = `# ${syntheticEnglish(40).join("\n\n")}\n`;
      const res = await upload(patient, "report.md", Buffer.from(md, "utf8"), { id: "upload-en" });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect((await stat(path.join(sources, "upload-en.en.txt"))).size).toBeGreaterThan(1000);
      const doc = await request(patient).get("/api/documents/upload-en").expect(200);
      expect(doc.body).toMatchObject({ id: "upload-en", status: "draft", file: "upload-en.en.txt" });
      expect(doc.body.sentences.length).toBeGreaterThan(20);
    });

    it("GET /api/graph?document= answers that document's nodes and the edges among them, nothing else", async () => {
      const res = await request(patient).get("/api/graph?document=upload-docx").expect(200);
      const nodes = res.body.nodes as { key: string; attributes: { document: string } }[];
      const edges = res.body.edges as { source: string; target: string }[];
      expect(nodes.length).toBe((await countsInDb("upload-docx")).nodes);
      expect(nodes.every((n) => n.attributes.document === "upload-docx")).toBe(true);
      const keys = new Set(nodes.map((n) => n.key));
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
      const both = await request(patient).get("/api/graph?document=upload-docx,upload-txt").expect(200);
      expect(both.body.nodes.length).toBe(nodes.length + (await countsInDb("upload-txt")).nodes);
    });

    it("answers the same bytes again with 200 and the document they were imported as, writing nothing", async () => {
      const before = await fingerprint(driver);
      const names = await listing();
      const res = await upload(patient, "again.txt", files.txt, { id: "upload-other" }).expect(200);
      expect(ImportAnswerSchema.parse(res.body)).toMatchObject({ id: "upload-txt", status: "draft", duplicate: true });
      expect(res.body.counts.nodes).toBe((await countsInDb("upload-txt")).nodes);
      expect(await fingerprint(driver)).toEqual(before);
      expect(await listing()).toEqual(names);
    });
  });

  describe("a long import", () => {
    it("answers 202 at once, then GET /documents/{id} reports importing until it is a draft", async () => {
      const res = await upload(hasty, "slow.txt", slowTxt, { id: "upload-slow" }).expect(202);
      expect(ImportAnswerSchema.parse(res.body)).toEqual({
        id: "upload-slow",
        status: "importing",
        counts: null,
        duplicate: false,
      });
      const seen = new Set<string>();
      await expect
        .poll(
          async () => {
            const s = await request(hasty).get("/api/documents/upload-slow").expect(200);
            seen.add(s.body.status);
            return s.body.status;
          },
          { timeout: 120_000, interval: 100 },
        )
        .toBe("draft");
      expect(seen.has("importing")).toBe(true);
      expect((await countsInDb("upload-slow")).nodes).toBeGreaterThan(5);
    });

    it("records a failure after the 202, so that 'failed' and its error survive a restart", async () => {
      const scan = Buffer.from(buildPdf({ pages: [[], []] }));
      await upload(hasty, "scan.pdf", scan, { id: "upload-scan" }).expect(202);
      await expect
        .poll(async () => (await request(hasty).get("/api/documents/upload-scan").expect(200)).body.status, {
          timeout: 60_000,
          interval: 100,
        })
        .toBe("failed");
      // A new app over the same folder: what a restarted server sees.
      const restarted = appWith(0);
      const s = await request(restarted).get("/api/documents/upload-scan").expect(200);
      expect(s.body).toMatchObject({ status: "failed", error: { code: "READ_PDF_NO_TEXT" } });
      expect(s.body.error.message).toContain("OCR is not supported");
      const listed = await request(restarted).get("/api/documents").expect(200);
      expect(listed.body.documents.find((d: { id: string }) => d.id === "upload-scan")?.status).toBe("failed");
      // DELETE forgets the failure.
      await request(restarted).delete("/api/documents/upload-scan").set(AUTH).expect(200);
      await request(restarted).get("/api/documents/upload-scan").expect(404);
      expect((await listing()).some((f) => f.startsWith("upload-scan"))).toBe(false);
    });
  });

  describe("refusals: each answers its code, and the database and SOURCES_DIR stay as they were", () => {
    const bomb = () => {
      const parts = minimalDocxFiles(wordParagraph("hello"));
      parts.push({ name: "word/media/filler.bin", data: Buffer.alloc(60 * 1024 * 1024) });
      return Buffer.from(buildZip(parts));
    };
    const cases: [string, () => ReturnType<typeof upload>, number, string][] = [
      [
        "no token",
        () => request(patient).post("/api/documents").attach("file", files.txt, "a.txt") as never,
        401,
        "UNAUTHORIZED",
      ],
      [
        "a wrong token",
        () =>
          request(patient)
            .post("/api/documents")
            .set({ Authorization: "Bearer not-the-token-at-all" })
            .attach("file", files.txt, "a.txt") as never,
        401,
        "UNAUTHORIZED",
      ],
      [
        "an id holding another text",
        () => upload(patient, "x.txt", otherTxt, { id: "rural-revitalization-2018" }),
        409,
        "IMPORT_ID_EXISTS",
      ],
      [
        "a file over 25 MB",
        () => upload(patient, "big.txt", Buffer.alloc(25 * 1024 * 1024 + 1, 0x61)),
        413,
        "READ_TOO_LARGE",
      ],
      ["an unknown format", () => upload(patient, "plan.doc", Buffer.from("whatever")), 415, "READ_UNKNOWN_FORMAT"],
      ["an empty file", () => upload(patient, "empty.txt", Buffer.alloc(0)), 400, "READ_EMPTY"],
      [
        "an encrypted PDF",
        () =>
          upload(
            patient,
            "locked.pdf",
            Buffer.from(buildPdf({ pages: [[{ text: "Secret", x: 72, y: 700 }]], encrypted: true })),
          ),
        400,
        "READ_PDF_ENCRYPTED",
      ],
      [
        "a scanned PDF",
        () => upload(patient, "scan.pdf", Buffer.from(buildPdf({ pages: [[], []] }))),
        400,
        "READ_PDF_NO_TEXT",
      ],
      ["a zip bomb", () => upload(patient, "bomb.docx", bomb()), 400, "READ_DOCX_TOO_LARGE"],
      [
        "an id that is not kebab-case",
        () => upload(patient, "x.txt", otherTxt, { id: "Not_Kebab" }),
        400,
        "BAD_REQUEST",
      ],
      [
        "no file at all",
        () => request(patient).post("/api/documents").set(AUTH).field("id", "upload-none") as never,
        400,
        "BAD_REQUEST",
      ],
      [
        "a JSON body",
        () => request(patient).post("/api/documents").set(AUTH).send({ id: "upload-json" }) as never,
        400,
        "BAD_REQUEST",
      ],
    ];
    for (const [what, send, status, code] of cases) {
      it(`${what}: ${status} ${code}`, async () => {
        const before = await fingerprint(driver);
        const names = await listing();
        const res = await send();
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        expect(res.body.error.code).toBe(code);
        expect(res.body.error.message).not.toMatch(/\n\s+at /);
        expect(await fingerprint(driver)).toEqual(before);
        expect(await listing()).toEqual(names);
      });
    }
  });

  describe("DELETE /api/documents/{id}", () => {
    it("removes one document's graph and the text its import wrote; every other node and edge stays", async () => {
      const before = await fingerprint(driver);
      const names = await listing();
      const created = await upload(patient, "del.txt", delTxt, { id: "upload-del" }).expect(201);
      expect((await countsInDb("upload-del")).nodes).toBe(created.body.counts.nodes);
      expect(await listing()).toEqual([...names, "upload-del.import.json", "upload-del.zh.txt"].sort());
      await request(patient).delete("/api/documents/upload-del").expect(401);
      const res = await request(patient).delete("/api/documents/upload-del").set(AUTH).expect(200);
      expect(res.body).toEqual({
        id: "upload-del",
        nodes: created.body.counts.nodes,
        relationships: created.body.counts.edges,
        textRemoved: true,
      });
      expect(await fingerprint(driver)).toEqual(before);
      expect(await listing()).toEqual(names);
      await request(patient).delete("/api/documents/upload-del").set(AUTH).expect(404);
      await request(patient).get("/api/documents/upload-del").expect(404);
    });

    it("refuses a hand-curated document: its graph would come back from graph-seed/documents at the next start", async () => {
      const before = await fingerprint(driver);
      const res = await request(patient)
        .delete("/api/documents/beijing-industrial-chain-resilience")
        .set(AUTH)
        .expect(409);
      expect(res.body.error.code).toBe("CONFLICT");
      expect(await fingerprint(driver)).toEqual(before);
    });
  });
});
