// The page layout (Gephi Lite's): top bar; tool tabs with their panel on the left; the canvas; the inspector
// on the right; the Cypher console as a drawer under the canvas; a status line with counts.
import type { Actions } from "../actions.ts";
import { cameraControls } from "./camera-controls.ts";
import { consolePanel } from "./console-panel.ts";
import { clear, h } from "./dom.ts";
import { t, type StringKey } from "./i18n.ts";
import { documentPicker } from "./document-picker.ts";
import { inspector } from "./inspector.ts";
import { legendPanel } from "./legend-panel.ts";
import { matrixPanel } from "./matrix-panel.ts";
import { noticeBar } from "./notice-bar.ts";
import { pathsPanel } from "./paths-panel.ts";
import { reviewPanel } from "./review-panel.ts";
import { schemaPanel } from "./schema-panel.ts";
import { countsText } from "./status-counts.ts";
import { toolbar, type ToolbarHooks } from "./toolbar.ts";

type Tab = "legend" | "paths" | "matrix" | "review" | "documents" | "schema";
const TABS: { id: Tab; key: StringKey; icon: string }[] = [
  { id: "legend", key: "legend", icon: "◐" },
  { id: "paths", key: "paths", icon: "⇝" },
  { id: "matrix", key: "matrix", icon: "▦" },
  { id: "review", key: "review", icon: "✓" },
  { id: "documents", key: "documents", icon: "❐" },
  { id: "schema", key: "schema", icon: "⌬" },
];

export interface Shell {
  root: HTMLElement;
  canvas: HTMLElement;
  openTab(tab: Tab | null): void;
  toggleConsole(open?: boolean): void;
}

export function buildShell(app: Actions, hooks: ToolbarHooks): Shell {
  const canvas = h("div.canvas", { id: "graph", role: "img", "aria-label": "graph" });
  const panels: Record<Tab, HTMLElement> = {
    legend: legendPanel(app),
    paths: pathsPanel(app),
    matrix: matrixPanel(app),
    review: reviewPanel(app),
    documents: documentPicker(app),
    schema: schemaPanel(app),
  };
  const side = h("aside.side");
  const rail = h("nav.rail", { "aria-label": "tools" });
  const consoleEl = consolePanel(app);
  const drawer = h("div.drawer", {}, consoleEl);
  drawer.inert = true;
  const status = h("footer.status", { "aria-live": "polite" });
  let tab: Tab | null = "legend";
  let consoleOpen = false;

  const renderRail = () => {
    clear(
      rail,
      TABS.map((x) =>
        h(
          "button.rail-btn",
          {
            "data-tab": x.id,
            "aria-pressed": String(tab === x.id),
            title: t(x.key),
            onclick: () => openTab(tab === x.id ? null : x.id),
          },
          h("span.icon", {}, x.icon),
          h("span.rail-label", {}, t(x.key)),
        ),
      ),
      h(
        "button.rail-btn",
        {
          "data-tab": "console",
          "aria-pressed": String(consoleOpen),
          title: t("console"),
          onclick: () => toggleConsole(),
        },
        h("span.icon", {}, "❯_"),
        h("span.rail-label", {}, "Cypher"),
      ),
    );
    // The open panel stays attached across redraws: detaching it would take the keyboard focus (review queue).
    const title = tab ? t(TABS.find((x) => x.id === tab)!.key) : "";
    if (tab && side.lastChild === panels[tab]) (side.firstChild as HTMLElement).textContent = title;
    else if (tab) clear(side, h("h2.panel-title", {}, title), panels[tab]);
    side.classList.toggle("open", !!tab);
    // Closed (zero width), the panel keeps its controls: inert takes them out of the tab order and the a11y tree.
    side.inert = !tab;
    side.classList.toggle("wide", tab === "matrix" || tab === "review" || tab === "documents");
  };
  const openTab = (next: Tab | null) => {
    tab = next;
    if (tab === "matrix") void (panels.matrix as HTMLElement & { load(): Promise<void> }).load();
    if (tab === "review") void (panels.review as HTMLElement & { load(): Promise<void> }).load();
    if (tab === "schema") void (panels.schema as HTMLElement & { load(): Promise<void> }).load();
    if (tab === "documents") void (panels.documents as HTMLElement & { load(): Promise<void> }).load();
    renderRail();
  };
  const toggleConsole = (open = !consoleOpen) => {
    consoleOpen = open;
    drawer.classList.toggle("open", open);
    drawer.inert = !open;
    if (open) void (consoleEl as HTMLElement & { mount(): Promise<void> }).mount();
    renderRail();
  };
  const renderStatus = () => {
    const v = app.state().view;
    clear(
      status,
      h("span.counts", { "data-counts": "" }, countsText(app)),
      cappedNote(app),
      v.content.scope === "custom" ? h("span.tag", {}, t("customView")) : null,
      h("span.hint", {}, t("selectHint")),
    );
  };
  app.onChange(() => {
    renderRail();
    renderStatus();
  });
  renderRail();
  renderStatus();
  document.addEventListener("rg:open-tab", (e) => openTab((e as CustomEvent<Tab>).detail));
  const root = h(
    "div.app",
    {},
    toolbar(app, hooks),
    h(
      "div.main",
      {},
      rail,
      side,
      h("div.stage", {}, noticeBar(app), cameraControls(app, canvas), canvas, drawer),
      inspector(app),
    ),
    status,
  );
  return { root, canvas, openTab, toggleConsole };
}

/** When the overview's cap left nodes out, say so and point at the ways in (search, a type in the legend). */
function cappedNote(app: Actions): HTMLElement | null {
  const v = app.state().view;
  if (v.content.scope !== "all" || app.overviewTotal() <= app.store.baseIds.length) return null;
  return h(
    "button.btn.small.capped",
    {
      "data-capped": "",
      title: t("cappedHint"),
      onclick: () => (document.querySelector(".topbar .search-input") as HTMLInputElement | null)?.focus(),
    },
    `${t("cappedHint")}`,
  );
}
