// Three projects, one per kind of test: unit (no I/O), integration (a real Neo4j started once in the
// global setup, shared by the files), browser (real Chromium against the real server).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/plain-summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // A few unit tests hash or generate hundreds of MB; on 2 shared cores 5 s is too tight.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/_global-setup.ts"],
          // The load test compares heap after a forced GC before and after its run.
          execArgv: ["--expose-gc"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Neo4j shared by the files: run them one after another so counts stay meaningful.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/_global-setup.ts"],
          // A page's reaction is polled for; 1 s (vitest's default) is within noise on 2 shared cores.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
