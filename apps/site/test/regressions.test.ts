/**
 * The self-check's regression files (test/regressions/<place>.json): every recorded answer path is
 * replayed through the flow and must be asked the same questions and reach the same outcome (per
 * track its status and grounds). A failure lists each difference; when the change is intended, run
 * `node scripts/regressions.ts --write` in apps/site and review the diff of the files.
 */
import { describe, expect, it } from "vitest"
import { check } from "../scripts/regressions.ts"

describe("the self-check's regression files", () => {
  it("every recorded path is asked the same questions and reaches the recorded outcome", async () => {
    const diffs = await check()
    expect(
      diffs,
      `${diffs.length} difference(s):\n${diffs.join("\n")}\n` +
        "If the change is intended: cd apps/site && node scripts/regressions.ts --write, then review the diff.",
    ).toEqual([])
  }, 120_000)
})
