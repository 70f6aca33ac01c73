// The handler of GET /api/paths (declared in server/src/api/paths.ts).
import type { Handlers } from "../http/route-handler.ts";
import { findPaths } from "./paths-service.ts";

export const pathsHandlers: Handlers<"paths"> = {
  paths: ({ query }, { deps }) => findPaths(deps, query),
};
