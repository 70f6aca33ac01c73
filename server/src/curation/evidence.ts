// Evidence sent to the write API is checked as the loader checks it: the locator's shape (the seed schema
// already did that), then that it resolves in the source document. Stored in the loader's form, doc#sentence@a-b.
import type { EvidenceInput, PhraseEvidence } from "../api/curation.ts";
import { resolveLocator, type ParsedDocument } from "../../../graph-seed/src/document/index.ts";
import { formatLocator, parseEvidence, parseLocator, type Locator } from "../../../graph-seed/src/model/locator.ts";
import { loadSource } from "../documents/source-documents.ts";
import { badRequest } from "../http/errors.ts";

export interface CheckedEvidence {
  locators: Locator[];
  /** Documents other than `doc` the evidence points into (a cross-document write). */
  foreign: string[];
}

const within = (id: string, hint: string | undefined) => !hint || id === hint || id.startsWith(`${hint}.`);

/**
 * A phrase's one place in the document, as a locator: the sentences inside the hint (a section, paragraph or
 * sentence id) are searched; none or several places (without `occurrence`) is a problem naming what was found.
 */
export function locatePhrase(document: ParsedDocument, doc: string, p: PhraseEvidence): Locator | string {
  const places: Locator[] = [];
  for (const s of document.sentences) {
    if (!within(s.id, p.in)) continue;
    for (let at = s.text.indexOf(p.phrase); at >= 0; at = s.text.indexOf(p.phrase, at + 1)) {
      // Spans count code points, not UTF-16 units.
      const start = Array.from(s.text.slice(0, at)).length;
      places.push({ doc, sentence: s.id, start, end: start + Array.from(p.phrase).length });
    }
  }
  const where = p.in ? `in ${p.in}` : "in the document";
  if (p.in && !document.sentences.some((s) => within(s.id, p.in)))
    return `no section, paragraph or sentence "${p.in}" in document "${doc}"`;
  if (places.length === 0) return `phrase "${p.phrase}" does not occur ${where}`;
  if (p.occurrence !== undefined) {
    const at = places[p.occurrence - 1];
    return at ?? `phrase "${p.phrase}" occurs ${places.length} time(s) ${where}, not ${p.occurrence}`;
  }
  if (places.length > 1)
    return `phrase "${p.phrase}" is ambiguous: it occurs ${places.length} times ${where} (${places
      .slice(0, 5)
      .map((l) => `${l.sentence}@${l.start}-${l.end}`)
      .join(", ")}${places.length > 5 ? ", …" : ""}); narrow "in" or give "occurrence"`;
  return places[0]!;
}

export async function checkEvidence(sourcesDir: string, raw: EvidenceInput, doc: string): Promise<CheckedEvidence> {
  const locators: Locator[] = [];
  const problems: { locator: string; problem: string }[] = [];
  for (const r of raw) {
    if (typeof r !== "string") {
      const d = r.doc ?? doc;
      const src = await loadSource(sourcesDir, d);
      const found = src
        ? locatePhrase(src.document, d, r)
        : `source document "${d}" is absent; the phrase cannot be found`;
      if (typeof found === "string")
        problems.push({ locator: `"${r.phrase}"${r.in ? ` in ${r.in}` : ""}`, problem: found });
      else locators.push(found);
      continue;
    }
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
    throw badRequest(`curation: ${problems.length} evidence item(s) do not resolve in the source`, problems);
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
