// Over the canvas: a "fit" button (key f, bound in main.ts) that frames the drawn graph, and the busy state
// shown while an expansion fetches its neighbours (the canvas is aria-busy meanwhile).
import type { Actions } from "../actions.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";
import "./camera-controls.css";

export function cameraControls(app: Actions, canvas: HTMLElement): HTMLElement {
  const fit = h("button.btn.icon.fit", { "data-action": "fit", onclick: () => app.fit() }, "⛶");
  const busy = h("div.busy", { role: "status", hidden: true }, h("span.spinner.small"), h("span.busy-text"));
  const render = () => {
    fit.title = `${t("fit")} (f)`;
    fit.setAttribute("aria-label", t("fit"));
    const id = app.expanding;
    busy.hidden = !id;
    canvas.setAttribute("aria-busy", String(!!id));
    busy.lastElementChild!.textContent = id ? `${t("expanding")} ${app.nodeName(id)}…` : "";
  };
  app.onChange(render);
  render();
  return h("div.camera-controls", {}, busy, fit);
}
