// Translates driver errors into the API's codes at the edge, so handlers never inspect Neo4j codes.
// The rule: a Neo.ClientError.* is the query's fault and answers 4xx with Neo4j's code and first message line
// (details.neo4jCode); an unreachable, stalled or refusing database answers 503; only what is left is a 5xx.
import { Neo4jError } from "neo4j-driver";
import { ApiError, dbUnavailable, queryTimeout } from "../http/errors.ts";

/** Codes the driver itself raises when it cannot reach or keep a connection (no server was heard). */
const DRIVER_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "ProtocolError", "N/A"]);

export function fromNeo4jError(err: unknown): ApiError | null {
  if (!(err instanceof Neo4jError)) return null;
  const code = err.code ?? "";
  const first = firstLine(err.message);
  const details = { neo4jCode: code };

  if (DRIVER_UNAVAILABLE.has(code)) {
    // "Connection acquisition timed out": the pool is exhausted by requests stuck on a stalled database.
    return dbUnavailable("neo4j: the database is not reachable or does not answer; try again shortly");
  }
  if (isMemoryLimit(code)) {
    return new ApiError(
      "MEMORY_LIMIT",
      "neo4j: the query needed more memory than one query may use and was stopped; narrow it (LIMIT, fewer rows, smaller lists)",
      details,
    );
  }
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
    (code === "Neo.TransientError.Transaction.Terminated" && /timed? ?out/i.test(err.message))
  ) {
    return queryTimeout();
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    // Forbidden is a write attempt in a read transaction; the others mean the API itself cannot log in,
    // which is the server's configuration, not the caller's fault.
    if (code === "Neo.ClientError.Security.Forbidden")
      return new ApiError("READ_ONLY", "cypher: this query would change the database; the console is read-only");
    return dbUnavailable("neo4j: the database refused the API's credentials; check NEO4J_USERNAME/NEO4J_PASSWORD");
  }
  if (code === "Neo.ClientError.Statement.AccessMode")
    return new ApiError("READ_ONLY", "cypher: this query would change the database; the console is read-only");
  if (code === "Neo.ClientError.Statement.SyntaxError")
    return new ApiError("CYPHER_SYNTAX", `cypher: ${first}`, details);
  if (code.startsWith("Neo.ClientError.")) return new ApiError("BAD_REQUEST", `cypher: ${first}`, details);
  // Neo4j 5.26 reports some plain query errors as a DatabaseError: substring('abc', -1) ("Cannot handle
  // negative start index"), shortestPath from a node to itself (GQL 51N23, classification CLIENT_ERROR).
  // The statement failed, the database did not: the caller's query is what to change.
  if (code === "Neo.DatabaseError.Statement.ExecutionFailed" || err.classification === "CLIENT_ERROR")
    return new ApiError("BAD_REQUEST", `cypher: the query could not be run: ${first}`, details);
  if (code.startsWith("Neo.TransientError."))
    return dbUnavailable("neo4j: the database is busy or not available; try again shortly");
  // Any other Neo.DatabaseError: the database itself failed (after a failed log append on a full disk it
  // refuses every transaction until restarted). Unavailable, not the API's bug: 503, with the code to report.
  if (code.startsWith("Neo.DatabaseError.")) {
    const e = dbUnavailable(`neo4j: the database reported a failure (${code}); it may need a restart`);
    return new ApiError("DB_UNAVAILABLE", e.message, details);
  }
  return null;
}

function isMemoryLimit(code: string): boolean {
  return (
    code === "Neo.ClientError.General.TransactionOutOfMemoryError" ||
    code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" ||
    code === "Neo.TransientError.General.OutOfMemoryError" ||
    code.includes("MemoryLimit")
  );
}

/** Neo4j messages can span lines with a caret diagram; the first line says what is wrong. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).slice(0, 500);
}
