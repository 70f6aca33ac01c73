// The handlers of the documents routes (declared in server/src/api/documents.ts).
import type { Handlers } from "../http/route-handler.ts";
import { deleteDocument } from "./delete-service.ts";
import { documentAnswer, listDocuments } from "./documents-service.ts";
import { importUpload } from "./import-service.ts";

export const documentsHandlers: Handlers<"documents" | "document" | "importDocument" | "deleteDocument"> = {
  documents: (_input, { deps }) => listDocuments(deps),
  document: ({ params }, { deps }) => documentAnswer(deps, params.id),
  importDocument: async ({ body, file }, { deps, answerWith }) => {
    const { status, answer } = await importUpload(deps, { file, id: body.id, titleEn: body.titleEn });
    if (status !== 201) answerWith(status);
    return answer;
  },
  deleteDocument: ({ params }, { deps }) => deleteDocument(deps, params.id),
};
