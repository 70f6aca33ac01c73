// The handler of GET /api/search (declared in server/src/api/search.ts).
import type { Handlers } from "../http/route-handler.ts";
import { search } from "./search-service.ts";

export const searchHandlers: Handlers<"search"> = {
  search: ({ query }, { deps }) => search(deps, query),
};
