// A span selected in a reader becomes a locator (doc#sentence@start-end, code points within the sentence, as the
// loader and the server resolve it) and the editor's next evidence: the bar over the reader offers "create node"
// (type, name from the span, English name optional) and "add as evidence" to the selected node or edge.
import type { Actions } from "../actions.ts";
import { ApiRequestError } from "../api/index.ts";
import type { SpanPick } from "../app/curation.ts";
import { NODE_TYPES, type NodeType } from "../../../graph-seed/src/model/types.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";

const sentenceOf = (n: Node): HTMLElement | null =>
  (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>("[data-sentence]") ?? null;

/** The selection inside `pane` as a locator, "multi" when it crosses sentences, null when there is none. */
export function spanOf(pane: HTMLElement, sel: Selection | null): SpanPick | "multi" | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!pane.contains(range.commonAncestorContainer) || !pane.dataset.doc) return null;
  const a = sentenceOf(range.startContainer);
  if (!a || a !== sentenceOf(range.endContainer)) return a ? "multi" : null;
  // Offsets in code points from the sentence's start: what a locator counts (a CJK text may hold astral chars).
  const at = (node: Node, offset: number) => {
    const r = document.createRange();
    r.setStart(a, 0);
    r.setEnd(node, offset);
    return Array.from(r.toString()).length;
  };
  const cps = Array.from(a.textContent ?? "");
  let start = at(range.startContainer, range.startOffset);
  let end = at(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(cps[start]!)) start++;
  while (end > start && /\s/.test(cps[end - 1]!)) end--;
  if (end <= start) return null;
  return { locator: `${pane.dataset.doc}#${a.dataset.sentence}@${start}-${end}`, text: cps.slice(start, end).join("") };
}

/** A kebab-case id from the English name, or from the type when there is none (the server refuses a taken id). */
function newId(type: NodeType, nameEn: string, retry: boolean): string {
  const slug = nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  const base = slug || type.toLowerCase();
  return slug && !retry ? base : `${base}-${Date.now().toString(36)}`;
}

/** The bar for one reader pane; shown in editor mode while a span is picked. */
export function readerSpanBar(app: Actions, pane: HTMLElement): HTMLElement {
  const bar = h("div.span-bar", { "data-span-bar": "", hidden: true });
  const status = h("div.span-status", { "aria-live": "polite" });
  let form: HTMLFormElement | null = null;

  const fail = (err: unknown) => (status.textContent = err instanceof Error ? err.message : String(err));

  const createForm = (span: SpanPick): HTMLFormElement => {
    const type = h(
      "select",
      { name: "type", "aria-label": t("nodeType") },
      ...NODE_TYPES.map((x) => h("option", { value: x }, x)),
    );
    const name = h("input.edit-input", { name: "name", type: "text", "aria-label": t("nameZh") });
    name.value = span.text;
    const nameEn = h("input.edit-input", { name: "nameEn", type: "text", placeholder: t("nameEnOptional") });
    const submit = async (e: Event) => {
      e.preventDefault();
      const zh = name.value.trim();
      const en = nameEn.value.trim();
      if (!zh) return void (status.textContent = t("required"));
      const t0 = type.value as NodeType;
      const doc = span.locator.split("#")[0]!;
      // The loader's schema wants both names and both summaries: until the analyst writes them, the names stand in.
      const body = (retry: boolean) => ({
        id: newId(t0, en, retry),
        type: t0,
        document: doc,
        name: zh,
        nameEn: en || zh,
        summaryZh: zh,
        summaryEn: en || zh,
        aliases: [],
        evidence: [span.locator],
        props: {},
        allowCrossDocument: false,
      });
      try {
        let res;
        try {
          res = await app.curation.createNode(body(false));
        } catch (err) {
          if (!(err instanceof ApiRequestError && err.code === "CONFLICT")) throw err;
          res = await app.curation.createNode(body(true));
        }
        const id = res.node?.id ?? res.change.targetId;
        form = null;
        app.curation.pickSpan(null);
        await app.reveal(id);
        app.selectNode(id, true);
      } catch (err) {
        fail(err);
      }
    };
    return h(
      "form.span-create",
      { "data-span-create": "", onsubmit: (e: Event) => void submit(e) },
      h("label.edit-field", {}, h("span.edit-label", {}, t("nodeType")), type),
      h("label.edit-field", {}, h("span.edit-label", {}, t("nameZh")), name),
      h("label.edit-field", {}, h("span.edit-label", {}, t("nameEnOptional")), nameEn),
      h("button.btn.primary.small", { type: "submit", "data-action": "span-create-submit" }, t("create")),
      h("button.btn.small", { type: "button", onclick: () => ((form = null), render()) }, t("cancel")),
    );
  };

  const render = () => {
    const span = app.curation.span();
    const editing = app.curation.editing();
    bar.hidden = !editing || !span;
    if (bar.hidden || !span) return clear(bar);
    const sel = app.state().view.selection;
    const selName = sel ? (sel.kind === "node" ? app.nodeName(sel.id) : sel.id.split("--")[1]!) : null;
    clear(
      bar,
      h("div.span-quote", {}, h("span.edit-label", {}, t("spanSelected")), h("mark.cited", {}, span.text)),
      h("div.locator", {}, span.locator),
      h(
        "div.span-actions",
        {},
        h(
          "button.btn.small",
          { "data-action": "span-create", onclick: () => ((form = createForm(span)), render()) },
          t("createNode"),
        ),
        sel && selName
          ? h(
              "button.btn.small",
              {
                "data-action": "span-evidence",
                onclick: () =>
                  void app.curation
                    .addEvidence(sel, span.locator)
                    .then(() => (status.textContent = t("saved")))
                    .catch(fail),
              },
              `${t("addEvidence")}${selName}`,
            )
          : null,
      ),
      form,
      status,
    );
  };

  let frame = 0;
  document.addEventListener("selectionchange", () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const s = spanOf(pane, document.getSelection());
      if (s === "multi") status.textContent = t("spanOneSentence");
      else if (s && s.locator !== app.curation.span()?.locator) {
        form = null;
        status.textContent = "";
        app.curation.pickSpan(s);
      }
    });
  });
  app.curation.onSpan(render);
  app.curation.onChange(render);
  // Only a new selection changes what the bar offers; redrawing on every state change would take the focus from
  // the form being typed in.
  let selected = "";
  app.onChange(() => {
    const sel = app.state().view.selection;
    const key = sel ? `${sel.kind}:${sel.id}` : "";
    if (key === selected) return;
    selected = key;
    render();
  });
  return bar;
}
