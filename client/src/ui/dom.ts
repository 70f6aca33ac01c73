// A tiny DOM builder: h("div.cls", {attrs}, children). Views build plain elements, no framework.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

type TagOf<S extends string> = S extends `${infer T}.${string}` ? T : S;
type ElementOf<S extends string> =
  TagOf<S> extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[TagOf<S>] : HTMLElement;

export function h<S extends string>(tag: S, attrs: Attrs = {}, ...children: (Child | Child[])[]): ElementOf<S> {
  const [name, ...classes] = tag.split(".");
  const el = document.createElement(name!) as ElementOf<S>;
  if (classes.length) el.className = classes.join(" ");
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, "").toLowerCase(), v);
    else if (k === "class") el.className += ` ${String(v)}`;
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: HTMLElement, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

export function clear(el: HTMLElement, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Saves text as a file through a temporary link (no server round trip). */
export function download(name: string, content: Blob | string, type = "text/plain"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function dot(color: string): HTMLSpanElement {
  const s = h("span.dot");
  s.style.background = color;
  return s;
}

const SVG = "http://www.w3.org/2000/svg";

/** A node type's mark as drawn on the canvas: its shape in its colour with the same darker rim. */
export function typeMark(color: string, path: string, shape: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", "type-mark");
  svg.setAttribute("data-shape", shape);
  svg.setAttribute("aria-hidden", "true");
  const p = document.createElementNS(SVG, "path");
  p.setAttribute("d", path);
  p.setAttribute("fill", color);
  p.setAttribute("stroke", "rgba(0,0,0,0.38)");
  p.setAttribute("stroke-width", "1");
  svg.append(p);
  return svg;
}
