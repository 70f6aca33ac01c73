// .docx written by the docx package (as Word would write it) read back: headings, paragraphs in order,
// numbered lists with their numbers, tables, Chinese text.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../../graph-seed/src/read/index.ts";

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "numbers",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("reading .docx", () => {
  it("reads headings, paragraphs, a numbered list and a table in document order", async () => {
    const bytes = await docx([
      new Paragraph({ text: "Rural plan", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun("A paragraph with "), new TextRun({ text: "bold", bold: true }), new TextRun(" words.")],
      }),
      new Paragraph({ text: "Raise incomes.", numbering: { reference: "numbers", level: 0 } }),
      new Paragraph({ text: "Improve services.", numbering: { reference: "numbers", level: 0 } }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("2020")] }),
              new TableCell({ children: [new Paragraph("60%")] }),
            ],
          }),
        ],
      }),
      new Paragraph("The last paragraph."),
    ]);
    const read = await readDocument(bytes, "plan.docx");
    expect(read.format).toBe("docx");
    expect(read.text.split("\n")).toEqual([
      "Rural plan",
      "A paragraph with bold words.",
      "1. Raise incomes.",
      "2. Improve services.",
      "2020",
      "60%",
      "The last paragraph.",
    ]);
    expect(read.language).toBe("en");
  });

  it("reads Chinese paragraphs as they were written", async () => {
    const lines = ["一、总体要求", "（一）指导思想。坚持农业农村优先发展。", "到2020年，制度框架基本形成。"];
    const read = await readDocument(await docx(lines.map((l) => new Paragraph(l))), "意见.docx");
    expect(read.text).toBe(lines.join("\n"));
    expect(read.language).toBe("zh");
  });
});
