/**
 * Civil dates (`YYYY-MM-DD`, China time) and the arithmetic Chinese legal text needs, with no
 * dependence on the process time zone: every function works on integer day numbers, never on
 * `Date` local getters.
 */
import type { Brand } from "effect"
// Schema from its own module, not the `effect` index, and every top-level call marked pure: a
// bundler can then drop these schemas from a page that uses only the functions (issue #10).
import * as Schema from "effect/Schema"

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
export const CivilDate: Schema.brand<
  Schema.filter<typeof Schema.String>,
  "CivilDate"
> = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.filter(
    (s) => isCivilDate(s) || `must be a real date written YYYY-MM-DD, got ${JSON.stringify(s)}`,
  ),
  /* @__PURE__ */ Schema.brand("CivilDate"),
  /* @__PURE__ */ Schema.annotations({
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

/** The parts read with `Number(slice)`: the reference reading, and the path for anything not `dddd-dd-dd`. */
const slowParts = (d: string): Parts => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
})

const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -100_000
}

/**
 * The date packed as `year·512 + month·32 + day` (order-preserving), read from character codes;
 * negative when `d` is not ten characters `dddd-dd-dd` (callers then take the reference path). Dates
 * sit on every hot path of the engine, so they are not sliced and re-parsed there.
 */
const packed = (d: string): number => {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -1
  const y = digitAt(d, 0) * 1000 + digitAt(d, 1) * 100 + digitAt(d, 2) * 10 + digitAt(d, 3)
  const m = digitAt(d, 5) * 10 + digitAt(d, 6)
  const day = digitAt(d, 8) * 10 + digitAt(d, 9)
  return y < 0 || m < 0 || day < 0 || m > 15 || day > 31 ? -1 : y * 512 + m * 32 + day
}

export const parts = (d: CivilDate): Parts => {
  const k = packed(d)
  return k < 0 ? slowParts(d) : { year: k >> 9, month: (k >> 5) & 15, day: k & 31 }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)
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
  return `${year >= 1000 ? `${year}` : pad(year, 4)}-${pad2(month)}-${pad2(day)}` as CivilDate
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const toDayNumber = (d: CivilDate): number => {
  const k = packed(d)
  if (k < 0) {
    const { year, month, day } = slowParts(d)
    return dayNumberOf(year, month, day)
  }
  return dayNumberOf(k >> 9, (k >> 5) & 15, k & 31)
}

const dayNumberOf = (year: number, month: number, day: number): number => {
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
  const k = packed(start)
  if (k >= 0 && Number.isInteger(n)) {
    const e = completedOnPacked(k, n)
    if (e >= 0) return fromParts(e >> 9, (e >> 5) & 15, e & 31)
  }
  const { year, month, day } = parts(start)
  const y = year + n
  if (month === 2 && day === 29 && !isLeapYear(y)) return fromParts(y, 2, 28)
  return addDays(fromParts(y, month, day), -1)
}

/**
 * {@link yearsCompletedOn} on packed dates (see `packed`): the day before the anniversary, or
 * 28 February for a 29 February start in a common year. -1 outside the years 2…9999 or for a start
 * that is no calendar day: the reference path then decides (or throws).
 */
const completedOnPacked = (start: number, n: number): number => {
  const month = (start >> 5) & 15
  const day = start & 31
  const y = (start >> 9) + n
  if (y < 2 || y > 9999 || month < 1 || month > 12 || day < 1) return -1
  if (month === 2 && day === 29 && !isLeapYear(y)) return y * 512 + 2 * 32 + 28
  if (day > daysInMonth(y, month)) return -1
  if (day > 1) return y * 512 + month * 32 + day - 1
  if (month > 1) return y * 512 + (month - 1) * 32 + daysInMonth(y, month - 1)
  return (y - 1) * 512 + 12 * 32 + 31
}

/** Whole years completed from `start` (included) up to and including `asOf`; 0 when `asOf` precedes `start`. */
export const completedYears = (start: CivilDate, asOf: CivilDate): number => {
  if (asOf < start) return 0
  const a = packed(start)
  const b = packed(asOf)
  if (a >= 0 && b >= 0) {
    // The same search as the reference below, on packed dates (which compare as the strings do).
    let n = (b >> 9) - (a >> 9)
    for (;;) {
      if (n <= 0) break
      const e = completedOnPacked(a, n)
      if (e < 0) return slowCompletedYears(start, asOf)
      if (e <= b) break
      n--
    }
    for (;;) {
      const e = completedOnPacked(a, n + 1)
      if (e < 0) return slowCompletedYears(start, asOf)
      if (e > b) return n
      n++
    }
  }
  return slowCompletedYears(start, asOf)
}

const slowCompletedYears = (start: CivilDate, asOf: CivilDate): number => {
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
