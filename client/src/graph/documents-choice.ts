// Which documents the view shows. The URL's `docs` holds the analyst's choice: absent means the default
// document (see defaultDocuments), `docs=all` every document, `docs=a,b` those. Everything that asks the API for
// graph content (overview, search, matrix, ties, paths) sends the effective choice; null means no filter.
import type { DocumentSummary } from "../../../server/src/api/documents.ts";

/** The URL's word for "every document" (document ids are kebab-case, so it is not mistaken for one). */
export const ALL_DOCUMENTS = "all";

/**
 * The first view of a new analyst: the document loaded first (its first load's time, kept through re-loads).
 * That is the paper the deployment was built around and curated; documents imported or added later join the
 * view when the analyst asks (one click on "All documents"), so an import never changes what a link without
 * `docs` shows. Null when nothing is loaded.
 */
export function defaultDocuments(list: readonly DocumentSummary[]): string[] | null {
  const loaded = list.filter((d) => d.loaded);
  if (!loaded.length) return null;
  const first = [...loaded].sort(
    (a, b) => (a.firstLoadedAt ?? "~").localeCompare(b.firstLoadedAt ?? "~") || a.id.localeCompare(b.id),
  )[0]!;
  return [first.id];
}

/**
 * The documents to ask the API for: the choice, else the default; null means every document (no filter).
 * A choice naming every loaded document is "all" too.
 */
export function effectiveDocuments(
  chosen: readonly string[] | undefined,
  fallback: readonly string[] | null,
  loaded: readonly string[],
): string[] | null {
  // A link may name a document deleted since: it is left out (and a choice of only such documents is the default).
  const known = (ids: readonly string[]) => (loaded.length ? ids.filter((d) => loaded.includes(d)) : [...ids]);
  const kept = chosen?.length ? known(chosen) : chosen;
  const pick = kept && (kept.length > 0 || chosen?.length === 0) ? kept : fallback;
  if (!pick || pick.length === 0) return null;
  if (loaded.length > 0 && loaded.every((d) => pick.includes(d))) return null;
  return [...pick];
}

/** Distinct hues that stay apart from the node-type palette's fills when drawn as a thin ring. */
const DOCUMENT_COLORS = [
  "#e6194b",
  "#3cb44b",
  "#4363d8",
  "#f58231",
  "#911eb4",
  "#42d4f4",
  "#f032e6",
  "#9a6324",
  "#469990",
  "#800000",
  "#808000",
  "#000075",
];

/** A colour per document, by its place in the id-sorted list of loaded documents (stable across reloads). */
export function documentColors(ids: readonly string[]): Map<string, string> {
  return new Map([...ids].sort().map((id, i) => [id, DOCUMENT_COLORS[i % DOCUMENT_COLORS.length]!]));
}
