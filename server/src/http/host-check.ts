// DNS-rebinding guard: a page on another site that rebinds its name to 127.0.0.1 reaches this server with its own
// name in the Host header. Only the configured names pass (config.allowedHosts: loopback names, HOST,
// ALLOWED_HOSTS); any other answers 421 MISDIRECTED_REQUEST as JSON. A request without Host (HTTP/1.0 probes)
// carries no foreign name and passes.
import type { RequestHandler } from "express";
import { ApiError } from "./errors.ts";

/** "example.org:3000" → "example.org"; "[::1]:3000" → "[::1]". */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1) || h;
  const colon = h.lastIndexOf(":");
  return colon === -1 ? h : h.slice(0, colon);
}

export function hostCheck(allowed: readonly string[]): RequestHandler {
  const names = new Set(allowed.map((n) => n.toLowerCase()));
  return (req, _res, next) => {
    const host = req.headers.host;
    if (host === undefined || names.has(hostName(host))) return next();
    const shown = hostName(host).slice(0, 100);
    next(new ApiError("MISDIRECTED_REQUEST", `host: this server does not answer to "${shown}" (see ALLOWED_HOSTS)`));
  };
}
