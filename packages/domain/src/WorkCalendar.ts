/**
 * The official Chinese work calendar: which days are working days under the State Council General
 * Office's annual holiday notices, and the period arithmetic the policies need (Civil Code
 * arts. 201–203, working-day counts, publicity periods).
 *
 * The core (`makeCalendar`) is pure and synchronous and imports nothing Node-specific, so it runs in a
 * browser; `WorkCalendar` wraps it as an Effect service. The calendar is data (`calendar/years.ts`, or a
 * list an operator supplies through `WorkCalendar.fromNotices`), and every computation that needs a day
 * of a year without a loaded notice fails with `CalendarYearMissing` — there is no Monday-to-Friday
 * fallback. The pure core answers it as a plain value in an `Either` and the service as the tagged
 * error `CalendarYearMissingError`, so a browser bundle of the core carries no schema.
 *
 * Readings this module applies (each is cited in the results it produces):
 * - A "working day" (工作日) is a Monday–Friday that is not in a holiday range, or a Saturday/Sunday the
 *   notice names as an adjusted working day (调休上班日). Administrative Licensing Law art. 82 is the
 *   model: "期限以工作日计算，不含法定节假日".
 * - Art. 203's 法定休假日 (statutory rest day) includes the ordinary weekly rest days, not only the
 *   festivals: its predecessor, art. 154 of the General Principles of the Civil Law (1986), said so in
 *   words ("星期日或者其他法定休假日"), and the Supreme People's Court's 1988 opinion on it (item 198)
 *   followed the days actually taken off where the schedule was rearranged. So a period whose last day
 *   is a weekend day that is not worked, or a holiday, ends on the next working day; a period ending on
 *   an adjusted working Saturday ends there.
 * - A date is covered when the notice for its own calendar year is loaded. A later notice can still
 *   re-designate the last days of December (the 2023 notice made 31 December 2022 part of New Year's
 *   Day; the 2019 notice made Saturday 29 December 2018 a working day), so answers about late December
 *   of the last loaded year are as good as the notices loaded today.
 */
import { Effect, Layer } from "effect"
// Either and Schema from their own modules, not the `effect` index: a page that runs the pure
// calendar then ships only the Either functions it calls, and no schema (issue #10).
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { CIVIL_CODE, type Citation, DOMAIN_RULINGS, type Plain } from "./Citation.ts"
import * as Civil from "./CivilDate.ts"
import { NOTICES } from "./calendar/years.ts"
import * as ErrorKind from "./ErrorKind.ts"

type CivilDate = Civil.CivilDate

// ---------------------------------------------------------------------------------------------------
// Data model
// ---------------------------------------------------------------------------------------------------

/** One holiday of a notice: its name and the inclusive range of days off, with the notice's clause. */
export interface HolidayRange {
  readonly name: Plain
  readonly from: CivilDate
  readonly to: CivilDate
  /** The notice's own sentence for this holiday, verbatim (e.g. "二、春节：2月10日至17日放假调休，共8天。…"). */
  readonly clause?: string
}

/**
 * A later notice changing a year's arrangement (e.g. 国办发明电〔2020〕1号 extending the 2020 Spring
 * Festival). Its holidays replace the year's holiday of the same Chinese name, or are added when no
 * holiday has that name; its working days are added to or removed from the year's adjusted working days.
 */
export interface NoticeAmendment {
  readonly noticeNo: string
  readonly noticeDate: CivilDate
  readonly title: string
  readonly clause?: string
  readonly holidays: ReadonlyArray<HolidayRange>
  readonly addedWorkdays: ReadonlyArray<CivilDate>
  readonly cancelledWorkdays: ReadonlyArray<CivilDate>
}

/**
 * The State Council General Office's notice for one year (国务院办公厅关于20XX年部分节假日安排的通知):
 * its number, the date it bears, the holidays with their inclusive ranges of days off, and the adjusted
 * working days (调休上班日). Use it to load a year; see `calendar/years.ts`.
 */
export interface YearNotice {
  readonly year: number
  /** Document number, e.g. "国办发明电〔2023〕7号". */
  readonly noticeNo: string
  /** The date the notice bears (成文日期). */
  readonly noticeDate: CivilDate
  readonly title?: string
  readonly holidays: ReadonlyArray<HolidayRange>
  readonly adjustedWorkdays: ReadonlyArray<CivilDate>
  readonly amendments?: ReadonlyArray<NoticeAmendment>
}

/** What a day is under the loaded notices. */
export type DayKind = "workday" | "weekend" | "holiday" | "adjusted-workday"

/**
 * One day and its kind; a holiday carries its name, and a holiday or adjusted working day names the
 * notice (or amending notice) that made it so.
 */
export type DayInfo =
  | { readonly date: CivilDate; readonly kind: "workday" | "weekend" }
  | { readonly date: CivilDate; readonly kind: "holiday"; readonly holiday: Plain; readonly noticeNo: string }
  | { readonly date: CivilDate; readonly kind: "adjusted-workday"; readonly noticeNo: string }

/** A loaded year as `years()` lists it. */
export interface LoadedYear {
  readonly year: number
  readonly noticeNo: string
  readonly noticeDate: CivilDate
  readonly title: string
  readonly amendments: ReadonlyArray<{
    readonly noticeNo: string
    readonly noticeDate: CivilDate
    readonly title: string
  }>
}

/** A period counted in days, months or years (Civil Code arts. 200–204). */
export interface PeriodLength {
  readonly amount: number
  readonly unit: "days" | "months" | "years"
}

/** The end of a period under arts. 201–203, with the rest days art. 203 carried it over. */
export interface PeriodEnd {
  /** The day the period runs from; not counted (art. 201). */
  readonly from: CivilDate
  /** The last day by arts. 201–202 alone. */
  readonly nominalEnd: CivilDate
  /** The last day after art. 203: the first working day on or after `nominalEnd`. */
  readonly end: CivilDate
  /** The rest days (weekend or holiday) between `nominalEnd` and `end`, `nominalEnd` included. */
  readonly extendedOver: ReadonlyArray<DayInfo>
  readonly rule: ReadonlyArray<Citation>
}

/** How a publicity (公示) period is written: "不少于N天" or "不少于N个工作日", and whether the day of publication counts. */
export interface PublicityRule {
  readonly amount: number
  readonly unit: "calendar-days" | "working-days"
  /** No statute decides; the project's default is false (art. 201). A per-policy setting. */
  readonly countPublicationDay: boolean
}

/**
 * A day of a publicity period: "counted" days carry their ordinal (1…N); "not-counted" days are rest
 * days skipped by a working-day count (or a publication day that cannot count); "extension" days are
 * those art. 203 added after a calendar-day count ending on a rest day.
 */
export type PublicityDay = DayInfo & {
  readonly role: "counted" | "not-counted" | "extension"
  readonly ordinal: number | null
}

/** A publicity period: its first and last day, every day in between with its kind, and the rules applied. */
export interface PublicityPeriod {
  readonly published: CivilDate
  readonly start: CivilDate
  /** The day the N-th counted day falls on, before any art. 203 extension. */
  readonly nominalEnd: CivilDate
  readonly end: CivilDate
  readonly days: ReadonlyArray<PublicityDay>
  readonly rule: ReadonlyArray<Citation>
}

// ---------------------------------------------------------------------------------------------------
// Error
// ---------------------------------------------------------------------------------------------------

/**
 * A computation needed a day of a year for which no State Council notice is loaded: what the pure
 * calendar answers instead of guessing Monday to Friday; load the year's notice (a data change) to
 * proceed. A plain value, so a page that counts working days ships no schema; the `WorkCalendar`
 * service fails with the same fields as the tagged error `CalendarYearMissingError`.
 */
export interface CalendarYearMissing {
  readonly _tag: "CalendarYearMissing"
  readonly year: number
  readonly date: CivilDate
  readonly message: string
}

/**
 * `CalendarYearMissing` as the `WorkCalendar` service fails with it: a tagged error of kind
 * `invalid` (the API answers 422), same tag, fields and message as the pure calendar's value.
 */
export class CalendarYearMissingError extends /* @__PURE__ */ Schema.TaggedError<CalendarYearMissingError>()(
  "CalendarYearMissing",
  {
    year: Schema.Number,
    date: Civil.CivilDate,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

const yearMissing = (date: CivilDate, loaded: ReadonlyArray<number>): CalendarYearMissing => {
  const year = Civil.parts(date).year
  const have = loaded.length === 0 ? "none" : loaded.join(", ")
  return {
    _tag: "CalendarYearMissing",
    year,
    date,
    message:
      `No State Council holiday notice (国务院办公厅关于${year}年部分节假日安排的通知) is loaded for ${year}, ` +
      `which ${date} needs; the calendar does not fall back to Monday-to-Friday. Loaded years: ${have}.`,
  }
}

// ---------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------

const ART_201: Citation = {
  document: CIVIL_CODE,
  article: "第二百零一条",
  quote: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
}
const ART_202: Citation = {
  document: CIVIL_CODE,
  article: "第二百零二条",
  quote: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
}
const ART_203: Citation = {
  document: CIVIL_CODE,
  article: "第二百零三条",
  quote: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
}
/** Why art. 203's 法定休假日 includes weekends: the 1986 General Principles, repealed by the Civil Code. */
const GPCL_154: Citation = {
  document: "general-principles-of-civil-law-1986",
  article: "第一百五十四条",
  quote: "期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。",
}
const ADMIN_LICENSING_82: Citation = {
  document: "administrative-licensing-law",
  article: "第八十二条",
  quote: "本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。",
}
const RULINGS_ARTICLE = "How to read thresholds and periods"
const RULING_PUBLICATION_DAY: Citation = {
  document: DOMAIN_RULINGS,
  article: `${RULINGS_ARTICLE}: publicity periods`,
  quote: "no statute says whether the publication day counts. Default: it does not",
}
const RULING_CALENDAR_DAYS: Citation = {
  document: DOMAIN_RULINGS,
  article: `${RULINGS_ARTICLE}: publicity periods`,
  quote: '"不少于5天" counts calendar days and then applies art. 203',
}
const RULING_WORKING_DAYS: Citation = {
  document: DOMAIN_RULINGS,
  article: `${RULINGS_ARTICLE}: working days`,
  quote: "A period in working days (工作日) skips weekends and statutory holidays and counts the official",
}

// ---------------------------------------------------------------------------------------------------
// Construction and validation
// ---------------------------------------------------------------------------------------------------

const bad = (message: string): never => {
  throw new Error(`WorkCalendar data: ${message}`)
}

const checkDate = (value: unknown, where: string): CivilDate => {
  if (typeof value !== "string" || !Civil.isCivilDate(value))
    bad(`${where}: ${JSON.stringify(value)} is not a YYYY-MM-DD date`)
  return value as CivilDate
}

const isWeekend = (date: CivilDate): boolean => {
  const dow = Civil.dayOfWeek(date)
  return dow === 0 || dow === 6
}

/** The longest holiday range accepted; the longest real one is the extended 2020 Spring Festival (10 days). */
const MAX_HOLIDAY_DAYS = 14
/** A notice may reach back into the last days of the previous December (New Year's Day, or a worked Saturday). */
const SPILL_FROM_DAY = 25

interface Sourced {
  readonly noticeNo: string
  /** The clause (or, without one, the title) of the notice that makes the day what it is. */
  readonly source: Citation
}

interface Effective {
  readonly notice: YearNotice
  readonly holidays: ReadonlyArray<HolidayRange & Sourced>
  readonly workdays: ReadonlyArray<{ readonly date: CivilDate } & Sourced>
}

const citeClause = (
  noticeNo: string,
  clause: string | undefined,
  fallbackArticle: string,
  title: string,
): Citation => {
  if (clause === undefined || clause.trim() === "")
    return { document: noticeNo, article: fallbackArticle, quote: title }
  const head = clause.split("：")[0] ?? ""
  return {
    document: noticeNo,
    article: head.length > 0 && head.length <= 12 ? head : fallbackArticle,
    quote: clause,
  }
}

/** How a notice writes an adjusted working day inside a clause, e.g. "2月4日（". */
const workdayText = (date: CivilDate): string => {
  const { month, day } = Civil.parts(date)
  return `${month}月${day}日（`
}

const applyAmendments = (notice: YearNotice): Effective => {
  const title = notice.title ?? defaultTitle(notice.year)
  let holidays = notice.holidays.map((h) => ({
    ...h,
    noticeNo: notice.noticeNo,
    source: citeClause(notice.noticeNo, h.clause, h.name.zh, title),
  }))
  let workdays = notice.adjustedWorkdays.map((date) => {
    const h = notice.holidays.find(
      (x) => typeof date === "string" && (x.clause ?? "").includes(workdayText(date)),
    )
    return {
      date,
      noticeNo: notice.noticeNo,
      source: citeClause(notice.noticeNo, h?.clause, h?.name.zh ?? "调休上班", title),
    }
  })
  for (const [i, a] of (notice.amendments ?? []).entries()) {
    const where = `${notice.year} amendment #${i + 1} (${a.noticeNo})`
    if (a.noticeNo.trim() === "") bad(`${where}: empty notice number`)
    checkDate(a.noticeDate, `${where} noticeDate`)
    if (a.noticeDate < notice.noticeDate) bad(`${where}: dated ${a.noticeDate}, before the notice it amends`)
    const source = citeClause(a.noticeNo, a.clause, a.title, a.title)
    for (const h of a.holidays) {
      const replaced = { ...h, noticeNo: a.noticeNo, source }
      holidays = holidays.some((x) => x.name.zh === h.name.zh)
        ? holidays.map((x) => (x.name.zh === h.name.zh ? replaced : x))
        : [...holidays, replaced]
    }
    for (const c of a.cancelledWorkdays) {
      if (!workdays.some((w) => w.date === c))
        bad(`${where}: cancels ${c}, which is not an adjusted working day`)
      workdays = workdays.filter((w) => w.date !== c)
    }
    workdays = [...workdays, ...a.addedWorkdays.map((date) => ({ date, noticeNo: a.noticeNo, source }))]
  }
  return { notice, holidays, workdays }
}

const validateNotice = (e: Effective): void => {
  const { notice } = e
  const y = notice.year
  const where = `notice for ${y} (${notice.noticeNo})`
  const earliest = Civil.fromParts(y - 1, 12, SPILL_FROM_DAY)
  const firstDay = Civil.fromParts(y, 1, 1)
  const lastDay = Civil.fromParts(y, 12, 31)
  checkDate(notice.noticeDate, `${where} noticeDate`)
  if (notice.noticeDate < Civil.fromParts(y - 1, 1, 1) || notice.noticeDate > lastDay)
    bad(`${where}: dated ${notice.noticeDate}, outside ${y - 1}–${y}`)
  for (const h of e.holidays) {
    const hw = `${where}, holiday ${h.name.zh}`
    if (h.name.zh.trim() === "" || h.name.en.trim() === "")
      bad(`${hw}: a holiday needs a Chinese and an English name`)
    checkDate(h.from, `${hw} from`)
    checkDate(h.to, `${hw} to`)
    if (h.from > h.to) bad(`${hw}: range ${h.from}..${h.to} is not ordered`)
    const length = Civil.diffDays(h.from, h.to) + 1
    if (length > MAX_HOLIDAY_DAYS)
      bad(`${hw}: range ${h.from}..${h.to} is ${length} days, more than ${MAX_HOLIDAY_DAYS}`)
    if (h.to < firstDay || h.to > lastDay) bad(`${hw}: ends ${h.to}, outside ${y}`)
    // Only New Year's Day may begin in the previous year (as 2022-12-31 in the 2023 notice).
    const fromOk = h.from >= firstDay || (h.name.zh === "元旦" && h.from >= earliest)
    if (!fromOk)
      bad(`${hw}: begins ${h.from}, outside ${y} (only 元旦 may begin in the last days of ${y - 1})`)
  }
  for (const w of e.workdays) {
    const ww = `${where}, adjusted working day ${w.date}`
    checkDate(w.date, ww)
    if (w.date < earliest || w.date > lastDay) bad(`${ww}: outside ${y} (or the last days of ${y - 1})`)
    if (!isWeekend(w.date)) bad(`${ww}: is not a Saturday or Sunday, so it cannot be an adjusted working day`)
  }
}

/** The pure calendar over a set of notices; every method answers `Left(CalendarYearMissing)` rather than guess. */
export interface Calendar {
  /** What `date` is: workday, weekend, holiday (with its name) or adjusted working day. */
  readonly dayKind: (date: CivilDate) => Either.Either<DayInfo, CalendarYearMissing>
  /** True for a Monday–Friday outside the holidays, or an adjusted working day. */
  readonly isWorkingDay: (date: CivilDate) => Either.Either<boolean, CalendarYearMissing>
  /**
   * The `n`-th working day after `start` (start not counted); `n` = 0 gives `start`, a negative `n`
   * counts backwards. Throws RangeError when `n` is not an integer.
   */
  readonly addWorkingDays: (start: CivilDate, n: number) => Either.Either<CivilDate, CalendarYearMissing>
  /**
   * The number of working days after `from` up to and including `to` (negative when `to` precedes
   * `from`), so that `addWorkingDays(from, workingDaysBetween(from, to))` is the last working day ≤ `to`.
   */
  readonly workingDaysBetween: (from: CivilDate, to: CivilDate) => Either.Either<number, CalendarYearMissing>
  /**
   * The last day of a period of days, months or years running from `start` (Civil Code arts. 201–203).
   * Throws RangeError when `amount` is not a positive integer.
   */
  readonly periodEnd: (
    start: CivilDate,
    length: PeriodLength,
  ) => Either.Either<PeriodEnd, CalendarYearMissing>
  /**
   * A publicity period of "不少于N天" (calendar days, then art. 203) or "不少于N个工作日" (working days).
   * Throws RangeError when `amount` is not a positive integer.
   */
  readonly publicityEnd: (
    published: CivilDate,
    rule: PublicityRule,
  ) => Either.Either<PublicityPeriod, CalendarYearMissing>
  /** The loaded years with their notice numbers and dates, oldest first. */
  readonly years: () => ReadonlyArray<LoadedYear>
}

const requireCount = (n: number, what: string, min: number): void => {
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${what} must be an integer ≥ ${min}, got ${n}`)
}

const isWorkingKind = (kind: DayKind): boolean => kind === "workday" || kind === "adjusted-workday"

/**
 * Builds the pure calendar from State Council notices, validating them first.
 * Use it directly in a browser or a script; in Effect code use the `WorkCalendar` service. Throws an
 * Error naming the notice and the problem when the data is inconsistent (unordered or overlapping
 * ranges, dates outside the notice's year, an adjusted working day that is not a weekend day, …).
 */
export const makeCalendar = (notices: ReadonlyArray<YearNotice>): Calendar => {
  const seenYears = new Set<number>()
  for (const n of notices) {
    if (!Number.isInteger(n.year) || n.year < 1901 || n.year > 2200)
      bad(`year ${n.year} is not a supported year`)
    if (seenYears.has(n.year)) bad(`two notices for ${n.year}`)
    seenYears.add(n.year)
    if (typeof n.noticeNo !== "string" || n.noticeNo.trim() === "")
      bad(`notice for ${n.year}: empty notice number`)
  }
  const effective = [...notices].sort((a, b) => a.year - b.year).map(applyAmendments)
  for (const e of effective) validateNotice(e)

  const special = new Map<string, DayInfo>()
  const sources = new Map<string, Citation>()
  for (const e of effective) {
    for (const h of e.holidays) {
      for (let date = h.from; date <= h.to; date = Civil.addDays(date, 1)) {
        const clash = special.get(date)
        if (clash !== undefined)
          bad(
            `${date} is in holiday ${h.name.zh} (${h.noticeNo}) and also ${describe(clash)}: overlapping data`,
          )
        special.set(date, { date, kind: "holiday", holiday: h.name, noticeNo: h.noticeNo })
        sources.set(date, h.source)
      }
    }
  }
  for (const e of effective) {
    for (const w of e.workdays) {
      const clash = special.get(w.date)
      if (clash !== undefined)
        bad(`${w.date} is an adjusted working day (${w.noticeNo}) and also ${describe(clash)}`)
      special.set(w.date, { date: w.date, kind: "adjusted-workday", noticeNo: w.noticeNo })
      sources.set(w.date, w.source)
    }
  }

  const loaded = effective.map((e) => e.notice.year)
  const byYear = new Map(effective.map((e) => [e.notice.year, e] as const))
  const listed: ReadonlyArray<LoadedYear> = effective.map(({ notice }) => ({
    year: notice.year,
    noticeNo: notice.noticeNo,
    noticeDate: notice.noticeDate,
    title: notice.title ?? defaultTitle(notice.year),
    amendments: (notice.amendments ?? []).map((a) => ({
      noticeNo: a.noticeNo,
      noticeDate: a.noticeDate,
      title: a.title,
    })),
  }))

  const dayKind = (date: CivilDate): Either.Either<DayInfo, CalendarYearMissing> => {
    if (!byYear.has(Civil.parts(date).year)) return Either.left(yearMissing(date, loaded))
    const s = special.get(date)
    if (s !== undefined) return Either.right(s)
    return Either.right({ date, kind: isWeekend(date) ? "weekend" : "workday" })
  }

  const isWorkingDay = (date: CivilDate) => Either.map(dayKind(date), (i) => isWorkingKind(i.kind))

  const addWorkingDays = (start: CivilDate, n: number): Either.Either<CivilDate, CalendarYearMissing> => {
    if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`)
    const step = n < 0 ? -1 : 1
    let date = start
    for (let left = Math.abs(n); left > 0; ) {
      date = Civil.addDays(date, step)
      const info = dayKind(date)
      if (Either.isLeft(info)) return Either.left(info.left)
      if (isWorkingKind(info.right.kind)) left--
    }
    return Either.right(date)
  }

  const countWorking = (from: CivilDate, to: CivilDate): Either.Either<number, CalendarYearMissing> => {
    let count = 0
    for (let date = Civil.addDays(from, 1); date <= to; date = Civil.addDays(date, 1)) {
      const info = dayKind(date)
      if (Either.isLeft(info)) return Either.left(info.left)
      if (isWorkingKind(info.right.kind)) count++
    }
    return Either.right(count)
  }

  const workingDaysBetween = (from: CivilDate, to: CivilDate) =>
    to >= from ? countWorking(from, to) : Either.map(countWorking(to, from), (c) => -c)

  /** Art. 203: from `nominal`, move past rest days to the first working day. */
  const rollForward = (
    nominal: CivilDate,
  ): Either.Either<{ end: CivilDate; skipped: ReadonlyArray<DayInfo> }, CalendarYearMissing> => {
    const skipped: Array<DayInfo> = []
    for (let date = nominal; ; date = Civil.addDays(date, 1)) {
      const info = dayKind(date)
      if (Either.isLeft(info)) return Either.left(info.left)
      if (isWorkingKind(info.right.kind)) return Either.right({ end: date, skipped })
      skipped.push(info.right)
    }
  }

  /** Each year's notice touched by `days`, then the clauses behind its holidays and adjusted working days. */
  const noticeCitations = (days: ReadonlyArray<DayInfo>): ReadonlyArray<Citation> => {
    const years = [...new Set(days.map((x) => Civil.parts(x.date).year))].sort((a, b) => a - b)
    const titles = years.flatMap((year) => {
      const e = byYear.get(year)
      return e === undefined
        ? []
        : [{ document: e.notice.noticeNo, article: "标题", quote: e.notice.title ?? defaultTitle(year) }]
    })
    const clauses = days.flatMap((x) => {
      const c = sources.get(x.date)
      return c === undefined ? [] : [c]
    })
    return dedupe([...titles, ...clauses])
  }

  const periodEnd = (
    start: CivilDate,
    length: PeriodLength,
  ): Either.Either<PeriodEnd, CalendarYearMissing> => {
    requireCount(length.amount, "period amount", 1)
    const nominalEnd =
      length.unit === "days"
        ? Civil.addDays(start, length.amount)
        : length.unit === "months"
          ? Civil.addMonths(start, length.amount)
          : Civil.addYears(start, length.amount)
    return Either.map(rollForward(nominalEnd), ({ end, skipped }) => {
      const extended = skipped.length > 0
      const rule: Array<Citation> = [ART_201]
      if (length.unit !== "days") rule.push(ART_202)
      rule.push(ART_203)
      if (extended) rule.push(GPCL_154, ...noticeCitations(skipped))
      return { from: start, nominalEnd, end, extendedOver: skipped, rule }
    })
  }

  const publicityEnd = (
    published: CivilDate,
    rule: PublicityRule,
  ): Either.Either<PublicityPeriod, CalendarYearMissing> => {
    requireCount(rule.amount, "publicity amount", 1)
    const start = rule.countPublicationDay ? published : Civil.addDays(published, 1)
    const days: Array<PublicityDay> = []
    const dayRule = rule.countPublicationDay ? RULING_PUBLICATION_DAY : ART_201
    if (rule.unit === "calendar-days") {
      const nominalEnd = Civil.addDays(start, rule.amount - 1)
      let ordinal = 0
      for (let date = start; date <= nominalEnd; date = Civil.addDays(date, 1)) {
        const info = dayKind(date)
        if (Either.isLeft(info)) return Either.left(info.left)
        days.push({ ...info.right, role: "counted", ordinal: ++ordinal })
      }
      const rolled = rollForward(nominalEnd)
      if (Either.isLeft(rolled)) return Either.left(rolled.left)
      const { end, skipped } = rolled.right
      for (const info of skipped.slice(1)) days.push({ ...info, role: "extension", ordinal: null })
      if (end !== nominalEnd) {
        const last = dayKind(end)
        if (Either.isLeft(last)) return Either.left(last.left)
        days.push({ ...last.right, role: "extension", ordinal: null })
      }
      const rules: Array<Citation> = [RULING_CALENDAR_DAYS, dayRule, RULING_PUBLICATION_DAY, ART_203]
      if (skipped.length > 0) rules.push(GPCL_154)
      return Either.right({
        published,
        start,
        nominalEnd,
        end,
        days,
        rule: dedupe([...rules, ...noticeCitations(days)]),
      })
    }
    let ordinal = 0
    let date = start
    for (;;) {
      const info = dayKind(date)
      if (Either.isLeft(info)) return Either.left(info.left)
      const working = isWorkingKind(info.right.kind)
      days.push(
        working
          ? { ...info.right, role: "counted", ordinal: ++ordinal }
          : { ...info.right, role: "not-counted", ordinal: null },
      )
      if (ordinal === rule.amount) break
      date = Civil.addDays(date, 1)
    }
    const rules = [RULING_WORKING_DAYS, ADMIN_LICENSING_82, dayRule, RULING_PUBLICATION_DAY]
    return Either.right({
      published,
      start,
      nominalEnd: date,
      end: date,
      days,
      rule: dedupe([...rules, ...noticeCitations(days)]),
    })
  }

  return {
    dayKind,
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    periodEnd,
    publicityEnd,
    years: () => listed,
  }
}

const defaultTitle = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`

const describe = (info: DayInfo): string =>
  info.kind === "holiday"
    ? `in holiday ${info.holiday.zh} (${info.noticeNo})`
    : info.kind === "adjusted-workday"
      ? `an adjusted working day (${info.noticeNo})`
      : info.kind

const dedupe = (cs: ReadonlyArray<Citation>): ReadonlyArray<Citation> => {
  const seen = new Set<string>()
  return cs.filter((c) => {
    const key = `${c.document}|${c.article}|${c.quote}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The calendar built from the official notices in `calendar/years.ts` (2020–2026). */
export const officialCalendar: Calendar = makeCalendar(NOTICES)

// ---------------------------------------------------------------------------------------------------
// Effect service
// ---------------------------------------------------------------------------------------------------

/** The calendar's methods as Effects; a thrown RangeError (bad argument) becomes a defect. */
export interface WorkCalendarApi {
  readonly dayKind: (date: CivilDate) => Effect.Effect<DayInfo, CalendarYearMissingError>
  readonly isWorkingDay: (date: CivilDate) => Effect.Effect<boolean, CalendarYearMissingError>
  readonly addWorkingDays: (start: CivilDate, n: number) => Effect.Effect<CivilDate, CalendarYearMissingError>
  readonly workingDaysBetween: (
    from: CivilDate,
    to: CivilDate,
  ) => Effect.Effect<number, CalendarYearMissingError>
  readonly periodEnd: (
    start: CivilDate,
    length: PeriodLength,
  ) => Effect.Effect<PeriodEnd, CalendarYearMissingError>
  readonly publicityEnd: (
    published: CivilDate,
    rule: PublicityRule,
  ) => Effect.Effect<PublicityPeriod, CalendarYearMissingError>
  readonly years: () => Effect.Effect<ReadonlyArray<LoadedYear>>
}

/** A pure answer as an Effect: the value, or the missing year as the tagged error. */
const lift = <A>(
  answer: () => Either.Either<A, CalendarYearMissing>,
): Effect.Effect<A, CalendarYearMissingError> =>
  Effect.suspend(() => {
    const e = answer()
    if (Either.isRight(e)) return Effect.succeed(e.right)
    const { year, date, message } = e.left
    return Effect.fail(new CalendarYearMissingError({ year, date, message }))
  })

/** Lifts a pure `Calendar` into the Effect API of the `WorkCalendar` service. */
export const liftCalendar = (c: Calendar): WorkCalendarApi => ({
  dayKind: (date) => lift(() => c.dayKind(date)),
  isWorkingDay: (date) => lift(() => c.isWorkingDay(date)),
  addWorkingDays: (start, n) => lift(() => c.addWorkingDays(start, n)),
  workingDaysBetween: (from, to) => lift(() => c.workingDaysBetween(from, to)),
  periodEnd: (start, length) => lift(() => c.periodEnd(start, length)),
  publicityEnd: (published, rule) => lift(() => c.publicityEnd(published, rule)),
  years: () => Effect.sync(() => c.years()),
})

/**
 * The official work calendar as an Effect service, built from the notices in `calendar/years.ts`.
 * Use `WorkCalendar.Default` in production and `WorkCalendar.fromNotices(...)` when an operator or a
 * test supplies the notices (a new year is then a data change, not a code change).
 */
export class WorkCalendar extends /* @__PURE__ */ Effect.Service<WorkCalendar>()("zhicheng/WorkCalendar", {
  succeed: /* @__PURE__ */ liftCalendar(officialCalendar),
  accessors: true,
}) {
  /**
   * A layer serving the calendar built from `notices` instead of the bundled ones.
   * Use it for updated or additional years; inconsistent data fails the layer with a defect.
   */
  static readonly fromNotices = (notices: ReadonlyArray<YearNotice>): Layer.Layer<WorkCalendar> =>
    Layer.sync(WorkCalendar, () => WorkCalendar.make(liftCalendar(makeCalendar(notices))))
}
