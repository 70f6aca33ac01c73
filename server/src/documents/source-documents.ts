// Parsed source documents from SOURCES_DIR, cached by file mtime, and evidence locators resolved against
// them. An absent file is normal (the text is not part of the project): callers then show locators only.
import { stat } from "node:fs/promises";
import path from "node:path";
import {
  readSourceDocument,
  resolveLocator,
  sourceFileName,
  type SourceDocument,
} from "../../../graph-seed/src/document/index.ts";
import { KEBAB_ID_RE } from "../../../graph-seed/src/model/ids.ts";
import { parseLocator } from "../../../graph-seed/src/model/types.ts";
import type { Evidence } from "../api/nodes.ts";

const cache = new Map<string, { mtimeMs: number; doc: SourceDocument }>();

/** The parsed document, or null when its file is absent or unreadable. Ids are checked: no path tricks. */
export async function loadSource(sourcesDir: string, docId: string): Promise<SourceDocument | null> {
  if (!KEBAB_ID_RE.test(docId)) return null;
  const file = path.join(sourcesDir, sourceFileName(docId));
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) return null;
  const key = `${sourcesDir}\0${docId}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.doc;
  try {
    const doc = await readSourceDocument(sourcesDir, docId);
    cache.set(key, { mtimeMs: st.mtimeMs, doc });
    return doc;
  } catch {
    return null;
  }
}

/** Resolves locator strings; unresolvable ones keep their parts and say why. */
export async function resolveEvidence(sourcesDir: string, locators: readonly string[]): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const locator of locators) {
    const l = parseLocator(locator);
    if (!l) {
      out.push({
        locator,
        doc: null,
        sentenceId: null,
        start: null,
        end: null,
        resolved: false,
        reason: "malformed locator",
      });
      continue;
    }
    const base = { locator, doc: l.doc, sentenceId: l.sentence, start: l.start, end: l.end };
    const src = await loadSource(sourcesDir, l.doc);
    if (!src) {
      out.push({ ...base, resolved: false, reason: "source document absent" });
      continue;
    }
    try {
      const r = resolveLocator(src.document, l);
      out.push({
        ...base,
        resolved: true,
        sentence: r.sentenceText,
        before: r.before,
        span: r.span,
        after: r.after,
        sectionId: r.sentence.sectionId,
        paragraphId: r.sentence.paragraphId,
      });
    } catch (e) {
      out.push({ ...base, resolved: false, reason: (e as Error).message.replace(/^graph-seed\/document: /, "") });
    }
  }
  return out;
}

/** The highlighted span of the first resolvable locator, for short quotes in narratives. */
export async function firstQuote(sourcesDir: string, locators: readonly string[]): Promise<string | null> {
  for (const ev of await resolveEvidence(sourcesDir, locators.slice(0, 3))) if (ev.resolved && ev.span) return ev.span;
  return null;
}
