// The handler of GET /api/documents/{a}/compare/{b} (declared in server/src/api/compare.ts).
import type { Handlers } from "../http/route-handler.ts";
import { compareDocuments } from "./compare-service.ts";

export const compareHandlers: Handlers<"compareDocuments"> = {
  compareDocuments: ({ params }, { deps }) => compareDocuments(deps, params),
};
