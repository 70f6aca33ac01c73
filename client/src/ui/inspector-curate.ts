// The inspector's graph edits in editor mode: connect the node to another (typed, evidenced by the picked span),
// merge it into a duplicate (what the kept node will hold shown first), delete it (what goes with it shown first);
// an edge's retype, reversal and delete; and the history of either from the audit trail (shown to everyone).
import type { Actions } from "../actions.ts";
import type { Change, DeletePreview, NodeDetail } from "../api/index.ts";
import { REL_TYPES, type RelType } from "../../../graph-seed/src/model/types.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { searchBox } from "./search-box.ts";

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const relSelect = (name: string, selected?: string) =>
  h(
    "select",
    { name, "aria-label": t("relation") },
    ...REL_TYPES.map((r) => h("option", { value: r, selected: r === selected }, r)),
  );

/** The audit trail of a node or edge, newest first. */
export function historySection(app: Actions, id: string): HTMLElement {
  const list = h("ol.history", { "data-history": id });
  const row = (c: Change) =>
    h(
      "li.history-item",
      { "data-op": c.op },
      h("span.mono", {}, c.op),
      " ",
      h("span.muted", {}, `${c.who} · ${new Date(c.at).toLocaleString()}`),
      c.comment ? h("div", {}, c.comment) : null,
    );
  void app.curation
    .history(id)
    .then((changes) => clear(list, changes.length ? changes.map(row) : h("li.muted", {}, t("noHistory"))))
    .catch((err: unknown) => clear(list, h("li.muted", {}, message(err))));
  return h("section", {}, h("h3", {}, t("changeHistory")), list);
}

function connectForm(app: Actions, id: string, status: HTMLElement): HTMLElement {
  // Dragging from this node onto another (Shift held) picks the target.
  let target: string | null = app.curation.proposedConnect(id);
  const rel = relSelect("relation");
  const reverse = h("input", { type: "checkbox", name: "reverse" });
  const picked = h("span.connect-target", { "data-connect-target": "" }, target ? app.nodeName(target) : "—");
  const span = h("div.muted.connect-span");
  const showSpan = () => (span.textContent = app.curation.span()?.text ?? t("evidenceSpan"));
  showSpan();
  const off = app.curation.onSpan(showSpan);
  const connect = async () => {
    const ev = app.curation.span();
    if (!target) return void (status.textContent = t("pickTarget"));
    if (!ev) return void (status.textContent = t("pickSpan"));
    const [s, o] = reverse.checked ? [target, id] : [id, target];
    try {
      const res = await app.curation.connect(s, rel.value as RelType, o, ev.locator);
      off();
      await app.reveal(target);
      if (res.edge) app.selectEdge(res.edge.id);
    } catch (err) {
      status.textContent = message(err);
    }
  };
  return h(
    "div.curate-connect",
    { "data-connect": id },
    h("h4", {}, t("connect")),
    h("label.edit-field", {}, h("span.edit-label", {}, t("relation")), rel),
    h("label", {}, reverse, ` ${t("reverseDir")}`),
    searchBox(app, (pick) => ((target = pick), (picked.textContent = app.nodeName(pick))), "to"),
    h("div", {}, `${t("target")}: `, picked),
    span,
    h("button.btn.small", { "data-action": "connect", onclick: () => void connect() }, t("connect")),
  );
}

function mergeForm(app: Actions, id: string, detail: NodeDetail, status: HTMLElement): HTMLElement {
  const preview = h("div.merge-preview", { "data-merge-preview": "" });
  const show = async (into: string) => {
    try {
      const other = await app.api.node(into);
      const p = other.properties;
      const own = detail.properties;
      const aliases = [
        ...new Set([
          ...((p.aliases as string[] | undefined) ?? []),
          String(own.name),
          ...((own.aliases as string[] | undefined) ?? []),
        ]),
      ].filter((a) => a !== p.name);
      const evidence = new Set([...other.evidence, ...detail.evidence].map((e) => e.locator));
      clear(
        preview,
        h("div", {}, `${t("mergeInto")}${String(p.name)}`),
        h(
          "dl.merge-united",
          {},
          h("dt", {}, t("aliases")),
          h("dd", { "data-merge-aliases": "" }, aliases.join("，") || "—"),
          h("dt", {}, t("evidence")),
          h("dd", { "data-merge-evidence": "" }, String(evidence.size)),
          h("dt", {}, t("neighbours")),
          h("dd", { "data-merge-edges": "" }, `${other.degree.total} + ${detail.degree.total}`),
        ),
        h(
          "button.btn.small",
          {
            "data-action": "merge-confirm",
            onclick: () =>
              void app.curation
                .merge(id, Number(detail.properties.version ?? 1), into, Number(p.version ?? 1))
                .then(() => app.selectNode(into, true))
                .catch((err: unknown) => (status.textContent = message(err))),
          },
          t("mergeConfirm"),
        ),
      );
    } catch (err) {
      status.textContent = message(err);
    }
  };
  return h(
    "div.curate-merge",
    { "data-merge": id },
    h("h4", {}, t("merge")),
    searchBox(app, (pick) => void (pick !== id && show(pick)), "to"),
    preview,
  );
}

function deleteForm(app: Actions, id: string, version: number, status: HTMLElement): HTMLElement {
  const preview = h("div.delete-preview", { "data-delete-preview": "" });
  const show = (p: DeletePreview) =>
    clear(
      preview,
      h("div", {}, `${t("deleteTakes")} (${p.edgesRemoved.length})`),
      h(
        "ul.delete-edges",
        {},
        p.edgesRemoved.map((e) => h("li.mono", {}, `${app.nodeName(e.source)} —${e.type}→ ${app.nodeName(e.target)}`)),
      ),
      h(
        "button.btn.small.danger",
        {
          "data-action": "delete-confirm",
          onclick: () =>
            void app.curation
              .deleteNode(id, version)
              .then(() => app.clearSelection())
              .catch((err: unknown) => (status.textContent = message(err))),
        },
        t("deleteConfirm"),
      ),
    );
  return h(
    "div.curate-delete",
    {},
    h(
      "button.btn.small",
      {
        "data-action": "delete-preview",
        onclick: () =>
          void app.curation
            .previewDelete(id, version)
            .then(show)
            .catch((err: unknown) => (status.textContent = message(err))),
      },
      t("deleteNode"),
    ),
    preview,
  );
}

/** Connect, merge and delete for node `id` as read (`detail`); nothing outside editor mode. */
export function nodeCurateTools(app: Actions, id: string, detail: NodeDetail): HTMLElement | null {
  if (!app.curation.editing()) return null;
  const status = h("div.edit-status", { "aria-live": "polite" });
  return h(
    "section.curate",
    { "data-curate": id },
    h("h3", {}, t("curate")),
    connectForm(app, id, status),
    mergeForm(app, id, detail, status),
    splitForm(app, id, detail, status),
    deleteForm(app, id, Number(detail.properties.version ?? 1), status),
    status,
  );
}

/** Retype, reverse or delete edge `id` (each against its stored version); nothing outside editor mode. */
export function edgeCurateTools(app: Actions, id: string, type: string): HTMLElement | null {
  if (!app.curation.editing()) return null;
  const status = h("div.edit-status", { "aria-live": "polite" });
  const rel = relSelect("edge-type", type);
  const patch = (body: { type?: RelType; reverse?: boolean }) =>
    void app.curation
      .patchEdge(id, body)
      .then((res) => res.edge && app.selectEdge(res.edge.id))
      .catch((err: unknown) => (status.textContent = message(err)));
  return h(
    "section.curate",
    { "data-curate-edge": id },
    h("h3", {}, t("curate")),
    h(
      "div.span-actions",
      {},
      rel,
      h(
        "button.btn.small",
        { "data-action": "edge-retype", onclick: () => patch({ type: rel.value as RelType }) },
        t("changeType"),
      ),
      h(
        "button.btn.small",
        { "data-action": "edge-reverse", onclick: () => patch({ reverse: true }) },
        t("reverseDir"),
      ),
      h(
        "button.btn.small.danger",
        {
          "data-action": "edge-delete",
          onclick: () =>
            void app.curation
              .deleteEdge(id)
              .then(() => app.clearSelection())
              .catch((err: unknown) => (status.textContent = message(err))),
        },
        t("deleteEdge"),
      ),
    ),
    status,
  );
}

/** Split: tick the evidence and relations the new node takes; the node keeps the rest (at least one locator). */
export function splitForm(app: Actions, id: string, detail: NodeDetail, status: HTMLElement): HTMLElement {
  const body = h("div.split-body", { hidden: true });
  const box = (name: string, value: string, label: string) =>
    h("label.split-choice", {}, h("input", { type: "checkbox", name, value }), ` ${label}`);
  const open = async () => {
    body.hidden = !body.hidden;
    if (body.hidden || body.childElementCount) return;
    const version = Number(detail.properties.version ?? 1);
    // The dry run of a delete is the exact list of the node's relations, read without writing.
    const edges = await app.curation.previewDelete(id, version).then(
      (p) => p.edgesRemoved,
      (err: unknown) => ((status.textContent = message(err)), []),
    );
    const newId = h("input.edit-input", { name: "split-id", type: "text", value: `${id}-2`, "aria-label": t("newId") });
    const name = h("input.edit-input", {
      name: "split-name",
      type: "text",
      value: String(detail.properties.name ?? ""),
    });
    const nameEn = h("input.edit-input", { name: "split-name-en", type: "text", placeholder: t("nameEnOptional") });
    const checked = (n: string) =>
      [...body.querySelectorAll<HTMLInputElement>(`input[name="${n}"]:checked`)].map((i) => i.value);
    const submit = () => {
      const zh = name.value.trim();
      const en = nameEn.value.trim() || zh;
      void app.curation
        .split(id, {
          into: { id: newId.value.trim(), name: zh, nameEn: en, summaryZh: zh, summaryEn: en },
          evidence: checked("split-evidence"),
          edges: checked("split-edge"),
          expectedVersion: version,
          allowCrossDocument: false,
        })
        .then((res) => res.node && app.selectNode(res.node.id, true))
        .catch((err: unknown) => (status.textContent = message(err)));
    };
    clear(
      body,
      h("label.edit-field", {}, h("span.edit-label", {}, t("newId")), newId),
      h("label.edit-field", {}, h("span.edit-label", {}, t("nameZh")), name),
      h("label.edit-field", {}, h("span.edit-label", {}, t("nameEnOptional")), nameEn),
      h("div.edit-label", {}, t("splitEvidence")),
      detail.evidence.map((e) => box("split-evidence", e.locator, e.span ?? e.locator)),
      h("div.edit-label", {}, t("splitEdges")),
      edges.map((e) => box("split-edge", e.id, `${app.nodeName(e.source)} —${e.type}→ ${app.nodeName(e.target)}`)),
      h("button.btn.small", { "data-action": "split-confirm", onclick: submit }, t("splitConfirm")),
    );
  };
  return h(
    "div.curate-split",
    { "data-split": id },
    h("button.btn.small", { "data-action": "split-open", onclick: () => void open() }, t("split")),
    body,
  );
}
