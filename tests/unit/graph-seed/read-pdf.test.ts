// PDFs laid out like a word processor's (the fixtures are built here, not stored): text in reading order,
// running heads, footers and page numbers gone, paragraphs whole across lines and pages, Chinese through
// pdf.js's bundled CMaps.
import { describe, expect, it } from "vitest";
import { readDocument, type ReadProgress } from "../../../graph-seed/src/read/index.ts";
import { buildPdf, flowPdf } from "./_pdf-builder.ts";

const EN = [
  "Rural revitalization plan",
  "The plan sets out how rural areas will grow over the next decade, and which measures the government will take first so that incomes rise and public services reach every village in the country.",
  "Three goals are named. Each has a year and a number, so that progress can be measured by anyone who reads the annual report and compares it with the targets set out here.",
  "The measures follow: land reform, support for small farms, better roads, clean water, schools and clinics, and a fund that lends to cooperatives on fair terms.",
  "Each measure names the ministry that leads it, the budget it may spend, and the date by which it reports what it has done.",
];
// Written for this test (the repository holds no source text).
const ZH = [
  "关于推进城乡公共服务均等化的若干意见",
  "推进城乡公共服务均等化是一项长期工作，要坚持以人民为中心，统筹教育、医疗、养老和文化服务，逐步缩小城乡之间、区域之间的差距。",
  "到2025年，基层医疗卫生机构标准化建设基本完成，县域内义务教育优质均衡发展取得明显成效；到2030年，基本公共服务水平明显提高。",
  "要健全财政投入保障机制，完善人才激励政策，创新服务供给方式，加快建设覆盖城乡的数字化服务平台。",
];

describe("reading .pdf", () => {
  it("reads Chinese set in a font without embedded glyphs, through the bundled CMaps", async () => {
    const read = await readDocument(buildPdf({ pages: [[{ text: "中文测试：科技创新。", x: 72, y: 700 }]] }), "zh.pdf");
    expect(read.text).toBe("中文测试：科技创新。");
    expect(read.language).toBe("zh");
  });

  it("reads an English document back paragraph for paragraph: heads, footers and page numbers dropped, pages joined", async () => {
    const spec = flowPdf(EN, {
      columns: 50,
      linesPerPage: 7,
      paragraphGap: 0.8,
      header: "Annual report on rural areas",
      footer: (n, total) => `Page ${n} of ${total}`,
    });
    expect(spec.pages.length).toBeGreaterThanOrEqual(3);
    const read = await readDocument(buildPdf(spec), "plan.pdf");
    expect(read.text).toBe(EN.join("\n"));
    expect(read.pages).toBe(spec.pages.length);
    expect(read.warnings.join(" ")).toMatch(/running head/);
    expect(read.warnings.join(" ")).toMatch(/joined \d+ paragraphs split by page breaks/);
  });

  it("reads a Chinese document with indented paragraphs and bare page numbers, joining lines without spaces", async () => {
    const spec = flowPdf(ZH, { columns: 52, linesPerPage: 4, indent: true, footer: (n) => `- ${n} -` });
    const read = await readDocument(buildPdf(spec), "zh.pdf");
    expect(read.text).toBe(ZH.join("\n"));
    expect(read.warnings.join(" ")).toMatch(/page numbers/);
  });

  it("keeps English paragraphs apart when only a first-line indent marks them", async () => {
    // The item fills its one line (46 of the 46⅔ characters left after the indent): only the indent of the next
    // line, after a full stop, says a paragraph begins.
    const paragraphs = [...EN.slice(1), "(a) An item that fills one line to the margin.", "A last paragraph follows."];
    const read = await readDocument(
      buildPdf(flowPdf(paragraphs, { columns: 50, linesPerPage: 12, indent: true })),
      "i.pdf",
    );
    expect(read.text).toBe(paragraphs.join("\n"));
  });

  it("puts lines in reading order whatever order the content stream draws them in", async () => {
    // One paragraph of three lines, drawn bottom line first.
    const lines = ["The first line of the paragraph", "runs on in the second line and", "ends in the third."];
    const items = lines.map((text, i) => ({ text, x: 72, y: 700 - i * 14 })).reverse();
    expect((await readDocument(buildPdf({ pages: [items] }), "order.pdf")).text).toBe(lines.join(" "));
  });

  it("rejoins a word a typesetter hyphenated at the end of a line, and keeps a compound's own hyphen", async () => {
    const page = [
      { text: "The well-known plan supports eco-", x: 72, y: 700 },
      { text: "nomic growth and long-term well-", x: 72, y: 686 },
      { text: "known goals.", x: 72, y: 672 },
    ];
    expect((await readDocument(buildPdf({ pages: [page] }), "hyphen.pdf")).text).toBe(
      "The well-known plan supports economic growth and long-term well-known goals.",
    );
  });

  it("warns when most pages have no text (a partly scanned file)", async () => {
    const read = await readDocument(
      buildPdf({ pages: [[{ text: "A cover page with a title.", x: 72, y: 700 }], [], [], []] }),
      "partly-scanned.pdf",
    );
    expect(read.text).toBe("A cover page with a title.");
    expect(read.warnings.join(" ")).toMatch(/only 1 of 4 pages have text/);
  });

  it("reports progress after every page", async () => {
    const spec = flowPdf(EN, { columns: 50, linesPerPage: 5 });
    const seen: ReadProgress[] = [];
    await readDocument(buildPdf(spec), "p.pdf", { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual(spec.pages.map((_, i) => i + 1));
    expect(seen.every((p) => p.total === spec.pages.length && p.format === "pdf")).toBe(true);
  });

  it("reads the same bytes to the same text every time", async () => {
    const bytes = buildPdf(flowPdf(ZH, { columns: 40, linesPerPage: 5, indent: true }));
    const a = await readDocument(bytes, "a.pdf");
    const b = await readDocument(bytes, "a.pdf");
    expect(b.text).toBe(a.text);
    expect(b.sha256).toBe(a.sha256);
  });
});
