import { defineConfig } from "vitest/config"

// Unit tests of generation and of the self-check's flow; the browser tests have their own config.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node" },
})
