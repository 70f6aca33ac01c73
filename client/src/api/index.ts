// The client's API surface: one ApiClient, its error, and the contract's types re-exported for the views.
export { ApiClient, ApiRequestError, type ApiErrorCode } from "./client.ts";
export type {
  CypherResponse,
  CompareResponse,
  DocumentDetail,
  DocumentSummary,
  Evidence,
  GraphColumns,
  GraphPayload,
  MatrixCell,
  MatrixResponse,
  NodeRef,
  NeighborsResponse,
  NodeDetail,
  PathItem,
  PathsResponse,
  SchemaResponse,
  SearchHit,
  SearchResponse,
  Tie,
  TiesResponse,
} from "../../../server/src/api/index.ts";
export { WriteApi } from "./writes.ts";
export type {
  Change,
  ChangesResponse,
  DeletePreview,
  EdgeState,
  NodeState,
  ReviewBatchResponse,
  ReviewQueueResponse,
  WriteResponse,
} from "../../../server/src/api/index.ts";
