// zh or en, by the share of CJK characters among letters: a Chinese paper quoting English names stays zh.
export function detectLanguage(text: string): "zh" | "en" {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > 0 && cjk * 3 >= latin ? "zh" : "en";
}
