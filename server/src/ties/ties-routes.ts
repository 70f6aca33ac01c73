// The handlers of GET /api/ties and GET /api/matrix (declared in server/src/api/ties.ts).
import type { Handlers } from "../http/route-handler.ts";
import { matrix, ties } from "./ties-service.ts";

export const tiesHandlers: Handlers<"ties" | "matrix"> = {
  ties: ({ query }, { deps }) => ties(deps, query),
  matrix: ({ query }, { deps }) => matrix(deps, query),
};
