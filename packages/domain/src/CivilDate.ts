/**
 * Civil dates (`YYYY-MM-DD`, China time) and the arithmetic Chinese legal text needs, with no
 * dependence on the process time zone: every function works on integer day numbers, never on
 * `Date` local getters.
 */
import { type Brand, Schema } from "effect"

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days in a month of the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const isValidParts = (y: number, m: number, d: number): boolean =>
  y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)

/** True when `s` is a real calendar date written `YYYY-MM-DD` between 1900 and 2200. */
export const isCivilDate = (s: string): boolean => {
  const m = PATTERN.exec(s)
  return m !== null && isValidParts(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** A civil date, `YYYY-MM-DD`, validated as a real calendar day. */
export type CivilDate = string & Brand.Brand<"CivilDate">
export const CivilDate: Schema.brand<Schema.filter<typeof Schema.String>, "CivilDate"> = Schema.String.pipe(
  Schema.filter((s) => isCivilDate(s) || `must be a real date written YYYY-MM-DD, got ${JSON.stringify(s)}`),
  Schema.brand("CivilDate"),
  Schema.annotations({
    identifier: "CivilDate",
    description: "A civil date in China time, YYYY-MM-DD",
    // Property tests and fuzzing draw real dates, 1950–2035, rather than filtering random strings.
    arbitrary: () => (fc) => fc.integer({ min: -7305, max: 24105 }).map((n) => fromDayNumber(n)),
  }),
)

/** Builds a CivilDate from a literal, throwing on a malformed one (for data tables and tests). */
export const make = (s: string): CivilDate => {
  if (!isCivilDate(s)) throw new Error(`not a civil date: ${s}`)
  return s as CivilDate
}

export interface Parts {
  readonly year: number
  readonly month: number
  readonly day: number
}

export const parts = (d: CivilDate): Parts => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
})

const pad = (n: number, w: number) => String(n).padStart(w, "0")

/**
 * Builds a date from its parts. Arithmetic may reach past the 1900–2200 range that input
 * validation accepts (an anniversary in 2201), so only the calendar itself is checked here.
 */
export const fromParts = (year: number, month: number, day: number): CivilDate => {
  if (
    !(
      Number.isInteger(year) &&
      year >= 1 &&
      year <= 9999 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    )
  )
    throw new RangeError(`no such date: ${year}-${month}-${day}`)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CivilDate
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const toDayNumber = (d: CivilDate): number => {
  const { year, month, day } = parts(d)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of {@link toDayNumber}. */
export const fromDayNumber = (n: number): CivilDate => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp + (mp < 10 ? 3 : -9)
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return fromParts(year, month, day)
}

export const addDays = (d: CivilDate, n: number): CivilDate => fromDayNumber(toDayNumber(d) + n)

/** Days from `a` to `b` (positive when `b` is later). */
export const diffDays = (a: CivilDate, b: CivilDate): number => toDayNumber(b) - toDayNumber(a)

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (d: CivilDate): number => (((toDayNumber(d) + 4) % 7) + 7) % 7

export const compare = (a: CivilDate, b: CivilDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
export const max = (a: CivilDate, b: CivilDate): CivilDate => (a >= b ? a : b)
export const min = (a: CivilDate, b: CivilDate): CivilDate => (a <= b ? a : b)

/**
 * Adds months the Civil Code way (art. 202): the corresponding day, or the last day of the month
 * when that month has no such day (2024-01-31 + 1 month = 2024-02-29).
 */
export const addMonths = (d: CivilDate, n: number): CivilDate => {
  const { year, month, day } = parts(d)
  const index = year * 12 + (month - 1) + n
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)))
}

export const addYears = (d: CivilDate, n: number): CivilDate => addMonths(d, 12 * n)

/**
 * The last day of the `n`th whole year of a length that began on `start` (start day included):
 * the day before the anniversary, or 28 February for a 29 February start in a common year
 * (DOMAIN.md; Civil Code art. 202). 2019-07-01 completes 4 years on 2023-06-30.
 */
export const yearsCompletedOn = (start: CivilDate, n: number): CivilDate => {
  const { year, month, day } = parts(start)
  const y = year + n
  if (month === 2 && day === 29 && !isLeapYear(y)) return fromParts(y, 2, 28)
  return addDays(fromParts(y, month, day), -1)
}

/** Whole years completed from `start` (included) up to and including `asOf`; 0 when `asOf` precedes `start`. */
export const completedYears = (start: CivilDate, asOf: CivilDate): number => {
  if (asOf < start) return 0
  const a = parts(start)
  const b = parts(asOf)
  let n = b.year - a.year
  while (n > 0 && yearsCompletedOn(start, n) > asOf) n--
  while (yearsCompletedOn(start, n + 1) <= asOf) n++
  return n
}

/** The last day of the month-long period: the civil date of the last day of `YYYY-MM`. */
export const endOfMonth = (year: number, month: number): CivilDate =>
  fromParts(year, month, daysInMonth(year, month))

/** Today's civil date in China time (UTC+8, no DST), whatever the process time zone. */
export const todayInChina = (nowMillis: number): CivilDate => {
  const shifted = new Date(nowMillis + 8 * 3600_000)
  return fromParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}
