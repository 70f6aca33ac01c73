// Requests Node's HTTP parser refuses never reach Express: headers too large, a malformed request line or
// Content-Length, headers that do not arrive in time. Node would answer them with a bare text status; this
// answers the API's JSON error instead, then closes the connection (the parser cannot continue on it).
import { randomUUID } from "node:crypto";
import { STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { ApiError } from "./errors.ts";

function errorFor(code: string | undefined): ApiError {
  if (code === "HPE_HEADER_OVERFLOW")
    return new ApiError("HEADERS_TOO_LARGE", "request: the request headers are larger than allowed");
  if (code === "ERR_HTTP_REQUEST_TIMEOUT")
    return new ApiError("REQUEST_TIMEOUT", "request: the request did not arrive in time");
  return new ApiError("BAD_REQUEST", "request: malformed HTTP request");
}

export function answerClientErrorsAsJson(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A peer that reset or already closed the connection has no one left to read an answer.
    if (err.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
    const e = errorFor(err.code);
    const body = JSON.stringify({ error: { code: e.code, message: e.message, requestId: randomUUID() } });
    socket.end(
      `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? "Error"}\r\n` +
        "Content-Type: application/json; charset=utf-8\r\n" +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        "Connection: close\r\n\r\n" +
        body,
    );
  });
}
