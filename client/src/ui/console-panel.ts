// The Cypher console: CodeMirror 6 with Neo4j's Cypher support (highlighting, lint, completion from the live
// schema), parameters, the library (examples, saved queries, history: console-library.ts); results as graph
// (added to the view or replacing it), table or JSON; refused writes, syntax errors and timeouts shown
// plainly under the editor. Ctrl/⌘+Enter runs.
import type { EditorApi } from "@neo4j-cypher/codemirror";
import type { CypherResponse } from "../api/index.ts";
import { ApiRequestError } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { toCsv } from "../graph/exports.ts";
import { clear, download, h } from "./dom.ts";
import { EXAMPLES, libraryControls } from "./console-library.ts";
import { t } from "./i18n.ts";

export function consolePanel(app: Actions): HTMLElement {
  const root = h("section.console", { "aria-label": t("console") });
  const editorHost = h("div.editor-host");
  const paramsInput = h("textarea.params", {
    rows: 2,
    spellcheck: "false",
    "aria-label": t("params"),
    placeholder: '{ "q": "韧性" }',
  });
  const status = h("div.console-status", { "aria-live": "polite" });
  const results = h("div.console-results");
  // The hint names the key the user holds: ⌘ on Apple systems, Ctrl elsewhere (the handler accepts both).
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";
  const runBtn = h("button.btn.primary", { "data-action": "run", title: `${mod}Enter` }, `${t("run")} ${mod}↵`);
  const cancelBtn = h("button.btn", { disabled: true }, t("cancel"));
  const paramsSummary = h("summary", {}, t("params"));
  let editor: EditorApi | null = null;
  let ctrl: AbortController | null = null;
  let tab: "graph" | "table" | "json" = "table";

  const value = () => editor?.codemirror.state.doc.toString() ?? "";

  const lib = libraryControls({
    lang: () => app.lang(),
    current: () => ({ query: value(), params: paramsInput.value }),
    load: (query, params) => {
      editor?.setValue(query);
      paramsInput.value = params;
    },
  });

  const showError = (code: string, message: string, details?: unknown) => {
    clear(
      status,
      h(
        "div.error-box",
        { "data-code": code },
        h("strong.code", {}, code),
        " ",
        message,
        details ? h("pre.details", {}, typeof details === "string" ? details : JSON.stringify(details, null, 2)) : null,
      ),
    );
  };

  const renderResult = (r: CypherResponse) => {
    const s = r.summary;
    clear(
      status,
      h(
        "div.ok-box",
        {},
        `${s.rows} ${t("rows")} · ${Math.round(s.ms)} ms`,
        s.truncated ? h("span.tag.warn", {}, `${t("truncated")} (${s.maxRows})`) : null,
      ),
    );
    const tabs = h(
      "div.tabs",
      { role: "tablist" },
      (["graph", "table", "json"] as const).map((k) =>
        h(
          "button.tab",
          {
            role: "tab",
            "aria-selected": String(tab === k),
            "data-tab": k,
            onclick: () => ((tab = k), renderResult(r)),
          },
          t(k === "graph" ? "asGraph" : k === "table" ? "asTable" : "asJson"),
        ),
      ),
    );
    let body: HTMLElement;
    if (tab === "graph") {
      body = h(
        "div.result-graph",
        {},
        h("p", {}, `${r.graph.nodes.length} ${t("nodes")} · ${r.graph.edges.length} ${t("edges")}`),
        h(
          "button.btn.primary",
          { disabled: !r.graph.nodes.length, onclick: () => app.addPayload(r.graph, "add"), "data-action": "add" },
          t("addToView"),
        ),
        h(
          "button.btn",
          {
            disabled: !r.graph.nodes.length,
            onclick: () => app.addPayload(r.graph, "replace"),
            "data-action": "replace",
          },
          t("replaceView"),
        ),
      );
    } else if (tab === "table") {
      const cell = (v: unknown) => {
        if (v && typeof v === "object") {
          const o = v as Record<string, unknown>;
          const props = (o.properties ?? o) as Record<string, unknown>;
          return typeof props.name === "string" ? `${props.name}` : JSON.stringify(v);
        }
        return v === null || v === undefined ? "" : String(v);
      };
      body = h(
        "div.table-wrap",
        {},
        h(
          "button.btn.small",
          {
            onclick: () =>
              download(
                "query.csv",
                toCsv(
                  r.columns,
                  r.rows.map((row) => r.columns.map((c) => row[c])),
                ),
                "text/csv",
              ),
          },
          t("exportCsv"),
        ),
        h(
          "table.result-table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              r.columns.map((c) => h("th", {}, c)),
            ),
          ),
          h(
            "tbody",
            {},
            r.rows.map((row) =>
              h(
                "tr",
                {},
                r.columns.map((c) => h("td", {}, cell(row[c]))),
              ),
            ),
          ),
        ),
      );
    } else body = h("pre.json", {}, JSON.stringify(r.rows, null, 2));
    clear(results, tabs, body);
  };

  const run = async () => {
    const query = value().trim();
    if (!query) return;
    let params: Record<string, unknown> = {};
    if (paramsInput.value.trim()) {
      try {
        params = JSON.parse(paramsInput.value) as Record<string, unknown>;
      } catch {
        return showError("BAD_REQUEST", t("paramsNotJson"));
      }
    }
    app.setQuery(query);
    lib.noteRun(query);
    ctrl?.abort();
    ctrl = new AbortController();
    runBtn.setAttribute("disabled", "");
    cancelBtn.removeAttribute("disabled");
    clear(status, h("div.muted.running", {}, "…"));
    clear(results);
    try {
      const r = await app.api.cypher(query, params, ctrl.signal);
      app.setLastQueryResult(r);
      if (tab === "graph" && !r.graph.nodes.length) tab = "table";
      renderResult(r);
    } catch (err) {
      if (err instanceof ApiRequestError) showError(err.code, err.message, err.details);
      else showError("INTERNAL", String(err));
    } finally {
      runBtn.removeAttribute("disabled");
      cancelBtn.setAttribute("disabled", "");
    }
  };
  runBtn.addEventListener("click", () => void run());
  cancelBtn.addEventListener("click", () => ctrl?.abort());

  clear(
    root,
    h("div.console-toolbar", {}, runBtn, cancelBtn, lib.el),
    editorHost,
    h("details.params-wrap", {}, paramsSummary, paramsInput),
    status,
    results,
  );

  /** The editor is created on first open: CodeMirror measures its host, which must be in the page. */
  let mounting: Promise<void> | null = null;
  let relabelEditor: ((label: string) => void) | null = null;
  const mount = () => (mounting ??= mountEditor());
  const mountEditor = async () => {
    // Loaded on first use: a separate chunk (see cypher-editor.ts).
    const { createCypherEditor, labelled } = await import("./cypher-editor.ts");
    relabelEditor = (label) => editor?.setPostExtensions([labelled(label)]);
    const created: EditorApi | { editor: EditorApi } = createCypherEditor(editorHost, {
      value: app.state().view.query ?? EXAMPLES[0]!.query,
      theme: "light",
      lineNumbers: true,
      lint: true,
      autocomplete: true,
      lineWrapping: true,
      history: true,
      postExtensions: [labelled(t("console"))],
    });
    // 1.0.3 returns { editor } although its typings promise the editor itself.
    const ed: EditorApi = "editor" in created ? (created as { editor: EditorApi }).editor : created;
    editor = ed;
    ed.onKeyDown((e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void run();
      }
    });
    try {
      const s = await app.api.schema();
      // The completer matches what follows `:` against these names, so they carry the colon (as Neo4j Browser
      // passes them); without it `(n:` and `[r:` offer nothing. The product's own labels never show.
      const internal = new Set(s.internalLabels);
      ed.setSchema({
        labels: s.labels.filter((l) => !internal.has(l.label)).map((l) => `:${l.label}`),
        relationshipTypes: s.relationshipTypes.map((r) => `:${r.type}`),
        propertyKeys: s.propertyKeys,
      });
      root.dataset.schema = "ready";
    } catch {
      // Completion without the live schema still knows the Cypher keywords.
    }
  };
  // Built once, relabelled when the language changes (the console stayed Chinese after switching to English).
  let lang = app.lang();
  app.onChange(() => {
    if (app.lang() === lang) return;
    lang = app.lang();
    root.setAttribute("aria-label", t("console"));
    paramsInput.setAttribute("aria-label", t("params"));
    runBtn.textContent = `${t("run")} ${mod}↵`;
    cancelBtn.textContent = t("cancel");
    paramsSummary.textContent = t("params");
    relabelEditor?.(t("console"));
    lib.refresh();
  });
  (root as HTMLElement & { mount?: () => Promise<void> }).mount = mount;
  return root;
}
