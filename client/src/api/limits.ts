// Bounds the server enforces that the client's controls must respect, restated under the contract's literal types
// (the client imports only types): if the server's bound changes, this file stops compiling until it follows.
import type { PATH_MODES as SERVER_PATH_MODES, PathsLimits } from "../../../server/src/api/index.ts";

export const PATHS_LIMITS: PathsLimits = { kMax: 10, maxHopsMax: 6 };
export const PATH_MODES: typeof SERVER_PATH_MODES = ["shortest", "all", "k"];
