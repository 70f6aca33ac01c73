// Source documents, fetched once each, indexed by sentence so locators ("doc#sentence@start-end", code points)
// resolve to text on the client, and rendered as a reader pane with the cited span highlighted. The grammar and
// the span cutting are graph-seed's (model/locator.ts, pure): the reader holds the whole document anyway, so it
// resolves here, with the same functions the server uses, instead of asking the server once per citation.
import { parseLocator, spanProblem, splitAtSpan, type Locator } from "../../../graph-seed/src/model/locator.ts";
import type { ApiClient, DocumentDetail } from "../api/index.ts";
import { h } from "./dom.ts";

const cache = new Map<string, Promise<DocumentDetail>>();

export function loadDocument(api: ApiClient, id: string): Promise<DocumentDetail> {
  let p = cache.get(id);
  if (!p) {
    p = api.document(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

export interface ResolvedSpan {
  locator: Locator;
  before: string;
  span: string;
  after: string;
}

export async function resolveLocator(api: ApiClient, text: string): Promise<ResolvedSpan | null> {
  const loc = parseLocator(text);
  if (!loc) return null;
  try {
    const doc = await loadDocument(api, loc.doc);
    const s = doc.sentences.find((x) => x.id === loc.sentence);
    if (!s || spanProblem(loc.start, loc.end, s.length)) return null;
    return { locator: loc, ...splitAtSpan(s.text, loc.start, loc.end) };
  } catch {
    return null;
  }
}

export function quote(before: string, span: string, after: string): HTMLElement {
  return h("blockquote.evidence-text", {}, before, h("mark.cited", {}, span), after);
}

/**
 * The whole document as a reader: sections with their headings, paragraphs of sentences; the cited sentence
 * is marked, its span highlighted, and the pane (not the page) scrolls to it.
 */
export async function renderReader(api: ApiClient, pane: HTMLElement, locatorText: string): Promise<void> {
  const loc = parseLocator(locatorText);
  if (!loc) return;
  // The reader shows the evidence's own document, whichever documents the view shows.
  pane.dataset.document = loc.doc;
  pane.replaceChildren(h("div.reader-loading", {}, "…"));
  pane.dataset.doc = loc.doc; // a span selected here becomes a locator into this document (reader-selection.ts)
  let doc: DocumentDetail;
  try {
    doc = await loadDocument(api, loc.doc);
  } catch (err) {
    pane.replaceChildren(h("div.reader-error", {}, err instanceof Error ? err.message : String(err)));
    return;
  }
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  let target: HTMLElement | null = null;
  const sentenceEl = (sid: string): HTMLElement | null => {
    const s = sentences.get(sid);
    if (!s) return null;
    if (sid !== loc.sentence) return h("span.reader-s", { "data-sentence": sid }, s.text);
    const { before, span, after } = splitAtSpan(s.text, loc.start, loc.end);
    target = h("span.reader-s.cited-sentence", { "data-sentence": sid }, before, h("mark.cited", {}, span), after);
    return target;
  };
  const byRole = (role: string) => doc.sentences.filter((s) => s.role === role).map((s) => s.id);
  const body = h("div.reader-body");
  // Front matter (title, abstract, keywords) lives outside the sections but is cited like any sentence.
  const title = byRole("title");
  body.append(h("h4.reader-title", {}, title.length ? title.map(sentenceEl) : doc.metadata.title));
  const abstract = byRole("abstract");
  if (abstract.length) body.append(h("p.reader-p.abstract", {}, abstract.map(sentenceEl)));
  const keywords = byRole("keywords");
  if (keywords.length) body.append(h("p.reader-p.keywords", {}, keywords.map(sentenceEl)));
  for (const sec of doc.sections) {
    const heading = sec.headingSentenceId ? sentenceEl(sec.headingSentenceId) : null;
    if (heading || sec.title)
      body.append(h(`div.reader-h.level-${sec.level}`, {}, heading ?? `${sec.numbering} ${sec.title}`.trim()));
    for (const pid of sec.paragraphIds) {
      const para = paragraphs.get(pid);
      if (para) body.append(h("p.reader-p", {}, para.sentenceIds.map(sentenceEl)));
    }
  }
  const notes = doc.notes.flatMap((n) => n.sentenceIds);
  if (notes.length)
    body.append(
      h(
        "div.reader-notes",
        {},
        notes.map((sid) => h("p.reader-p.note", {}, sentenceEl(sid))),
      ),
    );
  // Anything cited that none of the above placed (a new role) still shows, at the top.
  if (!target && sentences.has(loc.sentence)) body.prepend(h("p.reader-p", {}, sentenceEl(loc.sentence)));
  pane.replaceChildren(body);
  const found = target as HTMLElement | null;
  if (found) {
    const t = found;
    requestAnimationFrame(() => {
      // The pane is position:relative, so offsetTop is measured from its top.
      pane.scrollTop = Math.max(0, t.offsetTop - pane.clientHeight / 3);
    });
  }
}
