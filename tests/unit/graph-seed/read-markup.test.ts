// Markdown and HTML: the words a reader sees, one paragraph per line, no markup.
import { describe, expect, it } from "vitest";
import { encodeGb18030 } from "../../_gb18030.ts";
import { readDocument } from "../../../graph-seed/src/read/index.ts";

const read = async (s: string, name: string) => (await readDocument(new Uint8Array(Buffer.from(s, "utf8")), name)).text;

describe("reading .md", () => {
  it("keeps heading text, list numbering and paragraph words; drops the markup", async () => {
    const md = [
      "---",
      "title: front matter is dropped",
      "---",
      "# Rural *revitalization* plan #",
      "",
      "The plan has **three** goals, see [the annex](https://example.org/annex) and `code`.",
      "Its wrapped second line joins the paragraph.",
      "",
      "1. Raise incomes.",
      "2. Improve ![a picture](x.png) services",
      "   in villages.",
      "- a bullet item",
      "- [x] a task item",
      "",
      "> A quoted line.",
      "",
      "| Year | Target |",
      "| ---- | ------ |",
      "| 2020 | 60% |",
      "",
      "***",
      "Setext heading",
      "==============",
      "```",
      "kept   as   code",
      "```",
      "[annex]: https://example.org/annex",
    ].join("\n");
    expect((await read(md, "plan.md")).split("\n")).toEqual([
      "Rural revitalization plan",
      "The plan has three goals, see the annex and code. Its wrapped second line joins the paragraph.",
      "1. Raise incomes.",
      "2. Improve a picture services in villages.",
      "a bullet item",
      "a task item",
      "A quoted line.",
      "Year Target",
      "2020 60%",
      "Setext heading",
      "kept as code",
    ]);
  });

  it("joins the wrapped lines of a Chinese paragraph without spaces, and keeps （一） numbering", async () => {
    expect(await read("## 一、总体要求\n\n（一）指导思想。坚持农业\n农村优先发展。\n", "zh.md")).toBe(
      "一、总体要求\n（一）指导思想。坚持农业农村优先发展。",
    );
  });
});

describe("reading .html", () => {
  it("makes block elements paragraphs and drops script, style and navigation", async () => {
    const html = `<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
      <h1>Rural plan</h1><p>First paragraph with <b>bold</b> and a <a href="https://x.org">link</a>.</p>
      <div>A div block.</div><script>document.write("no")</script>
      <ol><li>First item</li><li>Second item</li></ol><ul><li>Bullet</li></ul>
      <table><tr><th>Year</th><th>Target</th></tr><tr><td>2020</td><td>60%</td></tr></table>
      <p>Line one<br>line two &amp; more</p></body></html>`;
    expect((await read(html, "page.html")).split("\n")).toEqual([
      "Rural plan",
      "First paragraph with bold and a link.",
      "A div block.",
      "1. First item",
      "2. Second item",
      "Bullet",
      "Year Target",
      "2020 60%",
      "Line one",
      "line two & more",
    ]);
  });

  it("drops the source file's line breaks between Chinese characters, and honours a GBK charset declaration", async () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>推进农业\n      现代化</p></body></html>';
    const encoded = encodeGb18030(html);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(encoded)).toThrow();
    const r = await readDocument(encoded, "gov.htm");
    expect(r.text).toBe("推进农业现代化");
    expect(r.encoding).toBe("gb18030");
  });
});
