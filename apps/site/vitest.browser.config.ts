import { defineConfig } from "vitest/config"

// The browser tests: Debian's chromium-headless-shell through playwright-core, against the real
// API (serving the built site) on a fresh SQLite file. One file, one browser, run in order.
export default defineConfig({
  test: {
    include: ["browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
