// Shared entities in the review queue: for the document under review, the deterministic candidates for "the same
// entity in another document" (GET /api/documents/{a}/compare/{b}: normalized names, aliases, English names,
// keyword overlap), each with its score and reasons. In editor mode "same entity" confirms a pair: the node of
// the document loaded later is merged into the other's (one node with evidence from both; undoable).
import type { CompareResponse, NodeRef } from "../api/index.ts";
import type { Actions } from "../actions.ts";
import { clear, h } from "./dom.ts";
import { markOf } from "./type-mark.ts";

type Pair = CompareResponse["shared"][number] & { docA: string; docB: string };

/** How many candidates are listed per document pair (strongest first); compare answers at most 300. */
const SHOWN = 40;

export type SharedEntities = HTMLElement & { load(doc: string): Promise<void> };

export function sharedEntities(app: Actions): SharedEntities {
  const root = h("section.shared-entities", { "data-shared-entities": "" }) as unknown as SharedEntities;
  let pairs: Pair[] = [];
  let doc = "";
  let error: string | null = null;
  let busy = false;
  const en = () => app.lang() === "en";
  const name = (n: NodeRef) => (en() ? n.nameEn || n.name : n.name);

  const versionOf = async (id: string) => {
    const d = await app.api.node(id);
    const v = d.properties.version;
    return typeof v === "number" ? v : 1;
  };

  const confirm = async (p: Pair) => {
    if (busy) return;
    busy = true;
    try {
      // a is the node of the document loaded first (see load), so the earlier document's id is kept.
      await app.curation.mergeNodes(
        { id: p.b.id, version: await versionOf(p.b.id) },
        { id: p.a.id, version: await versionOf(p.a.id) },
      );
      await root.load(doc);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      render();
    } finally {
      busy = false;
    }
  };

  const render = () => {
    const editing = app.curation.editing();
    const open = pairs.filter((p) => !p.confirmed);
    clear(
      root,
      h(
        "h3",
        {},
        `${en() ? "Shared entities" : "跨文件共有实体"} (${open.length}${pairs.length > open.length ? ` · ${pairs.length - open.length} ${en() ? "confirmed" : "已确认"}` : ""})`,
      ),
      error ? h("div.error-box", {}, error) : null,
      h(
        "ol.shared-list",
        {},
        open
          .slice(0, SHOWN)
          .map((p) =>
            h(
              "li.shared-pair",
              { "data-a": p.a.id, "data-b": p.b.id, "data-score": p.score },
              h("span.shared-end", { title: p.docA }, markOf(p.a.type), name(p.a)),
              h("span.shared-link", { title: p.reasons.join(", ") }, ` ⇄ ${p.score.toFixed(2)} `),
              h("span.shared-end", { title: p.docB }, markOf(p.b.type), name(p.b)),
              h("span.shared-reasons.muted", {}, ` ${p.docB === doc ? p.docA : p.docB} · ${p.reasons.join(", ")}`),
              editing
                ? h(
                    "button.btn.small",
                    { "data-action": "confirm-shared", onclick: () => void confirm(p) },
                    en() ? "Same entity" : "同一实体",
                  )
                : null,
            ),
          ),
      ),
    );
  };

  root.load = async (d: string) => {
    doc = d;
    error = null;
    try {
      const docs = (await app.api.documents()).documents.filter((x) => x.loaded);
      // Earlier-loaded document first: its node is the one a confirmation keeps.
      const first = (id: string) => docs.find((x) => x.id === id)?.firstLoadedAt ?? "~";
      const others = docs.filter((x) => x.id !== d).map((x) => x.id);
      const answers = await Promise.all(
        others.map(async (o) => {
          const [a, b] = first(o) <= first(d) ? [o, d] : [d, o];
          const res = await app.api.compareDocuments(a, b);
          return res.shared.map((s) => ({ ...s, docA: a, docB: b }));
        }),
      );
      pairs = answers.flat().sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id));
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      pairs = [];
    }
    // Which document the list is for, once its answers are in (a test waits on it; a quick switch races).
    root.dataset.doc = d;
    render();
  };
  app.curation.onChange(render);
  render();
  return root;
}
