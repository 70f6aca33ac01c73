// The "Import document" dialog (editor mode): a file picker that also takes a file dropped onto the dialog, an
// optional id and English title, progress (the upload in %, then the import's phase while the server works), the
// draft's counts by type when done, and an error in place with the server's message. The import itself and the
// opening of the new document are app/document-import.ts.
import { ApiRequestError } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { importAndOpen, type ImportStep, type ImportSummary } from "../app/document-import.ts";
import { clear, h } from "./dom.ts";
import { t, type StringKey } from "./i18n.ts";
import { typeName } from "./legend-panel.ts";

const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf";
const PHASES: Record<string, StringKey> = {
  queued: "phaseQueued",
  read: "phaseRead",
  parse: "phaseParse",
  extract: "phaseExtract",
  validate: "phaseValidate",
  load: "phaseLoad",
};

export function openImportDialog(app: Actions): HTMLDialogElement {
  let file: File | null = null;
  let busy = false;
  const fileInput = h("input", { type: "file", accept: ACCEPT, "data-import-file": "" });
  const fileName = h("span.import-file-name", { "data-import-file-name": "" });
  const idInput = h("input.import-id", { type: "text", "data-import-id": "", placeholder: t("importId") });
  const titleInput = h("input.import-title", {
    type: "text",
    "data-import-title": "",
    placeholder: t("importTitleEn"),
  });
  const bar = h("progress.import-progress", { max: 100, "data-import-progress": "" });
  const status = h("div.import-status", { role: "status", "aria-live": "polite", "data-import-status": "" });
  const result = h("div.import-result", { "data-import-result": "" });
  const start = h("button.btn", { type: "submit", "data-action": "start-import", disabled: true }, t("importStart"));

  const choose = (f: File | null) => {
    file = f;
    fileName.textContent = f ? `${f.name} · ${Math.max(1, Math.round(f.size / 1024))} KB` : "";
    start.disabled = !f || busy;
    clear(result);
  };
  fileInput.addEventListener("change", () => choose(fileInput.files?.[0] ?? null));

  const showStep = (s: ImportStep) => {
    if (s.kind === "uploading") {
      const pct = s.total > 0 ? Math.round((100 * s.sent) / s.total) : 0;
      bar.value = pct;
      status.textContent = `${t("importUploading")} ${pct}%`;
    } else if (s.kind === "importing") {
      const step = s.done !== null && s.total ? ` ${s.done}/${s.total}` : "";
      if (s.done !== null && s.total) bar.value = Math.round((100 * s.done) / s.total);
      else bar.removeAttribute("value"); // indeterminate while the server works without a count
      status.textContent = `${t("importRunning")}: ${t(PHASES[s.phase] ?? "phaseRead")}${step}`;
      status.dataset.phase = s.phase;
    } else {
      bar.removeAttribute("value");
      status.textContent = t("importOpening");
    }
  };

  const showSummary = (r: ImportSummary) => {
    bar.value = 100;
    status.textContent = t(r.duplicate ? "importDuplicate" : "importDone");
    const types = Object.entries(r.nodesByType).sort((a, b) => b[1] - a[1]);
    clear(
      result,
      h("div.import-summary-head", {}, `${r.id} · ${r.nodes} ${t("nodes")} · ${r.edges} ${t("edges")}`),
      h(
        "ul.import-summary",
        { "data-import-summary": r.id },
        types.map(([type, n]) => h("li", { "data-type": type }, `${typeName(type, app.lang())} ${n}`)),
      ),
    );
  };

  const showError = (err: unknown) => {
    bar.value = 0;
    status.textContent = t("importFailed");
    const code = err instanceof ApiRequestError ? err.code : "INTERNAL";
    const message = err instanceof Error ? err.message : String(err);
    clear(result, h("div.error-box", { role: "alert", "data-import-error": code }, `${code}: ${message}`));
  };

  const run = async () => {
    if (!file || busy) return;
    busy = true;
    start.disabled = true;
    clear(result);
    try {
      const fields = { id: idInput.value.trim() || undefined, titleEn: titleInput.value.trim() || undefined };
      showSummary(await importAndOpen(app, file, fields, showStep));
    } catch (err) {
      showError(err);
    } finally {
      busy = false;
      start.disabled = !file;
    }
  };

  const drop = h(
    "label.import-drop",
    { "data-import-drop": "" },
    h("span.import-pick", {}, t("importPick")),
    fileInput,
    fileName,
    h("span.hint", {}, t("importFormats")),
  );
  const dialog = h(
    "dialog.import-dialog",
    { "data-import-dialog": "", "aria-label": t("importDocument") },
    h(
      "form",
      {
        method: "dialog",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void run();
        },
      },
      h("h2.panel-title", {}, t("importDocument")),
      drop,
      idInput,
      titleInput,
      bar,
      status,
      result,
      h(
        "div.import-actions",
        {},
        start,
        h(
          "button.btn.small",
          { type: "button", "data-action": "close-import", onclick: () => dialog.close() },
          t("importClose"),
        ),
      ),
    ),
  );
  // A file dropped anywhere on the dialog is the file to import.
  dialog.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  dialog.addEventListener("dragleave", () => drop.classList.remove("over"));
  dialog.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files?.[0];
    if (f) choose(f);
  });
  dialog.addEventListener("close", () => dialog.remove());
  bar.value = 0;
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
