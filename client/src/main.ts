// Entry point: fonts, then the graph from the API, then Sigma. A page that cannot reach the API says so and
// offers a retry instead of staying blank. Tests reach the model through window.__rg.
import "./ui/styles.css";
import { ApiClient, ApiRequestError } from "./api/index.ts";
import { App } from "./app/index.ts";
import { decodeView } from "./graph/url-state.ts";
import { initialState } from "./graph/view-state.ts";
import type { LayoutProgress } from "./sigma/layout-runner.ts";
import { h } from "./ui/dom.ts";
import { setUiLang, t } from "./ui/i18n.ts";
import { loadFonts } from "./ui/fonts.ts";
import { buildShell } from "./ui/shell.ts";

declare global {
  interface Window {
    __rg?: { app: App; graph: App["graph"]; state: () => ReturnType<App["state"]>; ready: Promise<void> };
  }
}

function showFatal(host: HTMLElement, err: unknown, retry: () => void): void {
  const network =
    err instanceof ApiRequestError &&
    (err.code === "NETWORK" || err.code === "DB_UNAVAILABLE" || err.code === "NOT_READY");
  host.replaceChildren(
    h(
      "div.fatal",
      { role: "alert" },
      h("div.fatal-icon", {}, "⚠"),
      h("h1", {}, network ? t("unreachable") : "Resilience Graph"),
      h("p", {}, network ? t("unreachableHint") : ""),
      h(
        "pre.fatal-detail",
        {},
        err instanceof ApiRequestError
          ? `${err.code}: ${err.message}`
          : err instanceof Error
            ? err.message
            : String(err),
      ),
      h("button.btn.primary", { onclick: retry, "data-action": "retry" }, t("retry")),
    ),
  );
}

function boot(): void {
  const host = document.getElementById("app")!;
  const initial = initialState(decodeView(location.search));
  setUiLang(initial.view.lang);
  host.replaceChildren(h("div.loading", {}, h("div.spinner"), t("loading")));
  const api = new ApiClient();
  const app = new App(api, initial);
  const progressListeners: ((p: LayoutProgress) => void)[] = [];
  app.onLayoutProgress = (p) => progressListeners.forEach((l) => l(p));
  const ready = (async () => {
    const shell = buildShell(app, { onLayoutProgress: (l) => progressListeners.push(l) });
    // The shell goes in first (hidden behind the loader) so Sigma's container has its size.
    shell.root.classList.add("booting");
    host.append(shell.root);
    await app.start(shell.canvas, loadFonts);
    host.querySelector(".loading")?.remove();
    shell.root.classList.remove("booting");
    // The shell had its size while hidden: a redraw, not a second indexation of the whole graph.
    app.renderer.shown();
    progressListeners.forEach((l) => l(app.progress));
    if (initial.view.path) shell.openTab("paths");
    if (initial.view.query) shell.toggleConsole(true);
    document.addEventListener("keydown", (e) => {
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, .cm-editor, select")) return;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && (key === "z" || key === "y")) {
        e.preventDefault();
        if (e.shiftKey || key === "y") app.redo();
        else app.undo();
      } else if (e.key === "/") {
        e.preventDefault();
        (document.querySelector(".topbar .search-input") as HTMLInputElement | null)?.focus();
      } else if (e.key === "Escape") app.clearSelection();
      else if (e.key === "f" && !e.ctrlKey && !e.metaKey && !e.altKey) app.fit();
    });
  })();
  window.__rg = { app, graph: app.graph, state: () => app.state(), ready };
  ready.catch((err: unknown) => {
    app.kill();
    showFatal(host, err, () => {
      host.replaceChildren();
      boot();
    });
  });
}

boot();
