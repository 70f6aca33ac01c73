// The view state lives in the URL's query string so a link rebuilds the view. Defaults are left out,
// so a fresh page has a clean address. Unknown or malformed values fall back to the default.
import { KEBAB_ID_RE } from "../../../graph-seed/src/model/ids.ts";
import { LANGS, LAYOUTS, PATH_MODES, SIZE_BY, type PathRequest, type Selection, type ViewState } from "./types.ts";
import { PATHS_LIMITS } from "../api/limits.ts";
import { DEFAULT_VIEW } from "./view-state.ts";
import { ALL_DOCUMENTS } from "./documents-choice.ts";

const list = (s: string | null): string[] => (s ? s.split(",").filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[], s: string | null, fallback: T): T =>
  s !== null && (values as readonly string[]).includes(s) ? (s as T) : fallback;

export function encodeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.content.scope === "custom") p.set("n", view.content.nodes.join(","));
  if (view.content.expanded.length) p.set("x", view.content.expanded.join(","));
  if (view.selection) p.set("s", `${view.selection.kind === "node" ? "n" : "e"}:${view.selection.id}`);
  if (view.path)
    p.set(
      "p",
      [
        view.path.from,
        view.path.to,
        view.path.mode,
        String(view.path.k),
        ...(view.path.document ? [view.path.document] : []),
        ...(view.path.directed ? [DIRECTED_FLAG] : []),
        ...(view.path.stated ? [STATED_FLAG] : []),
      ].join(","),
    );
  if (view.query) p.set("q", view.query);
  if (view.layout !== DEFAULT_VIEW.layout) p.set("layout", view.layout);
  if (view.lang !== DEFAULT_VIEW.lang) p.set("lang", view.lang);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) p.set("size", view.sizeBy);
  if (view.filters.hiddenTypes.length) p.set("ht", view.filters.hiddenTypes.join(","));
  if (view.filters.hiddenRels.length) p.set("hr", view.filters.hiddenRels.join(","));
  if (view.filters.minDegree > 0) p.set("md", String(view.filters.minDegree));
  // No `docs`: the default document; an empty choice is every document.
  if (view.documents) p.set("docs", view.documents.length ? view.documents.join(",") : ALL_DOCUMENTS);
  const s = p.toString();
  return s ? `?${s}` : "";
}

function decodeSelection(s: string | null): Selection {
  if (!s) return null;
  const m = /^([ne]):(.+)$/.exec(s);
  if (!m) return null;
  return { kind: m[1] === "n" ? "node" : "edge", id: m[2]! };
}

// The path's switches ride at the end of its list, as words no document id can be (ids are kebab-case).
const DIRECTED_FLAG = "+directed";
const STATED_FLAG = "+stated";

function decodePath(s: string | null): PathRequest | null {
  const all = list(s);
  const parts = all.filter((x) => x !== DIRECTED_FLAG && x !== STATED_FLAG);
  const [from, to, mode, k, doc] = parts;
  if (!from || !to) return null;
  const kNum = Number(k);
  return {
    ...(doc && KEBAB_ID_RE.test(doc) ? { document: doc } : {}),
    from,
    to,
    mode: oneOf(PATH_MODES, mode ?? null, "shortest"),
    k: Number.isInteger(kNum) && kNum > 0 && kNum <= PATHS_LIMITS.kMax ? kNum : 3,
    ...(all.includes(DIRECTED_FLAG) ? { directed: true } : {}),
    ...(all.includes(STATED_FLAG) ? { stated: true } : {}),
  };
}

export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const nodes = p.has("n") ? [...new Set(list(p.get("n")))].sort() : null;
  const md = Number(p.get("md"));
  // Document ids are kebab-case; anything else in the address is dropped rather than sent to the server.
  const docs = [...new Set(list(p.get("docs")))].filter((d) => KEBAB_ID_RE.test(d)).sort();
  const all = p.get("docs") === ALL_DOCUMENTS;
  return {
    ...(all ? { documents: [] } : docs.length ? { documents: docs } : {}),
    content: nodes
      ? { scope: "custom", nodes, expanded: list(p.get("x")) }
      : { scope: "all", nodes: [], expanded: list(p.get("x")) },
    selection: decodeSelection(p.get("s")),
    path: decodePath(p.get("p")),
    query: p.get("q") || null,
    layout: oneOf(LAYOUTS, p.get("layout"), DEFAULT_VIEW.layout),
    lang: oneOf(LANGS, p.get("lang"), DEFAULT_VIEW.lang),
    sizeBy: oneOf(SIZE_BY, p.get("size"), DEFAULT_VIEW.sizeBy),
    filters: {
      hiddenTypes: list(p.get("ht")).sort(),
      hiddenRels: list(p.get("hr")).sort(),
      minDegree: Number.isInteger(md) && md > 0 ? md : 0,
    },
  };
}
