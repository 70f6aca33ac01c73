// The view's documents: the default for a link without `docs`, what is sent to the API, the colours.
import { describe, expect, it } from "vitest";
import type { DocumentSummary } from "../../../server/src/api/documents.ts";
import { defaultDocuments, documentColors, effectiveDocuments } from "../../../client/src/graph/documents-choice.ts";

const doc = (id: string, firstLoadedAt: string | null, loaded = true): DocumentSummary => ({
  id,
  file: `${id}.zh.txt`,
  title: null,
  titleEn: null,
  present: true,
  loaded,
  version: "1",
  nodes: 1,
  relationships: 0,
  status: "curated",
  language: "zh",
  firstLoadedAt,
});

describe("documents choice", () => {
  it("defaults to the document loaded first, whatever was imported after it", () => {
    const list = [
      doc("a-imported", "2026-12-02T10:00:00Z"),
      doc("z-seed", "2026-11-01T09:00:00Z"),
      doc("m-not-loaded", "2026-10-01T09:00:00Z", false),
    ];
    expect(defaultDocuments(list)).toEqual(["z-seed"]);
    // Same time (one seed run): by id.
    expect(defaultDocuments([doc("b", "t"), doc("a", "t")])).toEqual(["a"]);
    expect(defaultDocuments([])).toBeNull();
  });

  it("sends the choice, else the default; every loaded document is no filter", () => {
    const loaded = ["a", "b", "c"];
    expect(effectiveDocuments(undefined, ["a"], loaded)).toEqual(["a"]);
    expect(effectiveDocuments([], ["a"], loaded)).toBeNull();
    expect(effectiveDocuments(["b", "c"], ["a"], loaded)).toEqual(["b", "c"]);
    expect(effectiveDocuments(["a", "b", "c"], ["a"], loaded)).toBeNull();
    // A document deleted since the link was made is left out; only such documents: the default.
    expect(effectiveDocuments(["b", "gone"], ["a"], loaded)).toEqual(["b"]);
    expect(effectiveDocuments(["gone"], ["a"], loaded)).toEqual(["a"]);
    // With one document loaded its default is everything.
    expect(effectiveDocuments(undefined, ["a"], ["a"])).toBeNull();
  });

  it("gives each document a stable colour by id, distinct for the first twelve", () => {
    const c = documentColors(["b", "a", "c"]);
    expect(c.get("a")).toBe(documentColors(["a"]).get("a"));
    expect(new Set(c.values()).size).toBe(3);
    const many = documentColors(Array.from({ length: 12 }, (_, i) => `d${String(i).padStart(2, "0")}`));
    expect(new Set(many.values()).size).toBe(12);
  });
});
