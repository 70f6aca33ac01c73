// The editor token: the one secret that turns the read-only explorer into an editor. It comes from EDITOR_TOKEN,
// or is generated once and kept in the data folder (mode 0600) so it survives restarts without being configured.
// Requests carry it as `Authorization: Bearer <token>`; the comparison takes the same time whatever the guess.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RequestHandler } from "express";
import { ApiError } from "../http/errors.ts";

export interface EditorToken {
  token: string;
  /** Where it came from: the environment, the stored file, or generated now (and stored). */
  source: "env" | "file" | "generated";
  /** The file holding it, when it is stored. */
  file: string | null;
}

/** The token file's place: beside the local Neo4j's data folder (`.data/editor-token` by default). */
export function editorTokenFile(neo4jLocalHome: string): string {
  return path.join(path.dirname(neo4jLocalHome), "editor-token");
}

/** EDITOR_TOKEN when set; else the stored token; else a new random one, stored for the next start. */
export async function resolveEditorToken(fromEnv: string | null, file: string): Promise<EditorToken> {
  if (fromEnv) return { token: fromEnv, source: "env", file: null };
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (stored.length >= 16) return { token: stored, source: "file", file };
  const token = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await chmod(path.dirname(file), 0o700);
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { token, source: "generated", file };
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Constant-time equality: both sides are hashed to 32 bytes first, so length leaks nothing either. */
export function tokenMatches(expected: string, presented: string): boolean {
  return timingSafeEqual(digest(expected), digest(presented));
}

const BEARER_RE = /^Bearer ([\x21-\x7e]{1,512})$/;

/**
 * Guards a write route. Without a configured token every write is refused (the explorer stays read-only).
 * The label the audit trail records as "who" is left on res.locals.editor.
 */
export function requireEditor(token: string | null, label: string): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    const m = typeof header === "string" ? BEARER_RE.exec(header) : null;
    if (!token) return next(new ApiError("UNAUTHORIZED", "editor: writing is not enabled on this server"));
    if (!m)
      return next(new ApiError("UNAUTHORIZED", "editor: send the editor token as 'Authorization: Bearer <token>'"));
    if (!tokenMatches(token, m[1]!)) return next(new ApiError("UNAUTHORIZED", "editor: the token is not valid"));
    res.locals.editor = label;
    next();
  };
}
