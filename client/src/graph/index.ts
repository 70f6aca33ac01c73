// The client's graph domain: state types, pure producers, history, URL state, layouts, exports.
export * from "./types.ts";
export * from "./view-state.ts";
export * from "./history.ts";
export * from "./url-state.ts";
export * from "./layered-layout.ts";
