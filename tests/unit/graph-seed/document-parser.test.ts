// The parser on small synthetic documents: numbering, segmentation and the two print-layout repairs.
import { describe, expect, it } from "vitest";
import type { DocumentError } from "../../../graph-seed/src/document/index.ts";
import { findPhrase, parseDocument, resolveLocator, sentenceLookup } from "../../../graph-seed/src/document/index.ts";

// Synthetic text written for the test (not from any source document).
const SYNTHETIC = [
  "",
  "测试文档的标题",
  "",
  "■ 张三",
  "",
  "摘要：这是摘要第一句。这是摘要第二句。",
  "",
  "关键词：甲乙 丙丁 戊己",
  "",
  "引言的一句话。",
  "",
  "一、第一部分的标题",
  "",
  "（一）第一小节",
  "",
  "小节正文开始，跨页断",
  "",
  "开的句子在这里结束。另一句！",
  "",
  "(二)半角括号的小节",
  "",
  "这一段被脚注打",
  "",
  "基金项目：某某基金（编号：X1）。",
  "",
  "断了，但仍是同一段。他说：“好。”然后离开？",
  "",
  "二、第二部分",
  "",
  "部分引言；分号不切分。",
  "",
  "第一，要点一的标题。要点一的正文。",
  "",
  "第二，要点二跨",
  "",
  "页的标题。正文。■",
  "",
  "参考文献：",
  "",
  "[1]某书[M].北京：某出版社，2020.",
  "",
  "(作者单位：某研究院)",
  "",
  "责任编辑：李四",
].join("\n");

describe("parseDocument", () => {
  const doc = parseDocument(SYNTHETIC, "synthetic");
  const text = (id: string) => sentenceLookup(doc).text(id);

  it("extracts title, author, affiliation, editor and keywords as metadata", () => {
    expect(doc.metadata).toEqual({
      title: "测试文档的标题",
      author: "张三",
      affiliation: "某研究院",
      editor: "李四",
      keywords: ["甲乙", "丙丁", "戊己"],
    });
  });

  it("keeps abstract, keywords and references out of the body", () => {
    expect(text("abstract.2")).toBe("这是摘要第二句。");
    expect(sentenceLookup(doc).get("abstract.1")?.role).toBe("abstract");
    expect(doc.notes.filter((n) => n.kind === "reference").map((n) => n.id)).toEqual(["ref1"]);
    const body = doc.sentences
      .filter((s) => s.role === "body")
      .map((s) => s.text)
      .join("");
    expect(body).not.toContain("摘要");
    expect(body).not.toContain("某出版社");
    expect(body).not.toContain("责任编辑");
  });

  it("numbers sections 一、 / （一） / (二) with ASCII parentheses / 第一，", () => {
    expect(doc.sections.map((s) => `${s.id}:${s.numbering}`)).toEqual([
      "s0:",
      "s1:一、",
      "s1.1:（一）",
      "s1.2:(二)",
      "s2:二、",
      "s2.1:第一，",
      "s2.2:第二，",
    ]);
    expect(doc.sections.find((s) => s.id === "s2.2")?.title).toBe("要点二跨页的标题");
    expect(text("s1.2.h")).toBe("半角括号的小节");
  });

  it("joins a paragraph broken mid-sentence across a page break", () => {
    expect(text("s1.1.p1.1")).toBe("小节正文开始，跨页断开的句子在这里结束。");
    expect(text("s1.1.p1.2")).toBe("另一句！");
    expect(doc.paragraphs.filter((p) => p.sectionId === "s1.1")).toHaveLength(1);
    expect(doc.repairs).toContainEqual({ kind: "joined-page-break", lines: [16, 18] });
  });

  it("does not join a heading to the line after it", () => {
    expect(text("s1.h")).toBe("第一部分的标题");
    expect(text("s1.1.h")).toBe("第一小节");
  });

  it("lifts the funding footnote out of the paragraph it interrupts and keeps it as a note", () => {
    expect(text("s1.2.p1.1")).toBe("这一段被脚注打断了，但仍是同一段。");
    const fn = doc.notes.find((n) => n.kind === "funding");
    expect(fn).toMatchObject({ id: "fn1", foundInSectionId: "s1.2", sentenceIds: ["fn1.1"] });
    expect(text("fn1.1")).toContain("基金项目");
    expect(doc.sentences.filter((s) => s.role === "body").some((s) => s.text.includes("基金"))).toBe(false);
    expect(doc.repairs).toContainEqual({ kind: "removed-footnote", lines: [24] });
  });

  it("ends sentences at 。！？ taking closing quotes along, and does not split at ；", () => {
    expect(text("s1.2.p1.2")).toBe("他说：“好。”");
    expect(text("s1.2.p1.3")).toBe("然后离开？");
    expect(text("s2.p1.1")).toBe("部分引言；分号不切分。");
  });

  it("drops the end-of-article mark ■ from the last paragraph", () => {
    expect(text("s2.2.p1.2")).toBe("正文。");
  });

  it("gives every sentence a unique URL-safe id", () => {
    const ids = doc.sentences.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe("locators", () => {
  const doc = parseDocument(SYNTHETIC, "synthetic");

  it("finds a phrase as code-point spans and resolves them back", () => {
    const [m] = findPhrase(doc, "跨页断开");
    expect(m).toEqual({ sentenceId: "s1.1.p1.1", start: 7, end: 11 });
    const r = resolveLocator(doc, { doc: "synthetic", sentence: m!.sentenceId, start: m!.start, end: m!.end });
    expect(r.spanText).toBe("跨页断开");
  });

  it("counts spans in code points, not UTF-16 units", () => {
    const d = parseDocument("标题\n\n𠀀𠀁测试。", "astral");
    expect(findPhrase(d, "测试")).toEqual([{ sentenceId: "s0.p1.1", start: 2, end: 4 }]);
  });

  it("rejects an unknown sentence, a span out of range and a foreign document with a coded error", () => {
    const bad = [
      { doc: "synthetic", sentence: "s9.p1.1", start: 0, end: 1 },
      { doc: "synthetic", sentence: "s1.1.p1.2", start: 0, end: 99 },
      { doc: "other", sentence: "s1.1.p1.2", start: 0, end: 1 },
    ];
    const codes = bad.map((l) => {
      try {
        resolveLocator(doc, l);
        return "resolved";
      } catch (e) {
        return (e as DocumentError).code;
      }
    });
    expect(codes).toEqual(["LOCATOR_UNKNOWN_SENTENCE", "LOCATOR_OUT_OF_RANGE", "LOCATOR_UNKNOWN_DOC"]);
  });
});
