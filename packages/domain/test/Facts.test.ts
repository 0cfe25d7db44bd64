import { describe, expect, it } from "@effect/vitest"
import { make } from "../src/CivilDate.ts"
import type { Context } from "../src/Condition.ts"
import * as Facts from "../src/Facts.ts"
import type { Profile, WorkPeriod } from "../src/Profile.ts"

const ctx = (profile: Profile): Context => ({
  profile,
  asOf: make("2024-01-01"),
  reference: make("2024-01-01"),
})
const period = (from: string, over: Partial<WorkPeriod> = {}): WorkPeriod => ({
  from: make(from),
  to: "present",
  ...over,
})
const engineering = (w: WorkPeriod): Facts.Tri =>
  w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical"

describe("Facts.workYearsAtLeast", () => {
  it("is met on the known periods alone, with no missing paths", () => {
    const r = Facts.workYearsAtLeast(
      ctx({ work: [period("2019-01-01", { workKind: "engineering-technical" })] }),
      5,
      "work",
      engineering,
    )
    expect(r.outcome).toBe("met")
    expect(r.missing).toBeUndefined()
  })

  it("reports the paths the open periods lack when they could make up the difference", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-01")] }), 5, "work", engineering)
    expect(r).toMatchObject({ outcome: "unknown", missing: ["work[].workKind"] })
  })

  it("falls back to `missingPaths` for a predicate that only says it cannot tell", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-01")] }), 5, "work", () => undefined, [
      "work[].relatedness",
    ])
    expect(r).toMatchObject({ outcome: "unknown", missing: ["work[].relatedness"] })
  })

  it("stays unmet when even the open periods could not reach the number (the day before the anniversary)", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-03")] }), 5, "work", engineering)
    expect(r.outcome).toBe("unmet")
    expect(r.missing).toBeUndefined()
  })

  it("names work itself when the history is absent", () => {
    expect(Facts.workYearsAtLeast(ctx({}), 1, "work", engineering)).toMatchObject({
      outcome: "unknown",
      missing: ["work"],
    })
  })
})

describe("Facts.someCurrentWork and postingOf", () => {
  it('reads "no" as not posted and absent as unknown', () => {
    const posted = (w: WorkPeriod): Facts.Tri =>
      w.postedTo === undefined ? ["work[].postedTo"] : w.postedTo !== "no"
    expect(
      Facts.someCurrentWork({ work: [period("2020-01-01", { postedTo: "no" })] }, posted, () => "x").outcome,
    ).toBe("unmet")
    expect(Facts.someCurrentWork({ work: [period("2020-01-01")] }, posted, () => "x")).toMatchObject({
      outcome: "unknown",
      missing: ["work[].postedTo"],
    })
    expect(Facts.postingOf(period("2020-01-01", { postedTo: "no" }))).toBeUndefined()
    expect(
      Facts.postingOf(period("2020-01-01", { postedTo: { place: "cn-shanxi", from: make("2021-01-01") } }))
        ?.place,
    ).toBe("cn-shanxi")
  })
})
