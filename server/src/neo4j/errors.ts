// Translates driver errors into the API's codes at the edge, so handlers never inspect Neo4j codes.
import { Neo4jError } from "neo4j-driver";
import { ApiError } from "../http/errors.ts";

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function fromNeo4jError(err: unknown): ApiError | null {
  if (!(err instanceof Neo4jError)) return null;
  const code = err.code ?? "";
  if (UNAVAILABLE.has(code) || code.startsWith("Neo.TransientError.Database")) {
    return new ApiError("DB_UNAVAILABLE", "neo4j: the database is not reachable; try again shortly");
  }
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    (code === "Neo.TransientError.Transaction.Terminated" && /timed? ?out/i.test(err.message))
  ) {
    return new ApiError("TIMEOUT", "neo4j: the query ran longer than the allowed time and was stopped");
  }
  if (code === "Neo.ClientError.Statement.SyntaxError" || code === "Neo.ClientError.Statement.ArgumentError") {
    return new ApiError("CYPHER_SYNTAX", `cypher: ${firstLine(err.message)}`);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security")) {
    return new ApiError("READ_ONLY", "cypher: this query would change the database; the console is read-only");
  }
  if (code.includes("MemoryPoolOutOfMemory") || code.includes("OutOfMemory")) {
    return new ApiError("TOO_LARGE", "neo4j: the query needed more memory than one transaction may use");
  }
  if (code.startsWith("Neo.ClientError.Statement") || code.startsWith("Neo.ClientError.Procedure")) {
    return new ApiError("BAD_REQUEST", `cypher: ${firstLine(err.message)}`);
  }
  if (code.startsWith("Neo.TransientError")) {
    return new ApiError("DB_UNAVAILABLE", "neo4j: the database is busy; try again shortly");
  }
  return null;
}

/** Neo4j messages can span lines with a caret diagram; the first line says what is wrong. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).slice(0, 500);
}
