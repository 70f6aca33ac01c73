// The editor token: the one secret that turns the read-only explorer into an editor. It comes from EDITOR_TOKEN,
// or is generated once and kept in the data folder (mode 0600) so it survives restarts without being configured.
// Requests carry it as `Authorization: Bearer <token>`, checked by the route binding (http/editor-auth.ts).
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

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
