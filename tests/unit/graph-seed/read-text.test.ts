// Plain text: encodings detected, paragraphs one per line, normalization deterministic, language by script.
import { describe, expect, it } from "vitest";
import { encodeGb18030 } from "../../_gb18030.ts";
import { detectLanguage, normalizeText, readDocument } from "../../../graph-seed/src/read/index.ts";
import { joinLines } from "../../../graph-seed/src/read/normalize.ts";

const ZH = "乡村振兴是一项长期任务。\n要坚持农业农村优先发展，加快推进农业现代化。";
const bytes = (b: Buffer | string) => new Uint8Array(typeof b === "string" ? Buffer.from(b, "utf8") : b);

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe("reading .txt", () => {
  it("reads UTF-8 with and without a byte-order mark to the same text", async () => {
    const plain = await readDocument(bytes(ZH), "a.txt");
    const bom = await readDocument(bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH)])), "a.txt");
    expect(plain.text).toBe(ZH);
    expect(bom.text).toBe(ZH);
    expect(plain.encoding).toBe("utf-8");
  });

  it("reads UTF-16 little- and big-endian by their byte-order marks", async () => {
    const le = await readDocument(
      bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, "utf16le")])),
      "a.txt",
    );
    const be = await readDocument(bytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ZH)])), "a.txt");
    expect([le.text, le.encoding]).toEqual([ZH, "utf-16le"]);
    expect([be.text, be.encoding]).toEqual([ZH, "utf-16be"]);
  });

  it("detects GB18030/GBK bytes (encoded at test time)", async () => {
    const gb = encodeGb18030(ZH);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gb)).toThrow();
    const read = await readDocument(gb, "gbk.txt");
    expect(read.text).toBe(ZH);
    expect(read.encoding).toBe("gb18030");
    expect(read.language).toBe("zh");
  });

  it("keeps a file with one paragraph per line line by line, blank lines or not", async () => {
    const read = await readDocument(bytes("标题\n\n第一段。\n\n第二段没有结束\n\n而是在下一行继续。\n"), "a.txt");
    expect(read.text.split("\n")).toEqual(["标题", "第一段。", "第二段没有结束", "而是在下一行继续。"]);
  });

  it("joins the lines of a hard-wrapped English file inside each paragraph", async () => {
    const wrapped =
      "The plan sets out measures for\nrural areas and their people.\n\nIt names three goals for the\nnext decade, and a method to\nmeasure them.\n";
    const read = await readDocument(bytes(wrapped), "plan.txt");
    expect(read.text).toBe(
      "The plan sets out measures for rural areas and their people.\nIt names three goals for the next decade, and a method to measure them.",
    );
    expect(read.language).toBe("en");
    expect(read.warnings.join(" ")).toMatch(/hard-wrapped/);
  });
});

describe("normalization", () => {
  it("gives NFC, unified newlines, trimmed lines, collapsed spaces and no empty lines", () => {
    const raw = "  Cafe\u0301  ok \r\n\r\n\t第二行\u3000\u3000内容 \r第三行\u200B\n\n\n";
    expect(normalizeText(raw)).toBe("Café ok\n第二行 内容\n第三行");
  });

  it("maps CJK radicals and the two-em dash a PDF's font map may produce to the characters meant", () => {
    expect(normalizeText("意\u2EC5 \u2F49份 \u2E3A坚持")).toBe("意见 月份 ——坚持");
  });

  it("is deterministic: the same input twice gives the same string, and normalizing twice changes nothing", () => {
    const raw = "A  b\r\n\r\n中\u3000文\n";
    expect(normalizeText(raw)).toBe(normalizeText(raw));
    expect(normalizeText(normalizeText(raw))).toBe(normalizeText(raw));
  });

  it("joins Chinese lines without a space, English with one, and rejoins a hyphenated word", () => {
    expect(joinLines("推进农业", "现代化")).toBe("推进农业现代化");
    expect(joinLines("rural", "areas")).toBe("rural areas");
    expect(joinLines("eco-", "nomic growth")).toBe("economic growth");
    expect(joinLines("well-", "known", (a, b) => `${a}-${b}` === "well-known")).toBe("well-known");
    expect(joinLines("5G", "网络")).toBe("5G网络");
  });
});

describe("language detection", () => {
  it("calls a Chinese text with some English terms zh, and an English text quoting a Chinese title en", () => {
    expect(detectLanguage("推进5G网络和GDP核算改革，支持AI产业发展。").language).toBe("zh");
    expect(
      detectLanguage(
        "The State Council issued 关于实施乡村振兴战略的意见 in January 2018 on rural revitalization strategy.",
      ).language,
    ).toBe("en");
  });

  it("is not confident about a text of digits and symbols", () => {
    expect(detectLanguage("1 2 3 — 4 5 6 %").confident).toBe(false);
  });
});
