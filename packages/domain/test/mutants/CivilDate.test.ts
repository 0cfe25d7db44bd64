/**
 * What the mutation run (bench:mutation) found untested in CivilDate.ts: the comparisons, the range
 * fromParts accepts, China's "today", and the packed fast path of yearsCompletedOn / completedYears
 * checked against a reference written here from the rule itself (Civil Code art. 202, DOMAIN.md) with
 * `Date.UTC`, over month starts, month ends and 29 February.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  CivilDate,
  compare,
  completedYears,
  diffDays,
  fromParts,
  make,
  max,
  min,
  parts,
  todayInChina,
  yearsCompletedOn,
} from "@zhicheng/domain/CivilDate"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"

const d = make
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const leap = (y: number) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1

/** The last day of the n-th whole year from `start`: the day before the anniversary; 28 Feb for a 29 Feb start in a common year. */
const referenceCompletedOn = (start: string, n: number): string => {
  const [y, m, day] = start.split("-").map(Number) as [number, number, number]
  if (m === 2 && day === 29 && !leap(y + n)) return `${y + n}-02-28`
  const anniversary = new Date(Date.UTC(2000, m - 1, day))
  anniversary.setUTCFullYear(y + n)
  return iso(anniversary.getTime() - 86_400_000)
}

/** Whole years from `start` to `asOf`, both included, counted one by one. */
const referenceCompletedYears = (start: string, asOf: string): number => {
  let n = 0
  while (referenceCompletedOn(start, n + 1) <= asOf) n++
  return n
}

/** Starts that take every branch: month starts and ends, 29 February, 31 December, any day. */
const startDay = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 1950, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => fromParts(y, m, 1)),
  fc
    .record({ y: fc.integer({ min: 1950, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => fromParts(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())),
  fc.integer({ min: 1950, max: 2030 }).map((y) => fromParts(y - (y % 4), 2, 29)),
  fc.integer({ min: 1950, max: 2030 }).map((y) => fromParts(y, 12, 31)),
  Arbitrary.make(CivilDate),
)

describe("CivilDate (mutation gaps)", () => {
  it("compare, min and max order dates", () => {
    expect([compare(d("2024-01-02"), d("2024-01-03")), compare(d("2024-01-03"), d("2024-01-02"))]).toEqual([
      -1, 1,
    ])
    expect(compare(d("2024-01-02"), d("2024-01-02"))).toBe(0)
    expect([min(d("2024-01-02"), d("2023-12-31")), max(d("2024-01-02"), d("2023-12-31"))]).toEqual([
      "2023-12-31",
      "2024-01-02",
    ])
    expect([min(d("2023-12-31"), d("2024-01-02")), max(d("2023-12-31"), d("2024-01-02"))]).toEqual([
      "2023-12-31",
      "2024-01-02",
    ])
    expect(diffDays(d("2024-02-28"), d("2024-03-01"))).toBe(2)
    expect(diffDays(d("2024-03-01"), d("2024-02-28"))).toBe(-2)
  })

  it("fromParts builds years 1–9999 and refuses anything that is no calendar day, naming it", () => {
    expect(fromParts(1, 1, 1)).toBe("0001-01-01")
    expect(fromParts(999, 12, 31)).toBe("0999-12-31")
    expect(fromParts(9999, 12, 31)).toBe("9999-12-31")
    expect(fromParts(2024, 2, 29)).toBe("2024-02-29")
    for (const [y, m, day] of [
      [0, 1, 1],
      [10000, 1, 1],
      [2024.5, 1, 1],
      [2024, 0, 1],
      [2024, 13, 1],
      [2024, 1, 0],
      [2024, 1, 32],
      [2023, 2, 29],
    ] as const)
      expect(() => fromParts(y, m, day)).toThrow(new RangeError(`no such date: ${y}-${m}-${day}`))
  })

  it("make and the schema refuse what is not a real date, naming the input", () => {
    expect(() => make("2023-02-29")).toThrow("not a civil date: 2023-02-29")
    expect(make("1900-01-01")).toBe("1900-01-01")
    expect(() => make("1899-12-31")).toThrow()
    expect(make("2200-12-31")).toBe("2200-12-31")
    for (const bad of ["2024-00-10", "2024-13-01", "2024-01-00", "2024-01-32", "2024-04-31"])
      expect(() => make(bad)).toThrow(`not a civil date: ${bad}`)
    expect(() => make("2201-01-01")).toThrow()
    const decoded = Schema.decodeUnknownEither(CivilDate)("2023-2-1")
    expect(Either.isLeft(decoded) && decoded.left.message).toContain(
      'must be a real date written YYYY-MM-DD, got "2023-2-1"',
    )
  })

  it("parts reads the year, month and day", () => {
    expect(parts(d("2024-02-29"))).toEqual({ year: 2024, month: 2, day: 29 })
    expect(parts(d("1999-12-31"))).toEqual({ year: 1999, month: 12, day: 31 })
  })

  it("todayInChina is the UTC+8 date, whatever the process zone", () => {
    expect(todayInChina(Date.UTC(2024, 11, 31, 15, 59, 59, 999))).toBe("2024-12-31")
    expect(todayInChina(Date.UTC(2024, 11, 31, 16, 0, 0, 0))).toBe("2025-01-01")
    expect(todayInChina(Date.UTC(2024, 1, 28, 16))).toBe("2024-02-29")
  })

  it("the schema's generator draws real dates from 1950 to 2035", () => {
    const samples = fc.sample(Arbitrary.make(CivilDate), 300)
    expect(samples.some((s) => s < "1960-01-01")).toBe(true)
    for (const s of samples) {
      expect(Schema.is(CivilDate)(s)).toBe(true)
      expect(s >= "1950-01-01" && s <= "2035-12-31").toBe(true)
    }
  })

  it("property: yearsCompletedOn agrees with the rule, for month starts, month ends and 29 February", () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: -3, max: 70 }), (start, n) => {
        expect(yearsCompletedOn(start, n)).toBe(referenceCompletedOn(start, n))
      }),
      { numRuns: 400 },
    )
  })

  it("property: completedYears counts whole years as the rule does", () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: -400, max: 25_000 }), (start, days) => {
        const asOf = iso(Date.parse(start) + days * 86_400_000) as CivilDate // date-only ISO parses as UTC
        expect(completedYears(start, asOf)).toBe(referenceCompletedYears(start, asOf))
      }),
      { numRuns: 400 },
    )
  })

  it("completedYears at the edges of a year that starts on 1 January or ends on 31 December", () => {
    expect(completedYears(d("2000-01-01"), d("2000-12-30"))).toBe(0)
    expect(completedYears(d("2000-01-01"), d("2000-12-31"))).toBe(1)
    expect(completedYears(d("1999-12-31"), d("2000-12-30"))).toBe(1)
    expect(completedYears(d("1999-12-31"), d("2000-12-29"))).toBe(0)
    expect(completedYears(d("2000-03-01"), d("2001-02-28"))).toBe(1)
    expect(completedYears(d("2000-03-01"), d("2001-02-27"))).toBe(0)
    expect(yearsCompletedOn(d("2000-03-01"), 1)).toBe("2001-02-28")
    expect(yearsCompletedOn(d("2000-03-01"), 4)).toBe("2004-02-29")
  })
})
