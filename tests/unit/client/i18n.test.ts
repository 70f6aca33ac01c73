// The message catalogue (client/src/ui/i18n.ts) is complete in both languages: every key has a Chinese and an
// English text, neither empty, the English free of Chinese and the Chinese in Chinese (or the same proper
// noun in both, such as PageRank; or symbols, such as "/").
import { describe, expect, it } from "vitest";
import { STRINGS } from "../../../client/src/ui/i18n.ts";

const CJK = /[\u3400-\u9fff]/;

describe("i18n catalogue", () => {
  const entries = Object.entries(STRINGS) as [string, readonly string[]][];

  it("gives every key exactly two non-empty texts, Chinese then English", () => {
    const incomplete = entries.filter(([, v]) => v.length !== 2 || v.some((s) => typeof s !== "string" || !s.trim()));
    expect(incomplete.map(([k]) => k)).toEqual([]);
    expect(entries.length).toBeGreaterThan(50);
  });

  it("has no Chinese in the English texts", () => {
    expect(entries.filter(([, [, en]]) => CJK.test(en!)).map(([k]) => k)).toEqual([]);
  });

  it("leaves no English in the Chinese column (a text differing from its English is Chinese or symbols)", () => {
    const english = ([zh, en]: readonly string[]) => zh !== en && !CJK.test(zh!) && /[A-Za-z]/.test(zh!);
    expect(entries.filter(([, v]) => english(v)).map(([k]) => k)).toEqual([]);
  });
});
