// Every bad input the reader refuses, each with its stable code (the wording may change; the code may not).
import { describe, expect, it } from "vitest";
import { readDocument, ReadError, type ReadErrorCode } from "../../../graph-seed/src/read/index.ts";
import { undecodableShare } from "../../../graph-seed/src/read/pdf.ts";
import { buildPdf } from "./_pdf-builder.ts";
import { buildZip, minimalDocxFiles, wordParagraph } from "./_zip-builder.ts";

async function codeOf(bytes: Uint8Array, name: string, opts = {}): Promise<ReadErrorCode | "none"> {
  try {
    await readDocument(bytes, name, opts);
    return "none";
  } catch (e) {
    if (e instanceof ReadError) return e.code;
    throw e;
  }
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("readDocument refuses bad input with a stable code", () => {
  it("refuses an empty file", async () => {
    expect(await codeOf(new Uint8Array(0), "empty.txt")).toBe("READ_EMPTY");
  });

  it("refuses a file of whitespace, and an HTML page with nothing but script", async () => {
    expect(await codeOf(utf8(" \n\t\r\n　\n"), "blank.txt")).toBe("READ_EMPTY");
    expect(await codeOf(utf8("<html><script>var a = 1;</script><style>p{}</style></html>"), "s.html")).toBe(
      "READ_EMPTY",
    );
  });

  it("refuses a file over the size limit, before looking at its bytes", async () => {
    expect(await codeOf(utf8("x".repeat(2048)), "big.txt", { maxBytes: 1024 })).toBe("READ_TOO_LARGE");
    // 25 MB by default
    expect(await codeOf(new Uint8Array(25 * 1024 * 1024 + 1).fill(0x61), "big.pdf")).toBe("READ_TOO_LARGE");
  });

  it("refuses an unknown extension, and a file without one", async () => {
    expect(await codeOf(utf8("text"), "paper.rtf")).toBe("READ_UNKNOWN_FORMAT");
    expect(await codeOf(utf8("text"), "paper.doc")).toBe("READ_UNKNOWN_FORMAT");
    expect(await codeOf(utf8("text"), "paper")).toBe("READ_UNKNOWN_FORMAT");
  });

  it("refuses a .pdf that is not a PDF, a .docx that is not a zip, and a binary .txt", async () => {
    expect(await codeOf(utf8("just some text"), "fake.pdf")).toBe("READ_FORMAT_MISMATCH");
    expect(await codeOf(utf8("just some text"), "fake.docx")).toBe("READ_FORMAT_MISMATCH");
    expect(await codeOf(buildPdf({ pages: [[{ text: "Hello", x: 72, y: 700 }]] }), "paper.txt")).toBe(
      "READ_FORMAT_MISMATCH",
    );
    expect(await codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "a.md")).toBe(
      "READ_FORMAT_MISMATCH",
    );
  });

  it("refuses a zip that holds no Word document, and an old binary .doc renamed .docx", async () => {
    const zip = buildZip([{ name: "content.xml", data: Buffer.from("<x/>") }]);
    expect(await codeOf(zip, "sheet.docx")).toBe("READ_FORMAT_MISMATCH");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await codeOf(ole, "old.docx")).toBe("READ_FORMAT_MISMATCH");
  });

  it("refuses text in no encoding it detects (Latin-1 bytes that are neither UTF-8 nor plausible GB18030)", async () => {
    const latin1 = new Uint8Array(Buffer.from("Caf\xe9 \xe0 la cr\xe8me, na\xefve \xa9 \xff\xfe\xfd", "latin1"));
    expect(await codeOf(latin1, "menu.txt")).toBe("READ_UNDECODABLE");
    expect(await codeOf(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), "bad-bom.txt")).toBe("READ_UNDECODABLE");
  });

  it("refuses a PDF that needs a password", async () => {
    const pdf = buildPdf({ pages: [[{ text: "Secret", x: 72, y: 700 }]], encrypted: true });
    expect(await codeOf(pdf, "locked.pdf")).toBe("READ_PDF_ENCRYPTED");
  });

  it("refuses a PDF without a text layer, saying OCR is not supported", async () => {
    const scan = buildPdf({ pages: [[], []] });
    await expect(readDocument(scan, "scan.pdf")).rejects.toMatchObject({
      code: "READ_PDF_NO_TEXT",
      message: expect.stringContaining("scanned PDF: no text to read; OCR is not supported"),
    });
  });

  it("refuses a scan whose only text is a stamped page number or running head", async () => {
    const stamped = buildPdf({
      pages: [1, 2, 3].map((n) => [
        { text: "SCANNED BY OFFICE", x: 72, y: 800, size: 9 },
        { text: String(n), x: 290, y: 30, size: 9 },
      ]),
    });
    expect(await codeOf(stamped, "stamped.pdf")).toBe("READ_PDF_NO_TEXT");
  });

  it("calls a text layer of private-use characters (fonts without a Unicode map) unreadable", () => {
    expect(undecodableShare(["\uE001\uE002\uE003 \uE004", "ab"])).toBeCloseTo(4 / 6);
    expect(undecodableShare(["普通的文字", "plain text"])).toBe(0);
  });

  it("refuses a damaged PDF", async () => {
    expect(await codeOf(utf8("%PDF-1.7\nthis is not a body at all\n%%EOF"), "broken.pdf")).toBe("READ_PDF_DAMAGED");
  });

  it("refuses a .docx zip bomb by the sizes its central directory declares, before inflating", async () => {
    const files = minimalDocxFiles(wordParagraph("hello"));
    // 60 MB of zeros deflate to ~60 KB: the archive is small, its content is not.
    files.push({ name: "word/media/filler.bin", data: Buffer.alloc(60 * 1024 * 1024) });
    const zip = buildZip(files);
    expect(zip.length).toBeLessThan(200_000);
    expect(await codeOf(zip, "bomb.docx")).toBe("READ_DOCX_TOO_LARGE");
    // a lower limit catches a smaller one
    const small = buildZip(minimalDocxFiles(wordParagraph("x".repeat(5000))));
    expect(await codeOf(small, "small.docx", { maxDocxUncompressedBytes: 1000 })).toBe("READ_DOCX_TOO_LARGE");
  });

  it("refuses a .docx whose document part inflates beyond the size it declares", async () => {
    const files = minimalDocxFiles(wordParagraph("y".repeat(200_000)));
    files[2]!.declaredSize = 1000;
    expect(await codeOf(buildZip(files), "liar.docx")).toBe("READ_DOCX_TOO_LARGE");
  });

  it("refuses a truncated .docx as damaged", async () => {
    const zip = buildZip(minimalDocxFiles(wordParagraph("hello")));
    expect(await codeOf(zip.subarray(0, zip.length - 30), "cut.docx")).toBe("READ_DOCX_DAMAGED");
  });

  it("reads the same documents when nothing is wrong with them (the fixtures are not broken by themselves)", async () => {
    expect((await readDocument(buildZip(minimalDocxFiles(wordParagraph("hello world"))), "ok.docx")).text).toBe(
      "hello world",
    );
    expect((await readDocument(buildPdf({ pages: [[{ text: "Hello world.", x: 72, y: 700 }]] }), "ok.pdf")).text).toBe(
      "Hello world.",
    );
  });
});
