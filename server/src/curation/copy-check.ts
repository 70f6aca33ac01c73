// The project keeps locators, never the source's text (tests/unit/no-source-text.test.ts guards the files). A
// write whose name, summary or alias repeats a long run of the source is still written — a curator may mean a
// short title that happens to be long — but answered with a warning, so the copy is seen before it is exported.
import type { WriteWarning } from "../api/curation.ts";
import type { ParsedDocument } from "../../../graph-seed/src/document/index.ts";
import { loadSource } from "../documents/source-documents.ts";

/** The shortest run of source characters (code points) that counts as copied text. */
export const COPY_RUN = 24;

const FIELDS = ["name", "nameEn", "summaryZh", "summaryEn"] as const;

/** The first run of `COPY_RUN` or more code points of `value` found verbatim in the document, or null. */
export function copiedRun(document: ParsedDocument, value: string, min = COPY_RUN): string | null {
  const chars = Array.from(value);
  if (chars.length < min) return null;
  const text = document.sentences.map((s) => s.text).join("\n");
  for (let i = 0; i + min <= chars.length; i++) {
    const window = chars.slice(i, i + min).join("");
    if (!text.includes(window)) continue;
    let end = i + min; // grow it, so the warning shows the whole copied run
    while (end < chars.length && text.includes(chars.slice(i, end + 1).join(""))) end++;
    return chars.slice(i, end).join("");
  }
  return null;
}

/** Warnings for each field of the written node that copies a run of its document's text. */
export async function copyWarnings(
  sourcesDir: string,
  doc: string,
  properties: Record<string, unknown> | undefined,
): Promise<WriteWarning[]> {
  if (!properties) return [];
  const src = await loadSource(sourcesDir, doc);
  if (!src) return [];
  const values: [string, string][] = [
    ...FIELDS.map((f): [string, string] => [f, String(properties[f] ?? "")]),
    ...(Array.isArray(properties.aliases)
      ? properties.aliases.map((a, i): [string, string] => [`aliases[${i}]`, String(a)])
      : []),
  ];
  return values.flatMap(([field, value]) => {
    const run = copiedRun(src.document, value);
    if (!run) return [];
    return [
      {
        code: "COPIES_SOURCE" as const,
        field,
        message: `${field} repeats ${Array.from(run).length} characters of the source's text (${COPY_RUN} or more); the project keeps locators, not the text — write it in your own words`,
      },
    ];
  });
}
