/**
 * Civil days for property tests, weighted toward the days date arithmetic gets wrong: the last
 * day of a month, 29 February of a leap year, and the first day of a month. A uniform draw over a
 * range meets 29 February about once in 1,461 runs, so a property could pass a thousand runs without
 * seeing it.
 */
import fc from "fast-check"
import {
  type CivilDate,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  make,
  parts,
  toDayNumber,
} from "../../src/CivilDate.ts"

const pad = (n: number) => String(n).padStart(2, "0")
const ymd = (y: number, m: number, d: number): CivilDate => make(`${y}-${pad(m)}-${pad(d)}`)

/** A day from `from` to `to` (inclusive), often a month's last or first day or 29 February. */
export const dayIn = (from: string, to: string): fc.Arbitrary<CivilDate> => {
  const lo = toDayNumber(make(from))
  const hi = toDayNumber(make(to))
  const inRange = (d: CivilDate) => toDayNumber(d) >= lo && toDayNumber(d) <= hi
  const first = parts(make(from)).year
  const last = parts(make(to)).year
  const month = fc.record({ y: fc.integer({ min: first, max: last }), m: fc.integer({ min: 1, max: 12 }) })
  const leapYears = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter(isLeapYear)
  const edges: Array<fc.WeightedArbitrary<CivilDate>> = [
    { arbitrary: month.map(({ y, m }) => ymd(y, m, daysInMonth(y, m))).filter(inRange), weight: 2 },
    { arbitrary: month.map(({ y, m }) => ymd(y, m, 1)).filter(inRange), weight: 1 },
  ]
  if (leapYears.some((y) => inRange(ymd(y, 2, 29))))
    edges.push({
      arbitrary: fc
        .constantFrom(...leapYears)
        .map((y) => ymd(y, 2, 29))
        .filter(inRange),
      weight: 1,
    })
  return fc.oneof(
    { arbitrary: fc.integer({ min: lo, max: hi }).map((n) => fromDayNumber(n)), weight: 4 },
    ...edges,
  )
}
