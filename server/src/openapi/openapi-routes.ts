// The handler of GET /api/openapi.json (declared in server/src/api/routes.ts).
import type { RouteResponse } from "../api/routes.ts";
import type { Handlers } from "../http/route-handler.ts";
import { openApiDocument } from "./openapi.ts";

export const openApiHandlers: Handlers<"openapi"> = {
  openapi: () => openApiDocument() as RouteResponse<"openapi">,
};
