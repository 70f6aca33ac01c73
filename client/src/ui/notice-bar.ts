// A banner over the canvas when an action fails after the page has loaded (the server went away, the
// database is down): says what was not done, keeps the graph as it was, and offers a retry.
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";

export function noticeBar(app: Actions): HTMLElement {
  const root = h("div.notice", { role: "alert", "aria-live": "assertive", hidden: true });
  let shown: unknown = null;
  const render = () => {
    const n = app.notice();
    if (n === shown) return;
    shown = n;
    root.hidden = !n;
    if (!n) return clear(root);
    root.dataset.code = n.code;
    clear(
      root,
      h("span.notice-icon", { "aria-hidden": "true" }, "⚠"),
      h(
        "div.notice-text",
        {},
        h("strong", {}, n.unreachable ? t("noticeUnreachable") : t("noticeFailed"), " ", n.action),
        h("div.notice-detail.mono", {}, `${n.code} · ${n.detail}`),
      ),
      n.retry
        ? h("button.btn.primary", { "data-action": "notice-retry", onclick: () => app.retryNotice() }, t("retry"))
        : null,
      h(
        "button.close",
        { "data-action": "notice-dismiss", "aria-label": t("dismiss"), onclick: () => app.dismissNotice() },
        "×",
      ),
    );
  };
  app.onChange(render);
  render();
  return root;
}
