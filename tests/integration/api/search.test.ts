import { request } from "./_api.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFixture, seeded } from "./_api.ts";

describe("search", () => {
  const { driver, app } = apiFixture();
  beforeAll(() => seeded(driver));
  afterAll(() => driver.close());

  it("finds 产业链韧性 from the Chinese substring 韧性, with the match highlighted in the fragment", async () => {
    const res = await request(app).get("/api/search").query({ q: "韧性" }).expect(200);
    const hit = res.body.hits.find((h: { name: string }) => h.name === "产业链韧性");
    expect(hit).toBeTruthy();
    expect(res.body.hits[0].name).toContain("韧性");
    expect(hit.fragment.slice(hit.highlight.start, hit.highlight.end)).toBe("韧性");
    expect(hit.how).toBe("fulltext");
  });

  it("finds English words by prefix, ranking a name above a mention in a summary", async () => {
    const res = await request(app).get("/api/search").query({ q: "resil" }).expect(200);
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.hits[0].nameEn.toLowerCase()).toContain("resil");
    expect(res.body.hits[0].field).toBe("nameEn");
  });

  it("puts the entity named exactly 科技创新 first, above longer names that contain it", async () => {
    const res = await request(app).get("/api/search").query({ q: "科技创新" }).expect(200);
    expect(res.body.hits.length).toBeGreaterThan(1);
    expect(res.body.hits[0].name).toBe("科技创新");
    expect(res.body.hits.slice(1).every((h: { name: string }) => h.name !== "科技创新")).toBe(true);
  });

  it("tolerates a typo in a longer English word", async () => {
    const res = await request(app).get("/api/search").query({ q: "resilence" }).expect(200);
    expect(res.body.hits.some((h: { nameEn: string }) => /resilience/i.test(h.nameEn))).toBe(true);
  });

  it("finds a single Chinese character, which bigrams cannot, by substring", async () => {
    const res = await request(app).get("/api/search").query({ q: "链" }).expect(200);
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.hits.every((h: { how: string }) => h.how === "contains")).toBe(true);
    expect(res.body.hits.some((h: { name: string }) => h.name === "产业链")).toBe(true);
  });

  it("filters by node type and caps with limit, saying it truncated", async () => {
    const res = await request(app).get("/api/search").query({ q: "产业链", types: "Problem", limit: 2 }).expect(200);
    expect(res.body.hits).toHaveLength(2);
    expect(res.body.truncated).toBe(true);
    for (const h of res.body.hits) expect(h.type).toBe("Problem");
  });

  it("treats Lucene syntax as text: wildcards, field names and ranges match nothing, operators break nothing", async () => {
    for (const q of ["*", "*:*", "?", "[*]", "\\", "~~~", "(", '"', ":*", "{!}"]) {
      const res = await request(app).get("/api/search").query({ q });
      expect(res.status, q).toBe(200);
      expect(
        res.body.hits.filter((h: { how: string }) => h.how === "fulltext"),
        q,
      ).toEqual([]);
    }
    for (const q of [
      'a AND (b OR "c',
      "产业链 OR *:*",
      "/re.*/",
      "resil~0.1^99",
      "NOT 产业链",
      "&& ||",
      "[* TO *]",
      "name:*",
    ]) {
      expect((await request(app).get("/api/search").query({ q })).status, q).toBe(200);
    }
  });

  it("refuses a missing, blank or oversize query with BAD_REQUEST", async () => {
    for (const q of [undefined, "   ", "x".repeat(201)]) {
      const res = await request(app)
        .get("/api/search")
        .query(q === undefined ? {} : { q })
        .expect(400);
      expect(res.body.error.code).toBe("BAD_REQUEST");
    }
    expect((await request(app).get("/api/search?q=a&types=Nope").expect(400)).body.error.code).toBe("BAD_REQUEST");
  });
});
