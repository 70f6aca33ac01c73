// The server's half of a route: the handler that calls a service. Its input and answer are typed by the route's
// declaration in server/src/api, so a handler cannot read a field the schemas do not validate or answer a shape
// the response schema does not describe.
import type { Request, Response } from "express";
import type { RouteInput, RouteName, RouteResponse } from "../api/routes.ts";
import type { AppDeps } from "./app-deps.ts";

export interface HandlerContext {
  deps: AppDeps;
  req: Request;
  res: Response;
  /** Answer with another of the route's declared success statuses (`alsoAnswers`) instead of its `status`. */
  answerWith: (status: 200 | 202) => void;
}

export type Handler<N extends RouteName> = (
  input: RouteInput<N>,
  ctx: HandlerContext,
) => Promise<RouteResponse<N>> | RouteResponse<N>;

/** The handlers of some routes, by route name: each capability exports one such table. */
export type Handlers<N extends RouteName> = { [K in N]: Handler<K> };
