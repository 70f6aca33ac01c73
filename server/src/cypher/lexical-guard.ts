// The console's first, conservative layer: a lexical check of the query after comments and string
// literals are blanked out. It refuses write, schema and admin keywords, LOAD CSV, IN TRANSACTIONS,
// several statements, and procedures or namespaced functions not on the allow-lists. It may refuse a
// harmless query (a bare variable named `set`, say); it must never pass a harmful one alone: the EXPLAIN
// classifier and the read transaction stand behind it.

/** Read-only procedures the console may CALL (lower-case, fully qualified). */
export const PROCEDURE_ALLOW_LIST = new Set([
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
  "db.index.fulltext.listavailableanalyzers",
  "dbms.components",
]);

/** Namespaces of built-in functions that compute and never reach outside the database. */
const FUNCTION_NAMESPACES = [
  "point",
  "vector.similarity",
  "duration",
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
];
const FUNCTION_ALLOW_LIST = new Set(["db.namefromelementid"]);

const REFUSED_KEYWORDS = [
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH",
  "REMOVE",
  "DROP",
  "FOREACH",
  "LOAD",
  "ALTER",
  "GRANT",
  "DENY",
  "REVOKE",
  "TERMINATE",
  "START",
  "STOP",
  "RENAME",
  "ENABLE",
  "USE",
  "COMMIT",
  "TRANSACTIONS",
  "TRANSACTION",
  "PERIODIC",
  "INSERT",
  "FINISH",
  "DEALLOCATE",
  "REALLOCATE",
];
const SHOW_ALLOWED = new Set([
  "INDEX",
  "INDEXES",
  "CONSTRAINT",
  "CONSTRAINTS",
  "FUNCTION",
  "FUNCTIONS",
  "PROCEDURE",
  "PROCEDURES",
]);

export type LexicalVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The query with comments and string contents blanked and backticked names replaced by a neutral
 * identifier (`code`), and the same with backticked names unquoted (`names`, to read procedure names).
 * Format characters (zero-width and the like) are dropped, line terminators become "\n" and other space
 * or control characters plain spaces, so "CRE\u200BATE" reads as CREATE; NFKC folds full-width letters to ASCII.
 */
// Every character some parser may take for a line end; the control characters are the point here.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/gu;

export function scrub(query: string): { code: string; names: string } {
  // Anything that might end a line ends a line comment here: ending one too early only shows the checker
  // more text, ending it too late would hide code from it.
  const src = query
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(LINE_BREAKS, "\n")
    .replace(/(?!\n)[\s\p{Z}\p{Cc}]/gu, " ");
  let code = "";
  let names = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      const end = src.indexOf("\n", i);
      i = end < 0 ? src.length : end;
      code += " ";
      names += " ";
    } else if (c === "/" && next === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
      code += " ";
      names += " ";
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      let body = "";
      while (j < src.length) {
        if (src[j] === "\\" && c !== "`") {
          j += 2;
          continue;
        }
        if (src[j] === c) {
          if (c === "`" && src[j + 1] === "`") {
            body += "`";
            j += 2;
            continue;
          }
          break;
        }
        body += src[j];
        j += 1;
      }
      i = j + 1;
      if (c === "`") {
        code += " q_ident ";
        names += body;
      } else {
        code += " '' ";
        names += " '' ";
      }
    } else {
      code += c;
      names += c;
      i += 1;
    }
  }
  return { code, names };
}

export function checkLexically(query: string): LexicalVerdict {
  const { code, names } = scrub(query);
  const upper = code.toUpperCase();
  const body = upper.replace(/;\s*$/, "");
  if (body.includes(";")) return { ok: false, reason: "one statement at a time" };
  for (const kw of REFUSED_KEYWORDS) {
    // Not after '.', '$' or a letter: n.set and $create are names, not keywords.
    if (new RegExp(`(?<![\\w$.])${kw}(?![\\w$])`).test(upper))
      return { ok: false, reason: `${kw} is not allowed in the read-only console` };
  }
  for (const m of upper.matchAll(/(?<![\w$.])SHOW(?![\w$])((?:\s+\w+){0,4})/g)) {
    const words = (m[1] ?? "").trim().split(/\s+/);
    if (!words.some((w) => SHOW_ALLOWED.has(w)))
      return { ok: false, reason: "only SHOW INDEXES/CONSTRAINTS/FUNCTIONS/PROCEDURES is allowed" };
  }
  for (const m of names.matchAll(/(?<![\w$.])CALL\s*([^\s({])/gi)) {
    const at = (m.index ?? 0) + m[0].length - 1;
    const name = /^[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*/.exec(names.slice(at))?.[0] ?? names.slice(at, at + 40);
    const norm = name.replace(/\s+/g, "").toLowerCase();
    if (!PROCEDURE_ALLOW_LIST.has(norm))
      return { ok: false, reason: `procedure ${norm} is not on the console's allow-list` };
  }
  for (const m of names.matchAll(/(?<![\w$.])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/g)) {
    const before = names.slice(0, m.index ?? 0);
    if (/CALL\s*$/i.test(before)) continue;
    const norm = m[1]!.replace(/\s+/g, "").toLowerCase();
    const ns = norm.slice(0, norm.lastIndexOf("."));
    if (!FUNCTION_ALLOW_LIST.has(norm) && !FUNCTION_NAMESPACES.includes(ns))
      return { ok: false, reason: `function ${norm} is not on the console's allow-list` };
  }
  return { ok: true };
}
