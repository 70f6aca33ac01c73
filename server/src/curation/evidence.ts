// Evidence sent to the write API is checked as the loader checks it: the locator's shape (the seed schema
// already did that), then that it resolves in the source document. Stored in the loader's form, doc#sentence@a-b.
import { resolveLocator } from "../../../graph-seed/src/document/index.ts";
import { formatLocator, parseEvidence, parseLocator, type Locator } from "../../../graph-seed/src/model/locator.ts";
import { loadSource } from "../documents/source-documents.ts";
import { badRequest } from "../http/errors.ts";

export interface CheckedEvidence {
  locators: Locator[];
  /** Documents other than `doc` the evidence points into (a cross-document write). */
  foreign: string[];
}

export async function checkEvidence(sourcesDir: string, raw: readonly string[], doc: string): Promise<CheckedEvidence> {
  const locators: Locator[] = [];
  const problems: { locator: string; problem: string }[] = [];
  for (const r of raw) {
    const loc = parseEvidence(r, doc);
    if (!loc) {
      problems.push({ locator: r, problem: "malformed locator" });
      continue;
    }
    const src = await loadSource(sourcesDir, loc.doc);
    if (!src) {
      problems.push({ locator: r, problem: `source document "${loc.doc}" is absent; evidence cannot be checked` });
      continue;
    }
    try {
      resolveLocator(src.document, loc);
      locators.push(loc);
    } catch (e) {
      problems.push({ locator: r, problem: (e as Error).message.replace(/^graph-seed\/document: /, "") });
    }
  }
  if (problems.length > 0)
    throw badRequest(`curation: ${problems.length} evidence locator(s) do not resolve in the source`, problems);
  const foreign = [...new Set(locators.map((l) => l.doc).filter((d) => d !== doc))];
  return { locators, foreign };
}

/** Stored locator strings back to locators (the loader's own form; unparsable ones are dropped). */
export function storedLocators(v: unknown): Locator[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((s) => parseLocator(String(s)) ?? []);
}

/** Locators united in order, without repeats (merge). */
export function uniteLocators(a: readonly Locator[], b: readonly Locator[]): Locator[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((l) => {
    const k = formatLocator(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
