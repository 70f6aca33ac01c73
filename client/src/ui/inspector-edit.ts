// The inspector's edit form (editor mode): names, summaries, aliases and an indicator's value, unit and year,
// checked in place before sending; the write names the version it was read at, and a 409 says who won:
// "changed by someone else", their current values, and the choice to reload theirs or overwrite with ours.
import type { Actions } from "../actions.ts";
import { ApiRequestError } from "../api/index.ts";
import type { NodePatch } from "../app/curation.ts";
import { clear, h } from "./dom.ts";
import { t, type StringKey } from "./i18n.ts";

type Field = "name" | "nameEn" | "summaryZh" | "summaryEn" | "aliases" | "value" | "unit" | "year";
const TEXT: Field[] = ["name", "nameEn", "summaryZh", "summaryEn", "aliases"];
const INDICATOR: Field[] = ["value", "unit", "year"];
const LABEL: Record<Field, StringKey> = {
  name: "nameZh",
  nameEn: "nameEn",
  summaryZh: "summaryZh",
  summaryEn: "summaryEn",
  aliases: "aliases",
  value: "value",
  unit: "unit",
  year: "year",
};
const MAX = 2000;

/** The field's message, or null when the value can be sent (the server validates again with the loader's schema). */
export function validate(field: Field, raw: string): StringKey | null {
  const v = raw.trim();
  if (v.length > MAX) return "tooLong";
  if (["name", "nameEn", "summaryZh", "summaryEn"].includes(field) && !v) return "required";
  if (field === "value" && v && !Number.isFinite(Number(v))) return "notANumber";
  if (field === "year" && v && !(/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100)) return "badYear";
  return null;
}

function valueOf(props: Record<string, unknown>, f: Field): string {
  if (f === "aliases") return Array.isArray(props.aliases) ? (props.aliases as unknown[]).map(String).join(", ") : "";
  // An indicator's value, unit and year live in its props, which the API returns flattened onto the node.
  const v = props[f];
  return v === null || v === undefined ? "" : String(v);
}

function bodyOf(values: Record<Field, string>, fields: Field[], version: number): NodePatch {
  const body: NodePatch = {
    name: values.name.trim(),
    nameEn: values.nameEn.trim(),
    summaryZh: values.summaryZh.trim(),
    summaryEn: values.summaryEn.trim(),
    aliases: values.aliases
      .split(/[,，]/)
      .map((a) => a.trim())
      .filter(Boolean),
    expectedVersion: version,
    allowCrossDocument: false,
  };
  if (fields.includes("value")) {
    const num = (s: string) => (s.trim() === "" ? null : Number(s));
    body.props = { value: num(values.value), unit: values.unit.trim() || null, year: num(values.year) };
  }
  return body;
}

/**
 * The form for node `id` as read (`props`, the node's stored properties with `version`); `reload` re-reads the
 * node and redraws the inspector.
 */
export function nodeEditForm(
  app: Actions,
  id: string,
  props: Record<string, unknown>,
  reload: () => void,
): HTMLElement {
  const fields = props.type === "Indicator" ? [...TEXT, ...INDICATOR] : TEXT;
  let version = Number(props.version ?? 1);
  const inputs = new Map<Field, HTMLInputElement | HTMLTextAreaElement>();
  const messages = new Map<Field, HTMLElement>();
  const status = h("div.edit-status", { "aria-live": "polite" });
  const rows = fields.map((f) => {
    const long = f === "summaryZh" || f === "summaryEn";
    const input = long
      ? h("textarea.edit-input", { name: f, rows: 2 })
      : h("input.edit-input", { name: f, type: "text" });
    input.value = valueOf(props, f);
    const msg = h("div.field-error", { "data-error-for": f, role: "alert" });
    input.addEventListener("input", () => check(f));
    inputs.set(f, input);
    messages.set(f, msg);
    return h("label.edit-field", {}, h("span.edit-label", {}, t(LABEL[f])), input, msg);
  });
  const check = (f: Field): boolean => {
    const err = validate(f, inputs.get(f)!.value);
    messages.get(f)!.textContent = err ? t(err) : "";
    inputs.get(f)!.setAttribute("aria-invalid", String(!!err));
    return !err;
  };
  const values = () => Object.fromEntries(fields.map((f) => [f, inputs.get(f)!.value])) as Record<Field, string>;

  const save = async () => {
    const ok = fields.map(check).every(Boolean);
    if (!ok) return;
    clear(status);
    try {
      const res = await app.curation.patchNode(id, bodyOf(values(), fields, version));
      version = Number(res.node?.properties.version ?? version + 1);
      status.textContent = t("saved");
      reload();
    } catch (err) {
      if (err instanceof ApiRequestError && err.code === "CONFLICT") return conflict(err);
      status.textContent = err instanceof Error ? err.message : String(err);
    }
  };

  const conflict = (err: ApiRequestError) => {
    const current = (err.details as { current?: { properties?: Record<string, unknown> } } | undefined)?.current;
    const theirs = current?.properties ?? {};
    clear(
      status,
      h(
        "div.conflict",
        { role: "alert", "data-conflict": "" },
        h("strong", {}, t("conflict")),
        h(
          "dl.conflict-current",
          {},
          fields.flatMap((f) => [h("dt", {}, t(LABEL[f])), h("dd", {}, valueOf(theirs, f) || "—")]),
        ),
        h("button.btn.small", { "data-action": "conflict-reload", onclick: reload }, t("conflictReload")),
        h(
          "button.btn.small",
          {
            "data-action": "conflict-overwrite",
            onclick: () => {
              version = Number(theirs.version ?? version);
              void save();
            },
          },
          t("conflictOverwrite"),
        ),
      ),
    );
  };

  return h(
    "form.node-edit",
    {
      "data-node-edit": id,
      onsubmit: (e: Event) => {
        e.preventDefault();
        void save();
      },
    },
    rows,
    h("button.btn.primary", { type: "submit", "data-action": "save-node" }, t("save")),
    status,
  );
}
