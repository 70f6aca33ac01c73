// Helpers of the curation browser tests: the write API called with the run's editor token, and a page of the app
// in editor mode.
import { expect, inject } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, openApp, type Browser } from "./_browser.ts";

export const DOC = "beijing-industrial-chain-resilience";
export const token = () => inject("editorToken");

export async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token()}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** Waits for a condition (a write, a reload) rather than sleeping. */
export const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

export async function enterEditing(page: Page): Promise<void> {
  await page.click('[data-action="edit-mode"]');
  await page.fill(".token-input", token());
  await page.press(".token-input", "Enter");
  await page.locator("[data-editing-badge]").waitFor();
}

/** A new page of the app, in editor mode. */
export async function editorPage(b: Browser): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(b);
  await enterEditing(opened.page);
  return opened;
}
