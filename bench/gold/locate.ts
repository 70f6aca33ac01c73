// Turns a list of phrases into gold locators for the extraction benchmark, through the project's own parser:
//   npx tsx bench/gold/locate.ts <doc-id> <phrases-file>  > bench/gold/<doc-id>.json
// Each line of the phrases file (kept outside the repository: it holds the paper's words) is
//   category|tag|phrase        the first occurrence of the phrase (or "phrase#2" for the second)
//   category|tag|@sentence-id  a whole sentence, e.g. a heading "s3.1.h"
// The output holds locators only, never text; check each one by eye with `--show`.
import { readFile } from "node:fs/promises";
import { findPhrase, readSourceDocument, sentenceLookup } from "../../graph-seed/src/document/index.ts";
import { loadBaseConfig } from "../../graph-seed/src/config.ts";

const [docId, phrasesFile, flag] = process.argv.slice(2);
if (!docId || !phrasesFile) throw new Error("usage: locate.ts <doc-id> <phrases-file> [--show]");
const { document: doc } = await readSourceDocument(loadBaseConfig(process.env).sourcesDir, docId);
const lookup = sentenceLookup(doc);
const items: { category: string; tag: string; evidence: string }[] = [];
for (const line of (await readFile(phrasesFile, "utf8")).split("\n")) {
  if (line.trim() === "" || line.startsWith("//")) continue;
  const [category, tag, raw] = line.split("|") as [string, string, string];
  let evidence: string;
  if (raw.startsWith("@")) {
    const s = lookup.get(raw.slice(1));
    if (!s) throw new Error(`no sentence ${raw}`);
    evidence = `${s.id}@0-${s.length}`;
  } else {
    const [phrase, nth] = raw.split("#") as [string, string | undefined];
    const hit = findPhrase(doc, phrase)[Number(nth ?? 1) - 1];
    if (!hit) throw new Error(`phrase not found: ${phrase}`);
    evidence = `${hit.sentenceId}@${hit.start}-${hit.end}`;
  }
  items.push({ category, tag, evidence });
  if (flag === "--show") console.error(`${category.padEnd(10)} ${evidence.padEnd(22)} ${raw}`);
}
console.log(JSON.stringify({ document: docId, source: "bench/gold/locate.ts", items }, null, 2));
