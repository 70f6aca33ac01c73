// Which ids a run of seedAll may move between documents: only from a document loaded in the same run whose
// new version has dropped the node. Everything else another document holds is refused by the loader.
import { describe, expect, it } from "vitest";
import { movesWithin } from "../../../graph-seed/src/load/index.ts";
import { fixtureSeed } from "../../_fixtures/seed-fixture.ts";

describe("movesWithin", () => {
  it("lets a node move from a document of the run that dropped it, and nothing else", () => {
    const a = fixtureSeed("doc-a", "fx");
    a.nodes = a.nodes.filter((n) => n.id !== "fx-measure");
    const b = fixtureSeed("doc-b", "fx");
    const may = movesWithin([a, b]);
    expect(may("fx-measure", "doc-a")).toBe(true); // doc-a's new version dropped it
    expect(may("fx-problem", "doc-a")).toBe(false); // doc-a still has it: a real collision
    expect(may("fx-measure", "doc-elsewhere")).toBe(false); // its owner is not in this run (renamed? removed?)
  });
});
