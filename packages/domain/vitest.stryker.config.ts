import { defineConfig } from "vitest/config"

/**
 * The tests StrykerJS runs against mutants of the core modules (bench/stryker.config.mjs): each mutated
 * module is judged by its own tests, test/<Module>.test.ts and test/mutants/<Module>.test.ts. The
 * policy outcome tests and the engine's tests also reach these modules, but on this machine a surviving
 * mutant of CivilDate would rerun ~900 of them; the score is the unit tests' own.
 */
const CORE = ["Audit", "CivilDate", "Condition", "Facts", "Quota", "ResidentId", "WorkCalendar"]
const modules = process.env.MUTATE?.split(",") ?? CORE

export default defineConfig({
  test: {
    include: modules.flatMap((m) => [`test/${m}.test.ts`, `test/mutants/${m}.test.ts`]),
    testTimeout: 30_000,
    // Stryker reruns a few tests per mutant; without isolation the worker keeps its module cache between
    // runs instead of re-importing effect every time (mutants switch at run time, and the module-load
    // ones are excluded, so the cache cannot hide one).
    isolate: false,
  },
})
