// Authoring helper: find where a phrase (or a sentence id) is in a source document, to write locators.
//   npx tsx graph-seed/tools/locate.ts <doc-id> <phrase | sentence-id> [more…]
// Prints "sentence@start-end" (code points, half-open) for every occurrence, with the sentence for context.
// The output is for the author's terminal only: never paste sentences into the repository.
import { findPhrase, readSourceDocument, sentenceLookup } from "../src/document/index.ts";
import type { ParsedDocument } from "../src/document/index.ts";
import { sourcesDirFrom } from "../src/config.ts";

const sourcesDir = sourcesDirFrom(process.env);

function describe(doc: ParsedDocument, query: string): string[] {
  const lookup = sentenceLookup(doc);
  const s = lookup.get(query);
  if (s) return [`${s.id} [${s.role}, ${s.length} code points] ${s.text}`];
  const hits = findPhrase(doc, query);
  if (hits.length === 0) return [`(no match for "${query}")`];
  return hits.map((h) => `${h.sentenceId}@${h.start}-${h.end}    ${lookup.text(h.sentenceId)}`);
}

async function main(): Promise<void> {
  const [docId, ...queries] = process.argv.slice(2);
  if (!docId || queries.length === 0) {
    console.error("usage: npx tsx graph-seed/tools/locate.ts <doc-id> <phrase | sentence-id> [more…]");
    process.exitCode = 2;
    return;
  }
  const { document } = await readSourceDocument(sourcesDir, docId);
  for (const q of queries) {
    console.log(`# ${q}`);
    for (const line of describe(document, q)) console.log(line);
  }
}

await main();
