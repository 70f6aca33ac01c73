// How this project starts Debian's Chromium, for the browser tests and the browser benchmarks alike.
// (playwright-core drives it; test tools may not download browsers here.)
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Root needs --no-sandbox; the machine's network is closed, so every background fetch is switched off
 * (otherwise Chromium retries refused connections at every start); newer Chromium draws WebGL in software
 * (SwiftShader) only with --enable-unsafe-swiftshader. The profile is a fresh --user-data-dir per launch,
 * given by launchPersistentContext.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--enable-unsafe-swiftshader",
];
