// The editor token of this tab: kept in sessionStorage (gone when the tab closes, never in a cookie or the URL),
// sent by the API client as `Authorization: Bearer` on write calls. Editor mode is simply "a token is set".
const KEY = "rg:editor-token";
const listeners = new Set<(token: string | null) => void>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null; // storage disabled: editor mode lasts as long as the page
  }
}

let memory: string | null = storage()?.getItem(KEY) ?? null;

/** The token, or null when the tab is not in editor mode. */
export function get(): string | null {
  return memory;
}

export function set(token: string): void {
  const t = token.trim();
  if (!t) return clear();
  memory = t;
  storage()?.setItem(KEY, t);
  for (const l of listeners) l(t);
}

export function clear(): void {
  memory = null;
  storage()?.removeItem(KEY);
  for (const l of listeners) l(null);
}

/** Calls the listener on every change of the token; returns the way to stop listening. */
export function onChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
