// Search with suggestions as the analyst types (Chinese substrings, English words and prefixes). Arrow keys
// move through hits, Enter picks; picking calls back with the node id. Stale answers are cancelled.
import type { SearchHit, SearchResponse } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";
import { markOf } from "./type-mark.ts";
import { t } from "./i18n.ts";

export function searchBox(
  app: Actions,
  onPick: (id: string) => void,
  placeholderKey: "search" | "from" | "to" = "search",
): HTMLElement {
  const input = h("input.search-input", {
    type: "search",
    autocomplete: "off",
    spellcheck: "false",
    "aria-label": t(placeholderKey),
  });
  input.placeholder = placeholderKey === "search" ? t("search") : `${t(placeholderKey)}…`;
  const list = h("ul.suggestions", { role: "listbox" });
  const box = h("div.search-box", {}, input, list);
  let hits: SearchHit[] = [];
  // Where else the words occur: the hits per document whatever the filter (the response's facet).
  let facet: SearchResponse["documents"] = [];
  let active = -1;
  let ctrl: AbortController | null = null;
  let timer: number | undefined;

  const render = () => {
    const chosen = app.chosenDocuments();
    const several = app.documentList.length > 1 && (chosen === null || chosen.length > 1);
    // Documents outside the choice that also match: a hint to widen the choice, not hits to pick.
    const elsewhere = chosen ? facet.filter((f) => f.document && !chosen.includes(f.document)) : [];
    clear(
      list,
      hits.map((hit, i) => {
        const name = app.lang() === "en" && hit.nameEn ? hit.nameEn : hit.name;
        const other = app.lang() === "en" ? hit.name : hit.nameEn;
        const frag = hit.highlight
          ? [
              hit.fragment.slice(0, hit.highlight.start),
              h("mark", {}, hit.fragment.slice(hit.highlight.start, hit.highlight.end)),
              hit.fragment.slice(hit.highlight.end),
            ]
          : [hit.fragment];
        const li = h(
          "li.suggestion",
          { role: "option", "aria-selected": String(i === active), "data-id": hit.id },
          h(
            "div.s-main",
            {},
            markOf(hit.type),
            h("span.s-name", {}, name),
            h("span.s-other", {}, other),
            several && hit.document ? h("span.s-doc", { "data-hit-doc": hit.document }, hit.document) : null,
          ),
          hit.field === "name" || hit.field === "nameEn" ? null : h("div.s-frag", {}, frag),
        );
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
      input.value.trim() && !hits.length ? h("li.suggestion.empty", {}, t("noHits")) : null,
      elsewhere.length
        ? h(
            "li.suggestion.facet",
            { "data-facet": "" },
            `${app.lang() === "en" ? "Also in" : "其他文件"}: `,
            elsewhere.map((f) => h("span.s-doc", { "data-facet-doc": f.document ?? "" }, `${f.document} (${f.hits})`)),
          )
        : null,
    );
    box.classList.toggle("open", document.activeElement === input && (hits.length > 0 || !!input.value.trim()));
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = app.lang() === "en" && hit.nameEn ? hit.nameEn : hit.name;
    hits = [];
    render();
    input.blur();
    onPick(hit.id);
  };

  const query = async () => {
    const q = input.value.trim();
    ctrl?.abort();
    if (!q) {
      hits = [];
      facet = [];
      render();
      return;
    }
    ctrl = new AbortController();
    try {
      const res = await app.api.search(q, 10, ctrl.signal, app.documentQuery());
      if (input.value.trim() !== q) return;
      hits = res.hits;
      facet = res.documents;
      active = hits.length ? 0 : -1;
      render();
    } catch {
      // Aborted or failed: the next keystroke asks again.
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void query(), 120);
  });
  input.addEventListener("focus", render);
  input.addEventListener("blur", () => box.classList.remove("open"));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(active < 0 ? 0 : active);
    } else if (e.key === "Escape") {
      input.blur();
    }
  });
  return box;
}
