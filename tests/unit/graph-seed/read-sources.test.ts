// The real source documents (read at run time from SOURCES_DIR, never copied) through the reader: as UTF-8 and as
// a GB18030 copy encoded here, they read to the same text; and the fidelity measure the round trips use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../../graph-seed/src/read/index.ts";
import { encodeGb18030 } from "../../_gb18030.ts";
import { characterFidelity, paragraphOrder } from "../../_text-fidelity.ts";
import { sourcesDir } from "./_paths.ts";

const sources = readdirSync(sourcesDir).filter((f) => /\.(zh|en)\.txt$/.test(f));

describe("the source documents through the reader", () => {
  it("has source documents to read", () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of sources) {
    it(`reads ${file} as UTF-8 and as a GB18030 copy to the same text, in Chinese`, async () => {
      const raw = readFileSync(path.join(sourcesDir, file));
      const utf8 = await readDocument(raw, file);
      const gbBytes = encodeGb18030(raw.toString("utf8"));
      const gb = await readDocument(gbBytes, file);
      expect(gb.encoding).toBe("gb18030");
      expect(gb.text).toBe(utf8.text);
      expect(utf8.language).toBe("zh");
      // The normalized text keeps every non-blank line of the file, trimmed.
      const lines = raw
        .toString("utf8")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      expect(utf8.text.split("\n")).toEqual(lines);
    });
  }
});

describe("the round-trip fidelity measure", () => {
  it("is 1 for equal texts and charges missing, extra and moved characters", () => {
    expect(characterFidelity("abc\ndef", "abc\ndef")).toBe(1);
    expect(characterFidelity("abcdefghij", "abcdefghi")).toBeCloseTo(0.9);
    expect(characterFidelity("abcdefghi", "abcdefghiXX")).toBeCloseTo(9 / 11);
    // Moved: only one of the two paragraphs can be in common.
    expect(characterFidelity("aaaa\nbbbb", "bbbb\naaaa")).toBeCloseTo(4 / 9);
  });

  it("finds paragraphs in order and reports one that moved", () => {
    const a =
      "第一段的文字在这里开始，内容较长。\n第二段的文字在这里开始，内容较长。\n第三段的文字在这里开始，内容较长。";
    const [p1, p2, p3] = a.split("\n");
    expect(paragraphOrder(a, a, 8).inOrder).toBe(3);
    expect(paragraphOrder(a, [p1, p3, p2].join("\n"), 8).inOrder).toBe(2);
  });
});
