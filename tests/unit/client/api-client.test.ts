import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient, ApiRequestError } from "../../../client/src/api/index.ts";

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  return vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), { status }),
  );
}

describe("api client", () => {
  it("asks relative URLs with the query encoded, so the page works behind any prefix", async () => {
    const fetchMock = answer(200, { q: "韧性", hits: [], truncated: false });
    vi.stubGlobal("fetch", fetchMock);
    await new ApiClient().search("韧性 链", 5);
    expect(fetchMock.mock.calls[0]![0]).toBe("api/search?q=%E9%9F%A7%E6%80%A7+%E9%93%BE&limit=5");
  });

  it("turns the API's error body into an ApiRequestError with its stable code", async () => {
    vi.stubGlobal(
      "fetch",
      answer(403, { error: { code: "READ_ONLY", message: "cypher: writes are refused", requestId: "r1" } }),
    );
    const err = await new ApiClient().cypher("CREATE (n)", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ code: "READ_ONLY", status: 403, requestId: "r1" });
  });

  it("reports an unreachable server as NETWORK", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(new ApiClient().graph()).rejects.toMatchObject({ code: "NETWORK" });
  });

  it("reports a gateway error without a JSON body as NETWORK, and other bodies that are not JSON as INTERNAL", async () => {
    vi.stubGlobal("fetch", answer(502, "<html>bad gateway</html>"));
    await expect(new ApiClient().graph()).rejects.toMatchObject({ code: "NETWORK", status: 502 });
    vi.stubGlobal("fetch", answer(200, "<html>not json</html>"));
    await expect(new ApiClient().graph()).rejects.toMatchObject({ code: "INTERNAL" });
  });
});
