// Mutation testing of the domain's core modules (issue 13, item 5): `pnpm --filter @zhicheng/bench bench:mutation`.
// Run from packages/domain (the script does the `cd`), so paths below are relative to that package.
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

/** The modules whose every behaviour should be pinned by a test; score recorded in bench/README.md. */
const CORE = ["Facts", "Condition", "WorkCalendar", "CivilDate", "Quota", "Audit", "ResidentId"]
const only = process.env.MUTATE?.split(",") ?? CORE

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  // Stryker lives in bench/, not in the domain package: load the runner by path.
  plugins: [require.resolve("@stryker-mutator/vitest-runner")],
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  mutate: only.map((name) => `src/${name}.ts`),
  // Never mutate the shared tree in place (other work goes on in it): copies go to a sandbox, which sits
  // at the same depth as packages/domain (/work/main/.stryker-tmp/sandbox-*), so the tests' relative
  // paths to ../../../../shared/policy-sources still resolve.
  inPlace: false,
  tempDirName: "../../.stryker-tmp",
  coverageAnalysis: "perTest",
  // Mutants of module-load code (schema annotations, context tag keys, the calendar notices table) would
  // each need every test rerun in a fresh process; they are left out of the score, see bench/README.md.
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 5_000,
  dryRunTimeoutMinutes: 15,
  incremental: true,
  incrementalFile: "../../bench/.stryker/incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "../../bench/.stryker/report/mutation.html" },
  jsonReporter: { fileName: "../../bench/.stryker/report/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: "always",
}
