export { App } from "./app.ts";
export type { Notice } from "./task-queue.ts";
