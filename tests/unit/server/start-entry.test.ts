// The entry of `npm start` / `npm run seed` (server/src/boot/start.mjs), in a scratch tree without tsx, as a
// production install after `npm prune --omit=dev`: it reads .env (the environment wins), runs the compiled
// entry from dist/server, passes the entry's flags on, and says what to do when nothing can run.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../server/src/config.ts";

const execFileP = promisify(execFile);

describe("the start entry", () => {
  let root = "";
  const entry = () => path.join(root, "server", "src", "boot", "start.mjs");
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileP(process.execPath, [entry(), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", ...env },
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "rg-start-entry-"));
    await mkdir(path.join(root, "server", "src", "boot"), { recursive: true });
    await cp(path.join(REPO_ROOT, "server", "src", "boot", "start.mjs"), entry());
    await writeFile(path.join(root, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(path.join(root, ".env"), "FROM_FILE=file\nBOTH=file\n# a comment\n");
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("without tsx and without a build, says to build", async () => {
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/dist\/server\/index\.js is missing and tsx is not installed: run `npm run build`/);
  });

  it("runs the compiled server with .env read and the environment winning", async () => {
    await mkdir(path.join(root, "dist", "server"), { recursive: true });
    await writeFile(
      path.join(root, "dist", "server", "index.js"),
      "console.log(JSON.stringify({ entry: 'server', file: process.env.FROM_FILE, both: process.env.BOTH }));",
    );
    const r = await run([], { BOTH: "env" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ entry: "server", file: "file", both: "env" });
  });

  it("runs the compiled seed CLI with its own flags", async () => {
    await writeFile(
      path.join(root, "dist", "server", "seed.js"),
      "console.log(JSON.stringify({ entry: 'seed', argv: process.argv.slice(2) }));",
    );
    const r = await run(["seed", "--force"]);
    expect(JSON.parse(r.out)).toEqual({ entry: "seed", argv: ["--force"] });
  });

  it("refuses an unknown entry", async () => {
    const r = await run(["bogus"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/unknown entry "bogus"/);
  });
});
