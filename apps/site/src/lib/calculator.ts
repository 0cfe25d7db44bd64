/**
 * The period calculator's logic, browser-safe and testable: reads the query string, runs the
 * domain's official work calendar (publicity rules: N calendar days with Civil Code art. 203, or N
 * working days), and lays out the months the period touches. A year with no State Council notice
 * is refused with the domain's own error, never guessed.
 */
import * as CivilDate from "@zhicheng/domain/CivilDate"
import {
  type Calendar,
  type DayInfo,
  officialCalendar,
  type PublicityPeriod,
  type PublicityRule,
} from "@zhicheng/domain/WorkCalendar"
import { Either } from "effect"

export interface Query {
  readonly year: string
  readonly month: string
  readonly day: string
  readonly amount: string
  readonly unit: string
  readonly first: string
}

export type Field = "start" | "amount" | "unit"

export type Outcome =
  | { readonly kind: "empty" }
  | {
      readonly kind: "invalid"
      readonly errors: ReadonlyArray<{ readonly field: Field; readonly code: string }>
    }
  | { readonly kind: "year-missing"; readonly year: number; readonly loaded: ReadonlyArray<number> }
  | {
      readonly kind: "done"
      readonly rule: PublicityRule
      readonly period: PublicityPeriod
      readonly months: ReadonlyArray<Month>
    }

export interface MonthDay {
  readonly date: CivilDate.CivilDate
  readonly info: DayInfo | undefined
  /** Its place in the period: counted (with ordinal), skipped, an art. 203 extension, or outside. */
  readonly role: "counted" | "not-counted" | "extension" | "published" | "outside"
  readonly ordinal: number | null
}

export interface Month {
  readonly year: number
  readonly month: number
  /** Weeks Monday-first; null pads the days of other months. */
  readonly weeks: ReadonlyArray<ReadonlyArray<MonthDay | null>>
}

export const readQuery = (params: URLSearchParams): Query => ({
  year: params.get("y")?.trim() ?? "",
  month: params.get("m")?.trim() ?? "",
  day: params.get("d")?.trim() ?? "",
  amount: params.get("amount")?.trim() ?? "",
  unit: params.get("unit")?.trim() ?? "",
  first: params.get("first")?.trim() ?? "",
})

const int = (s: string): number | undefined => (/^\d{1,4}$/.test(s) ? Number(s) : undefined)

/** The months from `from` to `to`, each day with its kind and its role in the period. */
const monthsOf = (cal: Calendar, period: PublicityPeriod): ReadonlyArray<Month> => {
  const roles = new Map(period.days.map((d) => [d.date, d] as const))
  const first = CivilDate.parts(period.published)
  const last = CivilDate.parts(period.end)
  const out: Array<Month> = []
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); ) {
    const weeks: Array<Array<MonthDay | null>> = []
    let week: Array<MonthDay | null> = []
    const lead = (CivilDate.dayOfWeek(CivilDate.fromParts(y, m, 1)) + 6) % 7
    for (let i = 0; i < lead; i++) week.push(null)
    for (let d = 1; d <= CivilDate.daysInMonth(y, m); d++) {
      const date = CivilDate.fromParts(y, m, d)
      const info = Either.getOrUndefined(cal.dayKind(date))
      const inPeriod = roles.get(date)
      week.push({
        date,
        info,
        role: inPeriod?.role ?? (date === period.published ? "published" : "outside"),
        ordinal: inPeriod?.ordinal ?? null,
      })
      if (week.length === 7) {
        weeks.push(week)
        week = []
      }
    }
    if (week.length > 0) {
      while (week.length < 7) week.push(null)
      weeks.push(week)
    }
    out.push({ year: y, month: m, weeks })
    if (m === 12) {
      y += 1
      m = 1
    } else m += 1
  }
  return out
}

/** Runs the calculator for a query; `cal` is the official calendar unless a test passes another. */
export const calculate = (q: Query, cal: Calendar = officialCalendar): Outcome => {
  if (Object.values(q).every((v) => v === "")) return { kind: "empty" }
  const errors: Array<{ field: Field; code: string }> = []
  const y = int(q.year)
  const m = int(q.month)
  const d = int(q.day)
  let start: CivilDate.CivilDate | undefined
  if (y === undefined || m === undefined || d === undefined)
    errors.push({ field: "start", code: "start-missing" })
  else {
    const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    if (CivilDate.isCivilDate(s)) start = CivilDate.make(s)
    else errors.push({ field: "start", code: "start-invalid" })
  }
  const amount = int(q.amount)
  if (amount === undefined || amount < 1 || amount > 365)
    errors.push({ field: "amount", code: "amount-invalid" })
  if (q.unit !== "working-days" && q.unit !== "calendar-days")
    errors.push({ field: "unit", code: "unit-missing" })
  if (errors.length > 0 || start === undefined || amount === undefined) return { kind: "invalid", errors }
  const rule: PublicityRule = {
    amount,
    unit: q.unit as PublicityRule["unit"],
    countPublicationDay: q.first === "1",
  }
  const loaded = cal.years().map((l) => l.year)
  // Refuse up front for the start's own year; the domain refuses any later year the period reaches.
  const result = cal.publicityEnd(start, rule)
  if (Either.isLeft(result)) return { kind: "year-missing", year: result.left.year, loaded }
  return { kind: "done", rule, period: result.right, months: monthsOf(cal, result.right) }
}
