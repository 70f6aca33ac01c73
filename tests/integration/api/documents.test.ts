import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, seeded } from "./_api.ts";

const DOC = "beijing-industrial-chain-resilience";

describe("documents", () => {
  const { driver, app } = apiFixture();
  const bare = apiFixture({ sourcesDir: "/nonexistent-sources" });
  beforeAll(() => seeded(driver));
  afterAll(async () => {
    await driver.close();
    await bare.driver.close();
  });

  it("lists the loaded document, present in SOURCES_DIR, with its counts and titles", async () => {
    const res = await request(app).get("/api/documents").expect(200);
    const d = res.body.documents.find((x: { id: string }) => x.id === DOC);
    expect(d).toMatchObject({ present: true, loaded: true, file: `${DOC}.zh.txt` });
    expect(d.nodes).toBeGreaterThan(0);
    expect(d.title).toContain("韧性");
    expect(d.titleEn).toBeTruthy();
  });

  it("serves sections, paragraphs and sentences with ids and text, consistent with each other", async () => {
    const res = await request(app).get(`/api/documents/${DOC}`).expect(200);
    expect(res.body.sections.length).toBeGreaterThan(0);
    const sentenceIds = new Set(res.body.sentences.map((s: { id: string }) => s.id));
    for (const p of res.body.paragraphs) for (const s of p.sentenceIds) expect(sentenceIds.has(s)).toBe(true);
    expect(res.body.sentences.every((s: { text: string }) => s.text.length > 0)).toBe(true);
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("says the source is absent with NOT_FOUND and reason SOURCE_ABSENT, and lists it as not present", async () => {
    const res = await request(bare.app).get(`/api/documents/${DOC}`).expect(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    expect(res.body.error.details.reason).toBe("SOURCE_ABSENT");
    expect(res.body.error.message).not.toContain("/nonexistent-sources");
    const list = await request(bare.app).get("/api/documents").expect(200);
    expect(list.body.documents.find((x: { id: string }) => x.id === DOC)).toMatchObject({
      present: false,
      loaded: true,
    });
  });

  it("answers unknown documents with NOT_FOUND and path tricks with BAD_REQUEST", async () => {
    expect((await request(app).get("/api/documents/no-such-doc").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect(
      (
        await request(app)
          .get(`/api/documents/${encodeURIComponent("../../etc/passwd")}`)
          .expect(400)
      ).body.error.code,
    ).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/documents/UPPER").expect(400)).body.error.code).toBe("BAD_REQUEST");
  });
});
