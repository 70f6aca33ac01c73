// The local Neo4j's data folder and password. The folder is private (0700); the neo4j user's password is
// generated on first start (24 random bytes, base64url) and kept in the folder with mode 0600, so only this
// user can read it, and the next start of the same folder finds it again.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const PASSWORD_FILE = "neo4j-password";

export interface LocalHome {
  passwordFile: string;
  password: string;
}

export async function prepareHome(home: string): Promise<LocalHome> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  // An existing folder from an older version may be 0755: tighten it every time.
  await chmod(home, 0o700);
  const passwordFile = path.join(home, PASSWORD_FILE);
  const fresh = randomBytes(24).toString("base64url");
  try {
    // 'wx': never overwrite a password another start wrote first.
    await writeFile(passwordFile, `${fresh}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  await chmod(passwordFile, 0o600);
  const password = (await readFile(passwordFile, "utf8")).split("\n")[0]!.trim();
  if (password.length < 8) throw new Error(`neo4j-local: ${passwordFile} holds no usable password`);
  return { passwordFile, password };
}
