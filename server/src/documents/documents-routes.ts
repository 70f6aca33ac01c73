// The handlers of GET /api/documents and GET /api/documents/{id} (declared in server/src/api/documents.ts).
import type { Handlers } from "../http/route-handler.ts";
import { documentDetail, listDocuments } from "./documents-service.ts";

export const documentsHandlers: Handlers<"documents" | "document"> = {
  documents: (_input, { deps }) => listDocuments(deps),
  document: ({ params }, { deps }) => documentDetail(deps, params.id),
};
