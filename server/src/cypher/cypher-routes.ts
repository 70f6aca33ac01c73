// The handler of POST /api/cypher (declared in server/src/api/cypher.ts): ties the run to the client's connection.
import type { Handlers } from "../http/route-handler.ts";
import { runConsole } from "./console-service.ts";

export const cypherHandlers: Handlers<"cypher"> = {
  cypher: ({ body }, { deps, res }) => {
    // 'close' before the answer is written means the client went away: its query is terminated.
    const cancelled = new Promise<void>((resolve) => res.on("close", () => !res.writableFinished && resolve()));
    return runConsole(deps, { body, cancelled });
  },
};
