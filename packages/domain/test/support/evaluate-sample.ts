// Prints a digest of the evaluation of a fixed, seeded sample of profiles; run under several TZ
// values by Eligibility.test.ts, which requires the outputs to be identical.
import { createHash } from "node:crypto"
import { Arbitrary } from "effect"
import fc from "fast-check"
import { make } from "../../src/CivilDate.ts"
import * as Eligibility from "../../src/Eligibility.ts"
import { Profile } from "../../src/Profile.ts"

const sample = fc.sample(Arbitrary.make(Profile), { numRuns: 25, seed: 20231231 })
const days = ["2023-12-31", "2024-02-29"].map(make)
for (const profile of sample)
  for (const asOf of days) {
    const report = JSON.stringify(Eligibility.evaluate({ profile, asOf }))
    process.stdout.write(`${asOf} ${report.length} ${createHash("sha256").update(report).digest("hex")}\n`)
  }
