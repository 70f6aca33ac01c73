// Writing an import into SOURCES_DIR (a temporary folder here): atomic, never overwriting a different text,
// and findable by the sha256 of the original bytes.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  findBySha256,
  readDocument,
  ReadError,
  saveImport,
  writeSourceText,
} from "../../../graph-seed/src/read/index.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rg-read-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: unknown) => (e instanceof ReadError ? e.code : String(e)),
  );

describe("writeSourceText", () => {
  it("writes <id>.<lang>.txt with a final newline and leaves no temporary file", async () => {
    const w = await writeSourceText(dir, "my-plan", "en", "Line one.\nLine two.");
    expect(w).toEqual({ file: path.join(dir, "my-plan.en.txt"), created: true });
    expect(await readFile(w.file, "utf8")).toBe("Line one.\nLine two.\n");
    expect(await readdir(dir)).toEqual(["my-plan.en.txt"]);
  });

  it("accepts the same text again as a no-op, and refuses a different text for the id", async () => {
    await writeSourceText(dir, "my-plan", "zh", "第一段。");
    expect((await writeSourceText(dir, "my-plan", "zh", "第一段。")).created).toBe(false);
    expect(await code(writeSourceText(dir, "my-plan", "zh", "另一段。"))).toBe("READ_SOURCE_EXISTS");
    expect(await code(writeSourceText(dir, "my-plan", "en", "Other."))).toBe("READ_SOURCE_EXISTS");
    expect(await readFile(path.join(dir, "my-plan.zh.txt"), "utf8")).toBe("第一段。\n");
  });

  it("lets one of two racing writers of different texts win, and refuses the other", async () => {
    const results = await Promise.all(["A.", "B."].map((t) => code(writeSourceText(dir, "race", "en", t))));
    expect(results.sort()).toEqual(["READ_SOURCE_EXISTS", "none"]);
    expect(await readdir(dir)).toEqual(["race.en.txt"]);
  });

  it("refuses an id that is not kebab-case (no path tricks) and a language other than zh or en", async () => {
    for (const id of ["../escape", "Upper", "a--b", "", "a b", "a/b"]) {
      expect(await code(writeSourceText(dir, id, "en", "x"))).toBe("READ_BAD_ID");
    }
    expect(await code(writeSourceText(dir, "ok", "fr" as "en", "x"))).toBe("READ_BAD_ID");
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("saveImport and findBySha256", () => {
  it("records the original bytes' sha256 beside the text, so the same bytes imported again find the id", async () => {
    const bytes = new Uint8Array(Buffer.from("# Plan\n\nThe plan has goals.\n", "utf8"));
    const read = await readDocument(bytes, "plan.md");
    const saved = await saveImport(dir, "plan", read, "/uploads/plan.md", new Date("2026-01-02T03:04:05Z"));
    expect(saved).toMatchObject({ id: "plan", format: "md", fileName: "plan.md", language: "en", created: true });
    expect(JSON.parse(await readFile(path.join(dir, "plan.import.json"), "utf8"))).toMatchObject({
      sha256: read.sha256,
      importedAt: "2026-01-02T03:04:05.000Z",
    });
    expect((await findBySha256(dir, read.sha256))?.id).toBe("plan");
    expect(await findBySha256(dir, "0".repeat(64))).toBeNull();
  });

  it("forgets an import whose text was removed, and skips unreadable records", async () => {
    const read = await readDocument(new Uint8Array(Buffer.from("Some text here.", "utf8")), "a.txt");
    await saveImport(dir, "gone", read, "a.txt");
    await writeFile(path.join(dir, "broken.import.json"), "{not json");
    await rm(path.join(dir, "gone.en.txt"));
    expect(await findBySha256(dir, read.sha256)).toBeNull();
    expect(await findBySha256(path.join(dir, "missing"), read.sha256)).toBeNull();
  });
});
