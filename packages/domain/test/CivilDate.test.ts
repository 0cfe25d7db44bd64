import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import fc from "fast-check"
import {
  addDays,
  addMonths,
  addYears,
  CivilDate,
  completedYears,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  fromParts,
  isCivilDate,
  make,
  parts,
  toDayNumber,
  yearsCompletedOn,
} from "../src/CivilDate.ts"
import { dayIn } from "./support/days.ts"

const d = make
const FIRST = toDayNumber(d("1990-01-01"))
const LAST = toDayNumber(d("2100-12-31"))

describe("the property tests' days", () => {
  it("reach 29 February, month ends and month starts, not only days in the middle of a month", () => {
    const days = fc.sample(dayIn("1990-01-01", "2100-12-31"), 400).map(parts)
    expect(days.some((p) => p.month === 2 && p.day === 29)).toBe(true)
    expect(days.some((p) => p.day === daysInMonth(p.year, p.month) && p.day !== 29)).toBe(true)
    expect(days.some((p) => p.day === 1)).toBe(true)
  })
})

describe("toDayNumber / fromDayNumber", () => {
  it("round-trips every day from 1990-01-01 to 2100-12-31, one day number per day", () => {
    let expected = FIRST
    for (let y = 1990; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let day = 1; day <= daysInMonth(y, m); day++) {
          const date = fromParts(y, m, day)
          const n = toDayNumber(date)
          if (n !== expected) expect(n).toBe(expected)
          if (fromDayNumber(n) !== date) expect(fromDayNumber(n)).toBe(date)
          expected++
        }
      }
    }
    expect(expected - 1).toBe(LAST)
    expect(LAST - FIRST + 1).toBe(111 * 365 + 27) // 27 leap years: 1992…2096 (2000 included, 2100 not)
  })

  it("property: fromDayNumber ∘ toDayNumber = id and agrees with Date.UTC (no local-time getters)", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => {
        const date = fromDayNumber(n)
        expect(isCivilDate(date)).toBe(true)
        expect(toDayNumber(date)).toBe(n)
        const { year, month, day } = parts(date)
        expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(n)
        expect(addDays(date, 1)).toBe(fromDayNumber(n + 1))
      }),
      { numRuns: 2000 },
    )
  })

  it("day 0 is 1970-01-01", () => {
    expect(toDayNumber(d("1970-01-01"))).toBe(0)
    expect(fromDayNumber(-1)).toBe("1969-12-31")
  })
})

describe("dayOfWeek (0 = Sunday)", () => {
  it.each([
    ["1900-01-01", 1],
    ["1949-10-01", 6],
    ["1970-01-01", 4],
    ["1990-01-01", 1],
    ["2000-01-01", 6],
    ["2019-07-01", 1],
    ["2024-02-29", 4],
    ["2024-10-01", 2],
    ["2026-05-09", 6],
    ["2100-12-31", 5],
    ["2200-12-31", 3],
  ] as const)("%s is day %i", (date, dow) => {
    expect(dayOfWeek(d(date))).toBe(dow)
  })

  it("property: agrees with Date#getUTCDay", () => {
    fc.assert(
      fc.property(dayIn("1990-01-01", "2100-12-31"), (date) => {
        const { year, month, day } = parts(date)
        expect(dayOfWeek(date)).toBe(new Date(Date.UTC(year, month - 1, day)).getUTCDay())
      }),
    )
  })
})

describe("addMonths / addYears (Civil Code art. 202 clamp)", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-10-31", 1, "2024-11-30"],
    ["2024-12-31", 2, "2025-02-28"],
    ["2000-01-31", 1, "2000-02-29"],
    ["2100-01-31", 1, "2100-02-28"],
    ["2024-01-15", -13, "2022-12-15"],
    ["2024-05-15", 0, "2024-05-15"],
  ] as const)("%s + %i months = %s", (from, n, to) => {
    expect(addMonths(d(from), n)).toBe(to)
  })

  it("addYears from 29 February", () => {
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28")
    expect(addYears(d("2024-02-29"), 4)).toBe("2028-02-29")
  })

  it("property: the corresponding day, or the month's last day when there is none", () => {
    fc.assert(
      fc.property(dayIn("1990-01-01", "2099-12-31"), fc.integer({ min: -120, max: 120 }), (date, n) => {
        const a = parts(date)
        const b = parts(addMonths(date, n))
        expect(b.year * 12 + b.month - (a.year * 12 + a.month)).toBe(n)
        expect(b.day).toBe(Math.min(a.day, daysInMonth(b.year, b.month)))
      }),
    )
  })
})

describe("yearsCompletedOn / completedYears", () => {
  it("a start on 2019-07-01 completes 4 years at the end of 2023-06-30", () => {
    expect(yearsCompletedOn(d("2019-07-01"), 4)).toBe("2023-06-30")
    expect(completedYears(d("2019-07-01"), d("2023-06-29"))).toBe(3)
    expect(completedYears(d("2019-07-01"), d("2023-06-30"))).toBe(4)
    expect(completedYears(d("2019-07-01"), d("2023-12-31"))).toBe(4)
  })

  it("a start on 29 February completes its years on 28 February in common years", () => {
    expect(yearsCompletedOn(d("2020-02-29"), 1)).toBe("2021-02-28")
    expect(yearsCompletedOn(d("2020-02-29"), 3)).toBe("2023-02-28")
    expect(yearsCompletedOn(d("2020-02-29"), 4)).toBe("2024-02-28")
    expect(completedYears(d("2020-02-29"), d("2021-02-27"))).toBe(0)
    expect(completedYears(d("2020-02-29"), d("2021-02-28"))).toBe(1)
    expect(completedYears(d("2020-02-29"), d("2024-02-27"))).toBe(3)
    expect(completedYears(d("2020-02-29"), d("2024-02-28"))).toBe(4)
  })

  it("0 before the start and on the start day", () => {
    expect(completedYears(d("2019-07-01"), d("2019-06-30"))).toBe(0)
    expect(completedYears(d("2019-07-01"), d("2019-07-01"))).toBe(0)
  })

  it("property: completedYears is monotone in asOf", () => {
    fc.assert(
      fc.property(
        dayIn("1950-01-01", "2100-12-31"),
        dayIn("1950-01-01", "2150-12-31"),
        fc.nat(400),
        (start, a, k) => {
          const b = addDays(a, k)
          expect(completedYears(start, a)).toBeLessThanOrEqual(completedYears(start, b))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it("property: completedYears reaches n exactly on yearsCompletedOn(start, n)", () => {
    fc.assert(
      fc.property(dayIn("1950-01-01", "2100-12-31"), fc.integer({ min: 1, max: 40 }), (start, n) => {
        const on = yearsCompletedOn(start, n)
        expect(completedYears(start, on)).toBe(n)
        expect(completedYears(start, addDays(on, -1))).toBe(n - 1)
      }),
      { numRuns: 1000 },
    )
  })

  // Arithmetic may probe an anniversary past 2200, the last year input validation accepts.
  it("completedYears(2000-01-01, 2200-06-01) is 200 although the next anniversary is in 2201", () => {
    expect(completedYears(d("2000-01-01"), d("2200-06-01"))).toBe(200)
  })
  it("yearsCompletedOn(2000-01-01, 201) is 2200-12-31", () => {
    expect(yearsCompletedOn(d("2000-01-01"), 201)).toBe("2200-12-31")
  })
})

describe("isCivilDate and the CivilDate schema", () => {
  it.each([
    "2023-02-29",
    "2023-13-01",
    "2023-1-01",
    "2023-01-1",
    "2023-00-10",
    "2023-04-31",
    "23-01-01",
    "2023/01/01",
    "2023-01-01 ",
    "2023-01-01T00:00",
    "１９９０-01-01",
    "1899-12-31",
    "2201-01-01",
    "",
  ])("rejects %j", (s) => {
    expect(isCivilDate(s)).toBe(false)
    expect(Either.isLeft(Schema.decodeUnknownEither(CivilDate)(s))).toBe(true)
    expect(() => make(s)).toThrow()
  })

  it.each(["2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31", "2023-12-31"])("accepts %s", (s) => {
    expect(isCivilDate(s)).toBe(true)
    expect(Schema.decodeUnknownSync(CivilDate)(s)).toBe(s)
  })

  it("rejects 29 February of 1900 and 2100 (not leap years)", () => {
    expect(isCivilDate("1900-02-29")).toBe(false)
    expect(isCivilDate("2100-02-29")).toBe(false)
  })
})
