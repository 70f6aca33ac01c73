// The generalized parser on synthetic texts: numbering styles of Chinese and English papers, run-in headings,
// date lines, English abstracts and sentence splitting. (The seed paper's own shape is in document-real.)
import { describe, expect, it } from "vitest";
import { matchNumbering, parseDocument, splitSentences } from "../../../graph-seed/src/document/index.ts";

const ids = (text: string) => parseDocument(text, "t").sections.map((s) => `${s.id}:${s.level}:${s.title}`);

describe("numbering", () => {
  it("recognises every style with its ordinal", () => {
    const cases: [string, string, number][] = [
      ["第三章 总则", "cn-chapter", 3],
      ["第二节 范围", "cn-section", 2],
      ["十二、加强领导", "cn-part", 12],
      ["（四）完善体系", "cn-paren", 4],
      ["第二，加强协同。", "point", 2],
      ["3. 推进改革", "arabic", 3],
      ["2、推进改革", "arabic", 2],
      ["（3）加强监管", "arabic-paren", 3],
      ["② 加强监管", "circled", 2],
      ["2.3 Scope of work", "decimal", 3],
      ["IV. Measures", "roman", 4],
      ["B. Goals", "upper", 2],
      ["(c) funding rules", "lower-paren", 3],
    ];
    for (const [line, style, ordinal] of cases) expect(matchNumbering(line)).toMatchObject({ style, ordinal });
  });

  it("does not take a figure or a year at the start of a sentence for a numbering", () => {
    for (const line of ["2.82万家企业新注册。", "2018年是开局之年。", "5年来，收入持续增长。", "1.5 million people."])
      expect(matchNumbering(line)).toBeNull();
  });
});

describe("structure", () => {
  it("nests styles by first appearance and closes deeper levels when an outer style returns", () => {
    const text = [
      "标题",
      "一、总体要求",
      "（一）目标",
      "1. 到某年实现目标。",
      "2. 完善制度。",
      "（二）原则",
      "二、任务",
    ].join("\n");
    expect(ids(text)).toEqual([
      "s1:part:总体要求",
      "s1.1:subsection:目标",
      "s1.1.1:point:到某年实现目标",
      "s1.1.2:point:完善制度",
      "s1.2:subsection:原则",
      "s2:part:任务",
    ]);
  });

  it("splits a run-in heading from the paragraph that follows it on the same line", () => {
    const doc = parseDocument("标题\n一、任务\n（一）加强基础。推进某项工作。完善某项制度。", "t");
    const s = doc.sections.find((x) => x.id === "s1.1")!;
    expect(s.title).toBe("加强基础");
    expect(doc.sentences.filter((x) => x.sectionId === "s1.1").map((x) => x.id)).toEqual([
      "s1.1.h",
      "s1.1.p1.1",
      "s1.1.p1.2",
    ]);
  });

  it("keeps a line ending with a colon from swallowing the next line", () => {
    const doc = parseDocument("标题\n目标任务是：\n到某年，实现某目标。", "t");
    expect(doc.paragraphs).toHaveLength(2);
  });

  it("reads chapters and sections", () => {
    expect(ids("标题\n第一章 总则\n第一节 目的\n正文。\n第二节 范围\n第二章 附则")).toEqual([
      "s1:part:总则",
      "s1.1:subsection:目的",
      "s1.2:subsection:范围",
      "s2:part:附则",
    ]);
  });

  it("reads a date line under the title and keeps it out of the body", () => {
    const doc = parseDocument("某某意见\n（2018年1月2日）\n正文第一句。", "t");
    expect(doc.metadata.date).toBe("（2018年1月2日）");
    expect(doc.sentences.map((s) => `${s.id}:${s.role}`)).toEqual(["title:title", "date:date", "s0.p1.1:body"]);
  });

  it("reads an English paper: abstract, keywords, roman parts, lettered sections, footnote", () => {
    const text = [
      "A Plan for Resilient Supply Chains",
      "Abstract: We review the plan. It has two parts.",
      "Keywords: resilience, supply chains",
      "I. Challenges",
      "A. Shortcomings. The lack of skilled workers limits growth.",
      "Note: figures are estimates.",
      "II. Measures",
      "A. Training",
      "We will establish training centres by 2025. Dr. Smith leads them.",
    ].join("\n");
    const doc = parseDocument(text, "t");
    expect(doc.metadata.keywords).toEqual(["resilience", "supply", "chains"]);
    expect(doc.sentences.filter((s) => s.role === "abstract")).toHaveLength(2);
    expect(ids(text)).toEqual([
      "s1:part:Challenges",
      "s1.1:subsection:Shortcomings",
      "s2:part:Measures",
      "s2.1:subsection:Training",
    ]);
    expect(doc.notes.map((n) => n.kind)).toEqual(["funding"]);
    expect(doc.sentences.filter((s) => s.sectionId === "s2.1" && s.role === "body")).toHaveLength(2);
  });
});

describe("English sentences", () => {
  it("splits at a period before a capital, not after an abbreviation, an initial or inside a number", () => {
    expect(
      splitSentences("We will act. Growth was 2.5 per cent. Mr. Li and J. Smith agree, e.g. on cost. Done."),
    ).toEqual(["We will act.", "Growth was 2.5 per cent.", "Mr. Li and J. Smith agree, e.g. on cost.", "Done."]);
  });
});
