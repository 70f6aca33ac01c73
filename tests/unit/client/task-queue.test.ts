import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../client/src/api/index.ts";
import { noticeFor, TaskQueue } from "../../../client/src/app/task-queue.ts";

const later = <T>(value: T, ms = 5) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe("task queue", () => {
  it("runs a synchronous task at once when nothing is queued", () => {
    const q = new TaskQueue(() => {});
    let ran = false;
    void q.run("x", () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it("runs tasks in the order they were queued, a slow one holding back the quick ones", async () => {
    const q = new TaskQueue(() => {});
    const log: string[] = [];
    void q.run("expand", async () => void log.push(await later("expand", 20)));
    void q.run("undo", () => void log.push("undo"));
    void q.run("expand", async () => void log.push(await later("expand 2", 1)));
    await q.run("undo", () => void log.push("undo 2"));
    expect(log).toEqual(["expand", "undo", "expand 2", "undo 2"]);
    expect(q.idle).toBe(true);
  });

  it("reports a failure with a retry and carries on with the next task", async () => {
    const reported: { action: string; retry: () => void }[] = [];
    const q = new TaskQueue((_err, action, retry) => reported.push({ action, retry }));
    let attempts = 0;
    const log: string[] = [];
    void q.run("expand", async () => {
      attempts++;
      if (attempts === 1) throw new ApiRequestError("NETWORK", "api: the server could not be reached", 0);
      log.push("expanded");
    });
    await q.run("undo", () => void log.push("undo"));
    expect(reported.map((r) => r.action)).toEqual(["expand"]);
    expect(log).toEqual(["undo"]);
    reported[0]!.retry();
    await q.run("", () => undefined);
    expect(log).toEqual(["undo", "expanded"]);
  });

  it("does not report a cancelled request", async () => {
    const reported: string[] = [];
    const q = new TaskQueue((_e, action) => reported.push(action));
    await q.run("query", () => Promise.reject(new ApiRequestError("ABORTED", "api: request cancelled", 0)));
    expect(reported).toEqual([]);
  });
});

describe("notices", () => {
  it("call an unreachable server or a down database retryable, and keep the code", () => {
    expect(noticeFor(new ApiRequestError("NETWORK", "m", 0), "Expand", null)).toMatchObject({
      code: "NETWORK",
      unreachable: true,
    });
    expect(noticeFor(new ApiRequestError("DB_UNAVAILABLE", "m", 503), "Expand", null).unreachable).toBe(true);
    expect(noticeFor(new ApiRequestError("NOT_FOUND", "m", 404), "Expand", null).unreachable).toBe(false);
    expect(noticeFor(new Error("boom"), "Expand", null)).toMatchObject({ code: "INTERNAL", detail: "boom" });
  });
});
