// The review queue of one document: its drafts by confidence or in reading order, each with its rule and, when
// focused, its evidence in the reader; a / r / e / j / k accept, reject, edit, next, previous; batch accept by
// rule or above a confidence; progress, and "curated" once nothing is left.
import type { Actions } from "../actions.ts";
import { fullLocator, type DraftItem, type QueueOrder, type ReviewQueue } from "../app/curation.ts";
import { renderReader } from "./documents.ts";
import { readerSpanBar } from "./reader-selection.ts";
import { clear, h } from "./dom.ts";
import { sharedEntities } from "./shared-entities.ts";
import { t } from "./i18n.ts";

export type ReviewPanel = HTMLElement & { load(): Promise<void> };

export function reviewPanel(app: Actions): ReviewPanel {
  const root = h("div.review-panel", { tabindex: 0, "data-review": "" }) as unknown as ReviewPanel;
  const docSel = h("select.review-doc", { "aria-label": t("document") });
  const head = h("div.review-head");
  const list = h("ol.review-list");
  const reader = h("div.reader-pane.review-reader");
  const status = h("div.review-status", { "aria-live": "polite" });
  let order: QueueOrder = "confidence";
  let q: ReviewQueue | null = null;
  let focus = 0;
  let busy = false;

  const current = (): DraftItem | null => q?.drafts[focus] ?? null;

  const showEvidence = () => {
    const item = current();
    if (!item?.evidence[0] || !q) return reader.replaceChildren();
    void renderReader(app.api, reader, fullLocator(q.document, item.evidence[0]));
  };

  const render = () => {
    const editing = app.curation.editing();
    const total = q ? q.reviewed + q.drafts.length : 0;
    const rules = [...new Set((q?.drafts ?? []).map((d) => d.method).filter((m): m is string => !!m))].sort();
    const ruleSel = h(
      "select.review-rule",
      { "aria-label": t("rule") },
      ...rules.map((r) => h("option", { value: r }, r)),
    );
    const minConf = h("input.review-min", {
      type: "number",
      min: 0,
      max: 1,
      step: 0.05,
      value: "0.9",
      "aria-label": t("confidence"),
    });
    clear(
      head,
      h("label", {}, `${t("document")} `, docSel),
      h(
        "div.review-order",
        {},
        (["confidence", "position"] as const).map((o) =>
          h(
            "button.btn.small",
            { "data-order": o, "aria-pressed": String(order === o), onclick: () => ((order = o), void load()) },
            t(o === "confidence" ? "byConfidence" : "byPosition"),
          ),
        ),
      ),
      q
        ? h(
            "div.review-progress",
            { "data-progress": "", "data-status": q.status },
            q.status === "curated"
              ? `✓ ${t("curatedDoc")}`
              : t("reviewProgress").replace("{n}", String(q.reviewed)).replace("{m}", String(total)),
          )
        : null,
      editing && rules.length
        ? h(
            "div.review-batch",
            {},
            ruleSel,
            h(
              "button.btn.small",
              { "data-action": "accept-rule", onclick: () => void batch({ method: ruleSel.value }) },
              t("acceptRule"),
            ),
          )
        : null,
      editing && q?.drafts.length
        ? h(
            "div.review-batch",
            {},
            h(
              "button.btn.small",
              {
                "data-action": "accept-above",
                onclick: () => void batch({ minConfidence: Number(minConf.value) }),
              },
              t("acceptAbove"),
            ),
            minConf,
          )
        : null,
      h("div.hint", {}, editing ? t("reviewKeys") : t("readOnlyHint")),
    );
    clear(
      list,
      (q?.drafts ?? []).map((d, i) =>
        h(
          "li.review-item",
          {
            "data-id": d.id,
            "aria-current": String(i === focus),
            class: i === focus ? "focused" : "",
            onclick: () => move(i),
          },
          h("span.review-label", {}, d.label || d.id),
          h("span.review-type", {}, d.kind === "edge" ? `→ ${d.type}` : d.type),
          h("span.review-rule-name", { title: t("rule") }, d.method ?? "—"),
          h("span.review-conf", { title: t("confidence") }, d.confidence === null ? "—" : d.confidence.toFixed(2)),
        ),
      ),
    );
  };

  const move = (i: number) => {
    if (!q?.drafts.length) return;
    focus = Math.max(0, Math.min(q.drafts.length - 1, i));
    render();
    list.querySelector(".focused")?.scrollIntoView({ block: "nearest" });
    showEvidence();
  };

  const fail = (err: unknown) => (status.textContent = err instanceof Error ? err.message : String(err));

  async function load(): Promise<void> {
    const doc = docSel.value;
    if (!doc) return;
    try {
      q = await app.curation.queue(doc, order);
      status.textContent = "";
    } catch (err) {
      q = null;
      fail(err);
    }
    focus = Math.min(focus, Math.max(0, (q?.drafts.length ?? 1) - 1));
    render();
    showEvidence();
  }

  async function decide(action: "accept" | "reject"): Promise<void> {
    const item = current();
    if (!item || busy || !app.curation.editing()) return;
    busy = true;
    try {
      await app.curation.review(item, action);
    } catch (err) {
      fail(err);
    } finally {
      busy = false;
    }
    await load();
  }

  /** One write on the server (one transaction, one change, one undo), not one per draft. */
  async function batch(pick: { method: string } | { minConfidence: number }): Promise<void> {
    if (!q || busy) return;
    busy = true;
    try {
      await app.curation.batchAccept(q.document, pick);
    } catch (err) {
      fail(err);
    } finally {
      busy = false;
    }
    await load();
  }

  const edit = () => {
    const item = current();
    if (!item) return;
    if (item.kind === "node") void app.reveal(item.id).then(() => app.selectNode(item.id, true));
    else app.selectEdge(item.id);
  };

  root.addEventListener("keydown", (e) => {
    if ((e.target as HTMLElement).closest("input, select, textarea") || e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === "j") move(focus + 1);
    else if (k === "k") move(focus - 1);
    else if (k === "a") void decide("accept");
    else if (k === "r") void decide("reject");
    else if (k === "e") edit();
    else return;
    e.preventDefault();
  });
  docSel.addEventListener("change", () => ((focus = 0), void load()));
  app.curation.onChange(() => void (q && !busy && load())); // an undo elsewhere, or editor mode changed

  root.load = async () => {
    if (!docSel.options.length) {
      try {
        const { documents } = await app.api.documents();
        clear(
          docSel,
          documents.filter((d) => d.loaded).map((d) => h("option", { value: d.id }, d.title ?? d.id)),
        );
      } catch (err) {
        fail(err);
      }
    }
    await load();
    void shared.load(docSel.value);
    root.focus();
  };
  // Candidates for the same entity in another document: a section of its own (shared-entities.ts).
  const shared = sharedEntities(app);
  docSel.addEventListener("change", () => void shared.load(docSel.value));
  root.append(head, status, list, readerSpanBar(app, reader), reader, shared);
  render();
  return root;
}
