import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import {
  ADOPTION_CAP_CITATION,
  AdoptionCapInput,
  adoptionCap,
  checkAdoption,
  checkExceptionalB,
  checkPilotUnits,
  EXCEPTIONAL_B_CITATION,
  exceptionalBCap,
  PILOT_UNITS_CITATION,
  percentFloor,
  pilotUnitsCap,
  QuotaInputError,
} from "../src/Quota.ts"

const SOURCES_DIR = join(import.meta.dirname, "..", "..", "..", "..", "shared", "policy-sources")
const squash = (s: string) => s.replace(/\s+/g, "")

const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error("did not throw")
}

describe("Quota: citations", () => {
  it.each([
    ["000 第九条", ADOPTION_CAP_CITATION],
    ["000 第五条", PILOT_UNITS_CITATION],
    ["002 附件1 二(二)2 B类", EXCEPTIONAL_B_CITATION],
  ])("%s is quoted verbatim", (_name, c) => {
    const text = squash(readFileSync(join(SOURCES_DIR, c.source as string), "utf8"))
    expect(text.includes(squash(c.quote))).toBe(true)
  })
  it("cites the right documents", () => {
    expect(ADOPTION_CAP_CITATION.document).toBe("shaoxing-adoption-draft")
    expect(EXCEPTIONAL_B_CITATION).toMatchObject({
      document: "shangyu-2023-3",
      source: "002_fd50f077227b9e3c.txt",
    })
  })
})

describe("Quota: Shaoxing adoption cap (000 第九条; ruling 1)", () => {
  it.each([
    // [clause, insured staff, graduate hires, staff figure, graduate figure, cap, applies]
    ["5% of 19 insured staff is 0", 19, 0, 0, 0, 0, "both"],
    ["5% of 20 insured staff is 1", 20, 0, 1, 0, 1, "insured-staff"],
    ["5% of 39 is still 1 (floor)", 39, 0, 1, 0, 1, "insured-staff"],
    ["5% of 40 is 2", 40, 0, 2, 0, 2, "insured-staff"],
    ["50% of 1 graduate is 0", 0, 1, 0, 0, 0, "both"],
    ["50% of 2 graduates is 1", 0, 2, 0, 1, 1, "graduate-hires"],
    ["50% of 3 graduates is 1 (floor)", 0, 3, 0, 1, 1, "graduate-hires"],
    ["the larger figure applies: graduates", 100, 20, 5, 10, 10, "graduate-hires"],
    ["the larger figure applies: staff", 1000, 20, 50, 10, 50, "insured-staff"],
    ["equal figures: both", 200, 20, 10, 10, 10, "both"],
    ["no float error at 0.05 × 60 (3, not 2.9999…)", 60, 0, 3, 0, 3, "insured-staff"],
  ] as const)("%s", (_clause, insuredStaff, lastYearGraduateHires, a, b, cap, applies) => {
    const r = adoptionCap({ insuredStaff, lastYearGraduateHires })
    expect(r.insuredStaff).toEqual({ base: insuredStaff, percent: 5, figure: a })
    expect(r.graduateHires).toEqual({ base: lastYearGraduateHires, percent: 50, figure: b })
    expect(r.cap).toBe(cap)
    expect(r.applies).toBe(applies)
    expect(r.soft).toBe(true)
    expect(r.citation).toBe(ADOPTION_CAP_CITATION)
    expect(r.ruling.article).toBe("1")
  })

  it("is exact for very large safe integers", () => {
    const n = Number.MAX_SAFE_INTEGER
    const big = (x: number, p: number) => Number((BigInt(x) * BigInt(p)) / 100n)
    expect(adoptionCap({ insuredStaff: n, lastYearGraduateHires: n - 1 }).insuredStaff.figure).toBe(big(n, 5))
    expect(adoptionCap({ insuredStaff: n, lastYearGraduateHires: n - 1 }).graduateHires.figure).toBe(
      big(n - 1, 50),
    )
  })

  it.each([
    ["insuredStaff", { insuredStaff: -1, lastYearGraduateHires: 0 }],
    ["insuredStaff", { insuredStaff: 1.5, lastYearGraduateHires: 0 }],
    ["insuredStaff", { insuredStaff: Number.NaN, lastYearGraduateHires: 0 }],
    ["insuredStaff", { insuredStaff: "20", lastYearGraduateHires: 0 }],
    ["insuredStaff", { lastYearGraduateHires: 0 }],
    ["lastYearGraduateHires", { insuredStaff: 20, lastYearGraduateHires: -3 }],
    ["lastYearGraduateHires", { insuredStaff: 20, lastYearGraduateHires: Number.POSITIVE_INFINITY }],
  ])("rejects a bad %s with an error naming it", (field, input) => {
    const e = thrown(() => adoptionCap(input as never))
    expect(e).toBeInstanceOf(QuotaInputError)
    expect((e as QuotaInputError).field).toBe(field)
    expect((e as QuotaInputError).message).toContain(field)
  })

  it("offers a Schema for the input", () => {
    expect(
      Schema.decodeUnknownSync(AdoptionCapInput)({ insuredStaff: 20, lastYearGraduateHires: 2 }),
    ).toEqual({
      insuredStaff: 20,
      lastYearGraduateHires: 2,
    })
    expect(() =>
      Schema.decodeUnknownSync(AdoptionCapInput)({ insuredStaff: -1, lastYearGraduateHires: 2 }),
    ).toThrow(/insuredStaff/)
  })

  it("never decreases when either figure grows (property)", () => {
    const n = fc.nat(1_000_000)
    fc.assert(
      fc.property(n, n, fc.nat(10_000), fc.nat(10_000), (s, g, ds, dg) => {
        const before = adoptionCap({ insuredStaff: s, lastYearGraduateHires: g }).cap
        return (
          adoptionCap({ insuredStaff: s + ds, lastYearGraduateHires: g }).cap >= before &&
          adoptionCap({ insuredStaff: s, lastYearGraduateHires: g + dg }).cap >= before
        )
      }),
    )
  })

  it("equals the larger floor, computed in BigInt (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (s, g) => {
        const a = (BigInt(s) * 5n) / 100n
        const b = (BigInt(g) * 50n) / 100n
        return adoptionCap({ insuredStaff: s, lastYearGraduateHires: g }).cap === Number(a > b ? a : b)
      }),
    )
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.integer({ min: 0, max: 100 }),
        (n, p) => percentFloor(n, p) === Number((BigInt(n) * BigInt(p)) / 100n),
      ),
    )
  })
})

describe("Quota: checkAdoption (原则上: soft, reason audited)", () => {
  const cap = adoptionCap({ insuredStaff: 60, lastYearGraduateHires: 4 }) // 3 vs 2 → 3
  it.each([
    ["at the cap is ok", 3, undefined, "ok"],
    ["below the cap is ok", 0, undefined, "ok"],
    ["one over needs a reason", 4, undefined, "exceeds"],
    ["a blank reason is no reason", 4, "   ", "exceeds"],
    ["one over with a reason is allowed and audited", 4, "重大技术攻关项目急需", "exceeded-with-reason"],
  ] as const)("%s", (_clause, requested, overrideReason, status) => {
    const r = checkAdoption({ cap, requested, ...(overrideReason !== undefined ? { overrideReason } : {}) })
    expect(r.status).toBe(status)
    if (r.status === "ok") expect(r.remaining).toBe(3 - requested)
    if (r.status === "exceeds")
      expect(r).toMatchObject({ excess: 1, soft: true, needsReason: true, citation: ADOPTION_CAP_CITATION })
    if (r.status === "exceeded-with-reason")
      expect(r).toMatchObject({ excess: 1, reason: "重大技术攻关项目急需", audit: true })
  })
  it("accepts the cap as a number", () => {
    expect(checkAdoption({ cap: 1, requested: 2 }).status).toBe("exceeds")
  })
  it("rejects a negative request, naming the field", () => {
    const e = thrown(() => checkAdoption({ cap, requested: -1 }))
    expect((e as QuotaInputError).field).toBe("requested")
  })
})

describe("Quota: pilot units (000 第五条; ruling 2)", () => {
  it("is 6 a year, soft", () => {
    expect(pilotUnitsCap()).toMatchObject({ cap: 6, soft: true, citation: PILOT_UNITS_CITATION })
  })
  it.each([
    ["the 6th pilot unit is ok", 6, undefined, "ok"],
    ["the 7th needs a reason", 7, undefined, "exceeds"],
    ["the 7th with a reason is allowed and audited", 7, "新材料产业集群首家", "exceeded-with-reason"],
  ] as const)("%s", (_clause, requested, overrideReason, status) => {
    expect(
      checkPilotUnits({ requested, ...(overrideReason !== undefined ? { overrideReason } : {}) }).status,
    ).toBe(status)
  })
})

describe("Quota: Shangyu exceptional B (002 附件1 二(二)2 B类; ruling 3)", () => {
  it.each([
    ["national honour: 3", "national", 3],
    ["provincial honour: 2", "provincial", 2],
  ] as const)("%s", (_clause, level, cap) => {
    expect(exceptionalBCap(level)).toMatchObject({
      level,
      cap,
      soft: false,
      citation: EXCEPTIONAL_B_CITATION,
    })
  })
  it.each([
    ["3rd national recommendation ok", "national", 3, "ok"],
    ["4th national recommendation exceeds", "national", 4, "exceeds"],
    ["2nd provincial recommendation ok", "provincial", 2, "ok"],
    ["3rd provincial recommendation exceeds", "provincial", 3, "exceeds"],
  ] as const)("%s", (_clause, level, requested, status) => {
    const r = checkExceptionalB({ level, requested })
    expect(r.status).toBe(status)
    if (r.status === "exceeds") expect(r).toMatchObject({ soft: false, needsReason: false, excess: 1 })
  })
  it("has no override: a reason does not lift the hard cap", () => {
    const r = checkExceptionalB({
      level: "national",
      requested: 4,
      ...{ overrideReason: "任何理由" },
    } as never)
    expect(r.status).toBe("exceeds")
  })
  it("rejects an unknown honour level, naming the field", () => {
    const e = thrown(() => exceptionalBCap("city" as never))
    expect((e as QuotaInputError).field).toBe("level")
  })
})
