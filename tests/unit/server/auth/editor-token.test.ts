import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { editorTokenFile, resolveEditorToken } from "../../../../server/src/auth/editor-token.ts";
import { sameSecret } from "../../../../server/src/http/editor-auth.ts";

describe("editor token", () => {
  const dirs: string[] = [];
  const tmp = async () => {
    const d = await mkdtemp(path.join(tmpdir(), "rg-token-"));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("is generated once, kept in the data folder beside the local Neo4j (file 0600, folder 0700), and reused", async () => {
    const file = editorTokenFile(path.join(await tmp(), ".data", "neo4j"));
    expect(path.basename(file)).toBe("editor-token");
    const first = await resolveEditorToken(null, file);
    expect(first.source).toBe("generated");
    expect(first.token.length).toBeGreaterThanOrEqual(40);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    const again = await resolveEditorToken(null, file);
    expect(again).toMatchObject({ source: "file", token: first.token });
  });

  it("comes from EDITOR_TOKEN when set, and then nothing is written", async () => {
    const file = path.join(await tmp(), "sub", "editor-token");
    const t = await resolveEditorToken("from-the-environment-123", file);
    expect(t).toMatchObject({ source: "env", token: "from-the-environment-123", file: null });
    await expect(stat(file)).rejects.toThrow();
  });

  it("matches only the exact token, whatever the length of the guess", () => {
    expect(sameSecret("secret-secret-secret", "secret-secret-secret")).toBe(true);
    expect(sameSecret("secret-secret-secreT", "secret-secret-secret")).toBe(false);
    expect(sameSecret("secret", "secret-secret-secret")).toBe(false);
    expect(sameSecret("", "secret-secret-secret")).toBe(false);
    expect(sameSecret("secret-secret-secret ", "secret-secret-secret")).toBe(false);
  });
});
