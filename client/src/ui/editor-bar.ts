// Editor mode in the top bar: "Edit" asks for the token once (a password field, kept for this tab only by
// editor-session.ts); while editing, a marked badge says so and offers to stop.
import type { Actions } from "../actions.ts";
import * as editorSession from "../app/editor-session.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { openImportDialog } from "./import-dialog.ts";

export function editorBar(app: Actions): HTMLElement {
  const root = h("div.editor-bar", { "data-editor": "" });
  let asking = false;

  const render = () => {
    const editing = app.curation.editing();
    document.body.classList.toggle("editing", editing);
    root.dataset.editing = String(editing);
    if (editing) {
      clear(
        root,
        h("span.editing-badge", { role: "status", "data-editing-badge": "" }, `✎ ${t("editing")}`),
        h(
          "button.btn.small",
          { "data-action": "import-document", onclick: () => openImportDialog(app) },
          t("importDocument"),
        ),
        h(
          "button.btn.small",
          { "data-action": "leave-editing", onclick: () => editorSession.clear() },
          t("leaveEditing"),
        ),
      );
      return;
    }
    if (!asking) {
      clear(
        root,
        h("button.btn", { "data-action": "edit-mode", onclick: () => ((asking = true), render()) }, t("editMode")),
      );
      return;
    }
    const input = h("input.token-input", {
      type: "password",
      autocomplete: "off",
      "aria-label": t("editToken"),
      placeholder: t("editToken"),
    });
    const form = h(
      "form.token-form",
      {
        onsubmit: (e: Event) => {
          e.preventDefault();
          asking = false;
          editorSession.set(input.value);
          render();
        },
      },
      input,
      h("button.btn.small", { type: "submit" }, t("enterEditing")),
      h("button.btn.small", { type: "button", onclick: () => ((asking = false), render()) }, t("cancel")),
    );
    clear(root, form);
    input.focus();
  };
  editorSession.onChange(render);
  app.onChange(() => !asking && render()); // the language may have changed; never wipe a token being typed
  render();
  return root;
}
