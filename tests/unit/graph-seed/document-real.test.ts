// The parser on the real paper, read at run time from SOURCES_DIR: structure, ids and metadata only.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentError, readSourceDocument } from "../../../graph-seed/src/document/index.ts";
import type { SourceDocument } from "../../../graph-seed/src/document/index.ts";
import { PAPER_ID, sourcesDir } from "./_paths.ts";

describe("the real paper", () => {
  let src: SourceDocument;
  beforeAll(async () => {
    src = await readSourceDocument(sourcesDir, PAPER_ID);
  });

  it("yields the same sentence ids on every parse, all unique and URL-safe", async () => {
    const again = await readSourceDocument(sourcesDir, PAPER_ID);
    const ids = src.document.sentences.map((s) => s.id);
    expect(again.document.sentences.map((s) => s.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(ids.length).toBeGreaterThan(80);
  });

  it("has three parts with 3, 3 and 4 sub-sections and 3+2+2+3 numbered points in part 三", () => {
    const children = (id: string) => src.document.sections.find((s) => s.id === id)?.childIds ?? [];
    expect(src.document.sections.filter((s) => s.level === "part").map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect([children("s1").length, children("s2").length, children("s3").length]).toEqual([3, 3, 4]);
    expect(["s3.1", "s3.2", "s3.3", "s3.4"].map((id) => children(id).length)).toEqual([3, 2, 2, 3]);
    expect(src.document.sections.find((s) => s.id === "s3.4")?.numbering).toBe("(四)");
  });

  it("reads title, author, affiliation, editor and four keywords from the text", () => {
    const m = src.document.metadata;
    expect(m.title).toContain("产业链韧性");
    expect(m.author).toBe("邓丽姝");
    expect(m.affiliation).toBe("北京市社会科学院");
    expect(m.editor).not.toBeNull();
    expect(m.keywords).toEqual(["科技创新", "产业链韧性", "产业链安全", "高质量发展"]);
  });

  it("lifts the funding footnote out of part 一(二) and joins every page break", () => {
    const fn = src.document.notes.find((n) => n.kind === "funding");
    expect(fn?.foundInSectionId).toBe("s1.2");
    expect(src.document.sentences.filter((s) => s.role === "body" && s.text.includes("基金项目"))).toEqual([]);
    expect(src.document.repairs.filter((r) => r.kind === "joined-page-break").length).toBe(9);
    expect(src.document.paragraphs.filter((p) => p.sectionId === "s1.2")).toHaveLength(2);
    expect(src.document.notes.filter((n) => n.kind === "reference")).toHaveLength(3);
  });

  it("refuses invalid UTF-8 with an error naming the file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "rg-doc-"));
    await writeFile(path.join(dir, "broken.zh.txt"), Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0x0a]));
    const err = await readSourceDocument(dir, "broken").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).code).toBe("DOC_ENCODING");
    expect((err as DocumentError).message).toContain("broken.zh.txt");
  });
});
