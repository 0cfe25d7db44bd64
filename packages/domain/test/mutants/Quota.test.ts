/**
 * What the mutation run (bench:mutation) found untested in Quota.ts: how a refusal writes the bad value
 * (a number as is, a missing one as "nothing", anything else as JSON), a missing input object or cap, an
 * override reason that is not text, and the rulings the soft and hard caps cite.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  adoptionCap,
  checkAdoption,
  exceptionalBCap,
  pilotUnitsCap,
  QuotaInputError,
} from "@zhicheng/domain/Quota"

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(QuotaInputError)
    const { field, message } = e as QuotaInputError
    return { field, message }
  }
  throw new Error("did not throw")
}

// The inputs come from JSON bodies and forms: the types are what callers should send, not what they do.
const loose = <T>(v: unknown) => v as T

describe("Quota (mutation gaps)", () => {
  it("a refusal writes the bad value: a number as is, a missing one as nothing, others as JSON", () => {
    expect(refusal(() => adoptionCap({ insuredStaff: -1, lastYearGraduateHires: 0 }))).toEqual({
      field: "insuredStaff",
      message: "insuredStaff must be a whole number of 0 or more, got -1",
    })
    expect(refusal(() => adoptionCap(loose({ insuredStaff: 10 })))).toEqual({
      field: "lastYearGraduateHires",
      message: "lastYearGraduateHires must be a whole number of 0 or more, got nothing",
    })
    expect(refusal(() => adoptionCap(loose({ insuredStaff: "10", lastYearGraduateHires: 0 })))).toEqual({
      field: "insuredStaff",
      message: 'insuredStaff must be a whole number of 0 or more, got "10"',
    })
    expect(refusal(() => adoptionCap({ insuredStaff: Number.NaN, lastYearGraduateHires: 0 }))).toEqual({
      field: "insuredStaff",
      message: "insuredStaff must be a whole number of 0 or more, got NaN",
    })
    expect(refusal(() => exceptionalBCap(loose("city")))).toEqual({
      field: "level",
      message: 'level must be "national" or "provincial", got "city"',
    })
  })

  it("no input object at all is refused field by field, not with a TypeError", () => {
    expect(refusal(() => adoptionCap(loose(undefined)))).toMatchObject({ field: "insuredStaff" })
    expect(refusal(() => checkAdoption(loose({ cap: undefined, requested: 1 })))).toEqual({
      field: "cap",
      message: "cap must be a whole number of 0 or more, got nothing",
    })
  })

  it("an override reason that is not text is refused", () => {
    expect(refusal(() => checkAdoption(loose({ cap: 1, requested: 2, overrideReason: 42 })))).toEqual({
      field: "overrideReason",
      message: "overrideReason must be text",
    })
  })

  it("each cap cites the ruling that reads it", () => {
    expect(pilotUnitsCap()).toMatchObject({
      per: "city-year",
      ruling: { article: "2", quote: "a soft cap of 6 per city per year, same override rule" },
    })
    expect(exceptionalBCap("provincial")).toMatchObject({
      per: "enterprise-year",
      ruling: {
        article: "3",
        quote:
          "per enterprise and year, at most 3 recommendations for an enterprise holding a national honour and 2 for a provincial one",
      },
    })
    expect(pilotUnitsCap().ruling.document).toBe(exceptionalBCap("national").ruling.document)
  })
})
