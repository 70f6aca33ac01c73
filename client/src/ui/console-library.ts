// The console's library, kept in localStorage: the ready examples about this graph, the queries the analyst
// saved under a name, and the history of what was run. A corrupt or full storage costs the list, not the page.
import type { Lang } from "../graph/types.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";

export interface SavedQuery {
  name: string;
  query: string;
  params?: string;
}

export const EXAMPLES: readonly { zh: string; en: string; query: string; params?: string }[] = [
  {
    zh: "措施解决了哪些问题",
    en: "Which problems each measure solves",
    query: "MATCH (m:Measure)-[r:SOLVES]->(p:Problem)\nRETURN m, r, p LIMIT 100",
  },
  {
    zh: "各类节点数量",
    en: "Nodes per type",
    query: "MATCH (n:Entity)\nRETURN n.type AS type, count(*) AS nodes\nORDER BY nodes DESC",
  },
  {
    zh: "连接最多的节点",
    en: "Most connected nodes",
    query:
      "MATCH (n:Entity)\nRETURN n.name AS name, n.nameEn AS nameEn, n.type AS type, COUNT { (n)--() } AS degree\nORDER BY degree DESC LIMIT 15",
  },
  {
    zh: "名称包含关键词（参数）",
    en: "Names containing a word (parameter)",
    query: "MATCH (n:Entity)\nWHERE n.name CONTAINS $q OR toLower(n.nameEn) CONTAINS toLower($q)\nRETURN n LIMIT 25",
    params: '{ "q": "创新" }',
  },
  {
    zh: "推断出的关系",
    en: "Inferred relations",
    query: "MATCH (a:Entity)-[r]->(b:Entity)\nWHERE r.inferred = true\nRETURN a, r, b LIMIT 50",
  },
  {
    zh: "问题的成因链",
    en: "Chains of causes",
    query: "MATCH p = (a:Entity)-[:CAUSES*1..3]->(b:Problem)\nRETURN p LIMIT 25",
  },
];

const HISTORY_KEY = "rg.cypher.history.v1";
const SAVED_KEY = "rg.cypher.saved.v1";
const HISTORY_MAX = 30;

function read<T>(key: string): T[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? "[]") as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the list lives until the page closes.
  }
}

export function readHistory(): string[] {
  return read<string>(HISTORY_KEY).filter((q) => typeof q === "string");
}

export function pushHistory(query: string): void {
  write(HISTORY_KEY, [query, ...readHistory().filter((q) => q !== query)].slice(0, HISTORY_MAX));
}

export function readSaved(): SavedQuery[] {
  return read<SavedQuery>(SAVED_KEY).filter((s) => s && typeof s.name === "string" && typeof s.query === "string");
}

/** Saves under a name; the same name replaces the earlier query. The list stays sorted by name. */
export function saveQuery(entry: SavedQuery, lang: Lang): SavedQuery[] {
  const name = entry.name.trim();
  if (!name || !entry.query.trim()) return readSaved();
  const list = [...readSaved().filter((s) => s.name !== name), { ...entry, name }];
  list.sort((a, b) => a.name.localeCompare(b.name, lang === "zh" ? "zh-CN" : "en"));
  write(SAVED_KEY, list);
  return list;
}

export function deleteSaved(name: string): SavedQuery[] {
  const list = readSaved().filter((s) => s.name !== name);
  write(SAVED_KEY, list);
  return list;
}

/** What the controls need from the console: read the editor, load into it. */
export interface LibraryHost {
  lang(): Lang;
  current(): { query: string; params: string };
  load(query: string, params: string): void;
}

/** The library's controls for the console toolbar: saved + examples, history, save under a name, delete. */
export function libraryControls(host: LibraryHost): {
  el: HTMLElement;
  refresh(): void;
  noteRun(query: string): void;
} {
  const library = h("select.library", { "data-action": "library" });
  const historySel = h("select.history", { "data-action": "history" });
  const saveBtn = h("button.btn", { "data-action": "save-query" });
  const nameInput = h("input.save-name", { type: "text", maxlength: 80 });
  const okBtn = h("button.btn.primary.small", { "data-action": "confirm-save" });
  const form = h("span.save-form", { hidden: true }, nameInput, okBtn);
  const delBtn = h("button.btn.small", { "data-action": "delete-saved", hidden: true });
  let loaded: string | null = null;
  // From the one catalogue (i18n.ts), in the language the UI shows now.
  const L = () => ({
    pick: t("libPick"),
    saved: t("libSaved"),
    examples: t("libExamples"),
    history: t("libHistory"),
    save: t("libSave"),
    name: t("libName"),
    ok: t("libOk"),
    del: t("libDelete"),
  });

  const refresh = () => {
    const l = L();
    library.setAttribute("aria-label", `${l.saved} / ${l.examples}`);
    historySel.setAttribute("aria-label", l.history);
    const saved = readSaved();
    clear(
      library,
      h("option", { value: "" }, l.pick),
      saved.length
        ? h(
            "optgroup",
            { label: l.saved },
            saved.map((s, i) => h("option", { value: `s:${i}`, "data-name": s.name }, s.name)),
          )
        : null,
      h(
        "optgroup",
        { label: l.examples },
        EXAMPLES.map((e, i) => h("option", { value: `e:${i}` }, host.lang() === "en" ? e.en : e.zh)),
      ),
    );
    clear(
      historySel,
      h("option", { value: "" }, l.history),
      readHistory().map((q, i) => h("option", { value: i }, q.replace(/\s+/g, " ").slice(0, 80))),
    );
    saveBtn.textContent = l.save;
    nameInput.placeholder = l.name;
    nameInput.setAttribute("aria-label", l.name);
    okBtn.textContent = l.ok;
    delBtn.hidden = loaded === null;
    delBtn.textContent = `${l.del}「${loaded ?? ""}」`;
  };

  library.addEventListener("change", () => {
    const [kind, n] = library.value.split(":");
    library.value = "";
    if (kind === "s") {
      const s = readSaved()[Number(n)];
      if (s) {
        host.load(s.query, s.params ?? "");
        loaded = s.name;
      }
    } else if (kind === "e") {
      const e = EXAMPLES[Number(n)];
      if (e) {
        host.load(e.query, e.params ?? "");
        loaded = null;
      }
    }
    refresh();
  });
  historySel.addEventListener("change", () => {
    const q = readHistory()[Number(historySel.value)];
    historySel.value = "";
    if (q) host.load(q, "");
  });
  saveBtn.addEventListener("click", () => {
    form.hidden = !form.hidden;
    if (!form.hidden) {
      nameInput.value = loaded ?? "";
      nameInput.focus();
    }
  });
  const confirm = () => {
    const { query, params } = host.current();
    const name = nameInput.value.trim();
    if (!name || !query.trim()) return nameInput.focus();
    saveQuery({ name, query, ...(params.trim() ? { params } : {}) }, host.lang());
    loaded = name;
    form.hidden = true;
    refresh();
  };
  okBtn.addEventListener("click", confirm);
  nameInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") confirm();
    else if (e.key === "Escape") form.hidden = true;
  });
  delBtn.addEventListener("click", () => {
    if (loaded) deleteSaved(loaded);
    loaded = null;
    refresh();
  });
  refresh();
  return {
    el: h("span.library-controls", {}, library, historySel, saveBtn, form, delBtn),
    refresh,
    noteRun: (query) => {
      pushHistory(query);
      refresh();
    },
  };
}
