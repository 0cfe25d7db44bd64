import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Either, Exit } from "effect"
import fc from "fast-check"
import {
  addDays,
  type CivilDate,
  dayOfWeek,
  fromDayNumber,
  fromParts,
  make,
  toDayNumber,
} from "../src/CivilDate.ts"
import { NOTICES } from "../src/calendar/years.ts"
import {
  type Calendar,
  CalendarYearMissingError,
  type DayInfo,
  makeCalendar,
  officialCalendar,
  WorkCalendar,
  type YearNotice,
} from "../src/WorkCalendar.ts"
import { dayIn } from "./support/days.ts"

const d = make
const cal = officialCalendar

const right = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}
const left = <A, E>(e: Either.Either<A, E>): E => {
  if (Either.isRight(e)) throw new Error(`expected Left, got Right: ${JSON.stringify(e.right)}`)
  return e.left
}

const kindOf = (c: Calendar, date: string) => right(c.dayKind(d(date))).kind
const eachDay = (from: string, to: string): Array<CivilDate> => {
  const out: Array<CivilDate> = []
  for (let n = toDayNumber(d(from)); n <= toDayNumber(d(to)); n++) out.push(fromDayNumber(n))
  return out
}

describe("worked examples (DOMAIN.md)", () => {
  it("published Fri 2024-09-27, 5 working days → Thu 2024-10-10 (Sun 9-29 worked; 10-1…10-7 off)", () => {
    expect(right(cal.addWorkingDays(d("2024-09-27"), 5))).toBe("2024-10-10")
    const p = right(
      cal.publicityEnd(d("2024-09-27"), { amount: 5, unit: "working-days", countPublicationDay: false }),
    )
    expect(p.end).toBe("2024-10-10")
    expect(p.days.filter((x) => x.role === "counted").map((x) => x.date)).toEqual([
      "2024-09-29",
      "2024-09-30",
      "2024-10-08",
      "2024-10-09",
      "2024-10-10",
    ])
    expect(p.days[1]).toMatchObject({ date: "2024-09-29", kind: "adjusted-workday", ordinal: 1 })
  })

  it("published Wed 2026-04-29, 5 working days → Sat 2026-05-09 (an adjusted working Saturday)", () => {
    expect(right(cal.addWorkingDays(d("2026-04-29"), 5))).toBe("2026-05-09")
    const p = right(
      cal.publicityEnd(d("2026-04-29"), { amount: 5, unit: "working-days", countPublicationDay: false }),
    )
    expect(p.end).toBe("2026-05-09")
    expect(dayOfWeek(p.end)).toBe(6)
    expect(p.days.at(-1)).toMatchObject({ kind: "adjusted-workday", role: "counted", ordinal: 5 })
  })

  it("published Wed 2026-09-30, 5 calendar days → the 5th day 10-05 is a holiday, so it ends 2026-10-08", () => {
    const p = right(
      cal.publicityEnd(d("2026-09-30"), { amount: 5, unit: "calendar-days", countPublicationDay: false }),
    )
    expect(p.start).toBe("2026-10-01")
    expect(p.nominalEnd).toBe("2026-10-05")
    expect(p.end).toBe("2026-10-08")
    expect(p.days.map((x) => [x.date, x.role, x.ordinal])).toEqual([
      ["2026-10-01", "counted", 1],
      ["2026-10-02", "counted", 2],
      ["2026-10-03", "counted", 3],
      ["2026-10-04", "counted", 4],
      ["2026-10-05", "counted", 5],
      ["2026-10-06", "extension", null],
      ["2026-10-07", "extension", null],
      ["2026-10-08", "extension", null],
    ])
    expect(p.rule.map((c) => c.article)).toContain("第二百零三条")
    expect(p.rule).toContainEqual(
      expect.objectContaining({ document: "国办发明电〔2025〕7号", article: "七、国庆节" }),
    )
  })

  it.effect("the three examples through the Effect service (accessors)", () =>
    Effect.gen(function* () {
      expect(yield* WorkCalendar.addWorkingDays(d("2024-09-27"), 5)).toBe("2024-10-10")
      expect(yield* WorkCalendar.addWorkingDays(d("2026-04-29"), 5)).toBe("2026-05-09")
      const p = yield* WorkCalendar.publicityEnd(d("2026-09-30"), {
        amount: 5,
        unit: "calendar-days",
        countPublicationDay: false,
      })
      expect(p.end).toBe("2026-10-08")
    }).pipe(Effect.provide(WorkCalendar.Default)),
  )
})

describe("dayKind across the 2024–2026 holidays", () => {
  const table: ReadonlyArray<readonly [string, string, string?]> = [
    // Spring Festival 2024: 除夕 (Fri 9 Feb) only encouraged, still a working day.
    ["2024-02-04", "adjusted-workday"],
    ["2024-02-09", "workday"],
    ["2024-02-10", "holiday", "春节"],
    ["2024-02-17", "holiday", "春节"],
    ["2024-02-18", "adjusted-workday"],
    ["2024-02-19", "workday"],
    // Spring Festival 2025: from 除夕 (Tue 28 Jan), the first year under the 2024 revision.
    ["2025-01-25", "weekend"],
    ["2025-01-26", "adjusted-workday"],
    ["2025-01-27", "workday"],
    ["2025-01-28", "holiday", "春节"],
    ["2025-02-04", "holiday", "春节"],
    ["2025-02-05", "workday"],
    ["2025-02-08", "adjusted-workday"],
    ["2025-02-09", "weekend"],
    // Spring Festival 2026: nine days, Saturdays 14 and 28 February worked.
    ["2026-02-14", "adjusted-workday"],
    ["2026-02-15", "holiday", "春节"],
    ["2026-02-23", "holiday", "春节"],
    ["2026-02-24", "workday"],
    ["2026-02-28", "adjusted-workday"],
    ["2026-03-01", "weekend"],
    // Labour Day 2024–2026 (two statutory days from 2025; five days off each year).
    ["2024-04-28", "adjusted-workday"],
    ["2024-05-01", "holiday", "劳动节"],
    ["2024-05-05", "holiday", "劳动节"],
    ["2024-05-06", "workday"],
    ["2024-05-11", "adjusted-workday"],
    ["2025-04-27", "adjusted-workday"],
    ["2025-05-01", "holiday", "劳动节"],
    ["2025-05-05", "holiday", "劳动节"],
    ["2025-05-10", "weekend"],
    ["2026-04-26", "weekend"],
    ["2026-05-01", "holiday", "劳动节"],
    ["2026-05-05", "holiday", "劳动节"],
    ["2026-05-09", "adjusted-workday"],
    // National Day 2024–2026 (2025 merged with Mid-Autumn, 8 days).
    ["2024-09-29", "adjusted-workday"],
    ["2024-10-01", "holiday", "国庆节"],
    ["2024-10-07", "holiday", "国庆节"],
    ["2024-10-08", "workday"],
    ["2024-10-12", "adjusted-workday"],
    ["2025-09-28", "adjusted-workday"],
    ["2025-10-06", "holiday", "国庆节、中秋节"],
    ["2025-10-08", "holiday", "国庆节、中秋节"],
    ["2025-10-09", "workday"],
    ["2025-10-11", "adjusted-workday"],
    ["2026-09-20", "adjusted-workday"],
    ["2026-09-25", "holiday", "中秋节"],
    ["2026-10-07", "holiday", "国庆节"],
    ["2026-10-08", "workday"],
    ["2026-10-10", "adjusted-workday"],
    // Spill and amendment
    ["2022-12-31", "holiday", "元旦"],
    ["2020-02-01", "holiday", "春节"],
    ["2020-02-02", "holiday", "春节"],
    ["2020-02-03", "workday"],
  ]
  it.each(table.map(([date, kind, name]) => [date, name === undefined ? kind : `${kind} ${name}`] as const))(
    "%s is %s",
    (date, described) => {
      const [kind, name] = described.split(" ")
      const info = right(cal.dayKind(d(date)))
      expect(info.kind).toBe(kind)
      if (name !== undefined) expect(info).toMatchObject({ kind: "holiday", holiday: { zh: name } })
      expect(right(cal.isWorkingDay(d(date)))).toBe(kind === "workday" || kind === "adjusted-workday")
    },
  )

  it("names the notice behind a day: the 2020 extension, the 2023 notice for 2022-12-31", () => {
    expect(right(cal.dayKind(d("2020-01-31")))).toMatchObject({ noticeNo: "国办发明电〔2020〕1号" })
    expect(right(cal.dayKind(d("2022-12-31")))).toMatchObject({ noticeNo: "国办发明电〔2022〕16号" })
    expect(right(cal.dayKind(d("2024-09-29")))).toMatchObject({ noticeNo: "国办发明电〔2023〕7号" })
  })

  it("addWorkingDays and workingDaysBetween across Spring Festival, Labour Day and National Day", () => {
    expect(right(cal.addWorkingDays(d("2024-02-08"), 2))).toBe("2024-02-18")
    expect(right(cal.addWorkingDays(d("2025-01-24"), 1))).toBe("2025-01-26")
    expect(right(cal.addWorkingDays(d("2025-01-27"), 1))).toBe("2025-02-05")
    expect(right(cal.addWorkingDays(d("2026-02-13"), 1))).toBe("2026-02-14")
    expect(right(cal.addWorkingDays(d("2026-02-13"), 2))).toBe("2026-02-24")
    expect(right(cal.addWorkingDays(d("2025-04-30"), 1))).toBe("2025-05-06")
    expect(right(cal.addWorkingDays(d("2025-09-30"), 1))).toBe("2025-10-09")
    expect(right(cal.addWorkingDays(d("2025-10-10"), 1))).toBe("2025-10-11")
    expect(right(cal.addWorkingDays(d("2024-10-08"), -1))).toBe("2024-09-30")
    expect(right(cal.addWorkingDays(d("2024-10-08"), -2))).toBe("2024-09-29")
    expect(right(cal.addWorkingDays(d("2024-10-08"), 0))).toBe("2024-10-08")
    // October 2024: 23 weekdays − 5 holiday weekdays + Saturday 12 October worked.
    expect(right(cal.workingDaysBetween(d("2024-09-30"), d("2024-10-31")))).toBe(19)
    expect(right(cal.workingDaysBetween(d("2024-10-31"), d("2024-09-30")))).toBe(-19)
    expect(right(cal.workingDaysBetween(d("2024-10-01"), d("2024-10-01")))).toBe(0)
    // A whole year: 2024 has 262 weekdays − 19 holiday weekdays + 8 adjusted working days = 251.
    const year2024 = eachDay("2024-01-01", "2024-12-31").filter((x) => right(cal.isWorkingDay(x))).length
    expect(year2024).toBe(251)
    expect(right(cal.workingDaysBetween(d("2023-12-31"), d("2024-12-31")))).toBe(251)
    expect(() => cal.addWorkingDays(d("2024-10-08"), 1.5)).toThrow(RangeError)
  })
})

describe("CalendarYearMissing — no Monday-to-Friday fallback", () => {
  it("refuses any day of 2027 and of 2019", () => {
    const e27 = left(cal.dayKind(d("2027-01-01")))
    // A plain value (no class, no schema: a browser page runs this calendar), the tagged error's fields.
    expect(Object.getPrototypeOf(e27)).toBe(Object.prototype)
    expect(Object.keys(e27)).toEqual(["_tag", "year", "date", "message"])
    expect(e27).toMatchObject({ _tag: "CalendarYearMissing", year: 2027, date: "2027-01-01" })
    expect(e27.message).toContain("2027")
    expect(e27.message).toContain("国务院办公厅关于2027年部分节假日安排的通知")
    expect(e27.message).toContain("Monday-to-Friday")
    expect(left(cal.dayKind(d("2019-12-31")))).toMatchObject({ year: 2019 })
    expect(left(cal.isWorkingDay(d("2027-03-03")))).toMatchObject({ year: 2027 })
  })

  it("fails any computation that reaches a missing year", () => {
    // Mon 2026-12-28 + 3 working days is 2026-12-31; the 4th needs 2027.
    expect(right(cal.addWorkingDays(d("2026-12-28"), 3))).toBe("2026-12-31")
    expect(left(cal.addWorkingDays(d("2026-12-28"), 5))).toMatchObject({ year: 2027, date: "2027-01-01" })
    expect(left(cal.addWorkingDays(d("2020-01-03"), -3))).toMatchObject({ year: 2019, date: "2019-12-31" })
    expect(left(cal.workingDaysBetween(d("2026-12-01"), d("2027-01-10")))).toMatchObject({ year: 2027 })
    expect(left(cal.periodEnd(d("2026-12-01"), { amount: 1, unit: "months" }))).toMatchObject({ year: 2027 })
    expect(left(cal.periodEnd(d("2025-06-30"), { amount: 2, unit: "years" }))).toMatchObject({ year: 2027 })
    expect(
      left(
        cal.publicityEnd(d("2026-12-28"), { amount: 5, unit: "working-days", countPublicationDay: false }),
      ),
    ).toMatchObject({ year: 2027 })
    // Published 2026-12-30, 2 calendar days: the second day is 2027-01-01, whose kind is unknown.
    expect(
      left(
        cal.publicityEnd(d("2026-12-30"), { amount: 2, unit: "calendar-days", countPublicationDay: false }),
      ),
    ).toMatchObject({ year: 2027 })
  })

  it("a calendar loaded with 2024 only refuses 2025 (a weekday included)", () => {
    const only2024 = makeCalendar(NOTICES.filter((n) => n.year === 2024))
    expect(kindOf(only2024, "2024-12-31")).toBe("workday")
    expect(left(only2024.dayKind(d("2025-01-02")))).toMatchObject({ year: 2025 })
    expect(left(makeCalendar([]).dayKind(d("2024-03-04"))).message).toContain("Loaded years: none")
  })

  it.effect("fails in the error channel through the service", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(WorkCalendar.dayKind(d("2027-06-01")))
      expect(e).toBeInstanceOf(CalendarYearMissingError)
      expect(e._tag).toBe("CalendarYearMissing")
      expect(e.year).toBe(2027)
      // The same fields and message as the pure calendar's value.
      expect({ _tag: e._tag, year: e.year, date: e.date, message: e.message }).toEqual(
        left(cal.dayKind(d("2027-06-01"))),
      )
      const e2 = yield* Effect.flip(WorkCalendar.addWorkingDays(d("2026-12-30"), 10))
      expect(e2.year).toBe(2027)
    }).pipe(Effect.provide(WorkCalendar.Default)),
  )
})

describe("publicity periods", () => {
  it("countPublicationDay false vs true, calendar days (published Mon 2024-06-03, 5 days)", () => {
    const excl = right(
      cal.publicityEnd(d("2024-06-03"), { amount: 5, unit: "calendar-days", countPublicationDay: false }),
    )
    // 6-04…6-08; Sat 6-08 is a rest day, Sun 6-09 too, Mon 6-10 is 端午: ends Tue 6-11.
    expect(excl.start).toBe("2024-06-04")
    expect(excl.nominalEnd).toBe("2024-06-08")
    expect(excl.end).toBe("2024-06-11")
    expect(excl.rule.map((c) => c.article)).toEqual(expect.arrayContaining(["第二百零一条", "第二百零三条"]))
    expect(excl.rule.map((c) => c.document)).toContain("general-principles-of-civil-law-1986")
    const incl = right(
      cal.publicityEnd(d("2024-06-03"), { amount: 5, unit: "calendar-days", countPublicationDay: true }),
    )
    expect(incl.start).toBe("2024-06-03")
    expect(incl.end).toBe("2024-06-07")
    expect(incl.days).toHaveLength(5)
    expect(incl.rule.map((c) => c.article)).not.toContain("第二百零一条")
  })

  it("countPublicationDay false vs true, working days", () => {
    const excl = right(
      cal.publicityEnd(d("2024-09-25"), { amount: 3, unit: "working-days", countPublicationDay: false }),
    )
    expect(excl.end).toBe("2024-09-29")
    const incl = right(
      cal.publicityEnd(d("2024-09-25"), { amount: 3, unit: "working-days", countPublicationDay: true }),
    )
    expect(incl.end).toBe("2024-09-27")
    expect(incl.days[0]).toMatchObject({ date: "2024-09-25", role: "counted", ordinal: 1 })
    // Published on a Saturday that is not worked: that day cannot count as a working day.
    const sat = right(
      cal.publicityEnd(d("2024-09-28"), { amount: 2, unit: "working-days", countPublicationDay: true }),
    )
    expect(sat.days[0]).toMatchObject({
      date: "2024-09-28",
      kind: "weekend",
      role: "not-counted",
      ordinal: null,
    })
    expect(sat.end).toBe("2024-09-30")
  })

  it("a calendar-day period ending on an adjusted working Saturday ends there", () => {
    // 2026-05-04 + 5 days = Sat 2026-05-09, a working day.
    const p = right(
      cal.publicityEnd(d("2026-05-04"), { amount: 5, unit: "calendar-days", countPublicationDay: false }),
    )
    expect(p.end).toBe("2026-05-09")
    expect(p.days.every((x) => x.role === "counted")).toBe(true)
  })

  it("rejects a non-positive or fractional amount", () => {
    expect(() =>
      cal.publicityEnd(d("2024-06-03"), { amount: 0, unit: "calendar-days", countPublicationDay: false }),
    ).toThrow(RangeError)
    expect(() => cal.periodEnd(d("2024-06-03"), { amount: 1.5, unit: "days" })).toThrow(RangeError)
  })
})

describe("periodEnd (Civil Code arts. 201–203)", () => {
  it("month clamp: 2024-01-31 + 1 month = 2024-02-29 (a Thursday, no roll-over)", () => {
    const p = right(cal.periodEnd(d("2024-01-31"), { amount: 1, unit: "months" }))
    expect(p).toMatchObject({ nominalEnd: "2024-02-29", end: "2024-02-29", extendedOver: [] })
    expect(p.rule.map((c) => c.article)).toEqual(["第二百零一条", "第二百零二条", "第二百零三条"])
    expect(right(cal.periodEnd(d("2023-01-31"), { amount: 1, unit: "months" })).end).toBe("2023-02-28")
    expect(right(cal.periodEnd(d("2024-02-29"), { amount: 1, unit: "years" })).nominalEnd).toBe("2025-02-28")
  })

  it("holiday roll-over: a last day in National Day moves to the day after the holiday", () => {
    const p = right(cal.periodEnd(d("2024-09-01"), { amount: 1, unit: "months" }))
    expect(p.nominalEnd).toBe("2024-10-01")
    expect(p.end).toBe("2024-10-08")
    expect(p.extendedOver.map((x) => x.date)).toEqual(eachDay("2024-10-01", "2024-10-07"))
    expect(p.rule).toContainEqual(
      expect.objectContaining({ document: "国办发明电〔2023〕7号", article: "七、国庆节" }),
    )
    expect(right(cal.periodEnd(d("2023-10-01"), { amount: 1, unit: "years" })).end).toBe("2024-10-08")
    expect(right(cal.periodEnd(d("2026-02-10"), { amount: 5, unit: "days" })).end).toBe("2026-02-24")
  })

  it("weekends count as rest days (art. 203 read with GPCL art. 154): Sat, Sun, then 端午 Monday", () => {
    const p = right(cal.periodEnd(d("2024-05-08"), { amount: 1, unit: "months" }))
    expect(p.nominalEnd).toBe("2024-06-08")
    expect(p.extendedOver.map((x) => x.kind)).toEqual(["weekend", "weekend", "holiday"])
    expect(p.end).toBe("2024-06-11")
    expect(p.rule.map((c) => c.document)).toContain("general-principles-of-civil-law-1986")
  })

  it("a last day on an adjusted working Saturday is not extended", () => {
    const p = right(cal.periodEnd(d("2024-04-11"), { amount: 1, unit: "months" }))
    expect(p).toMatchObject({ nominalEnd: "2024-05-11", end: "2024-05-11", extendedOver: [] })
  })
})

describe("loaded years and data", () => {
  it("years() lists 2020–2026 with their notice numbers", () => {
    expect(cal.years().map((y) => [y.year, y.noticeNo, y.noticeDate])).toEqual([
      [2020, "国办发明电〔2019〕16号", "2019-11-21"],
      [2021, "国办发明电〔2020〕27号", "2020-11-25"],
      [2022, "国办发明电〔2021〕11号", "2021-10-25"],
      [2023, "国办发明电〔2022〕16号", "2022-12-08"],
      [2024, "国办发明电〔2023〕7号", "2023-10-25"],
      [2025, "国办发明电〔2024〕12号", "2024-11-12"],
      [2026, "国办发明电〔2025〕7号", "2025-11-04"],
    ])
    expect(cal.years()[0]?.amendments).toEqual([
      {
        noticeNo: "国办发明电〔2020〕1号",
        noticeDate: "2020-01-26",
        title: "国务院办公厅关于延长2020年春节假期的通知",
      },
    ])
  })

  it.effect("years() through the service", () =>
    Effect.gen(function* () {
      const ys = yield* WorkCalendar.years()
      expect(ys.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
    }).pipe(Effect.provide(WorkCalendar.Default)),
  )

  it("2025 onwards: Spring Festival from 除夕, 8 or 9 days; Labour Day 5 days off", () => {
    const n2025 = NOTICES.find((n) => n.year === 2025)
    const spring = n2025?.holidays.find((h) => h.name.zh === "春节")
    expect(spring).toMatchObject({ from: "2025-01-28", to: "2025-02-04" })
    expect(spring?.clause).toContain("农历除夕")
  })

  // A made-up notice (NOT official data) to show that a new year is a data change.
  const FIXTURE_2027: YearNotice = {
    year: 2027,
    noticeNo: "TEST-FIXTURE-2027",
    noticeDate: d("2026-11-01"),
    holidays: [{ name: { zh: "元旦", en: "New Year's Day" }, from: d("2027-01-01"), to: d("2027-01-03") }],
    adjustedWorkdays: [d("2027-01-09")],
  }

  it.effect("WorkCalendar.fromNotices serves operator-supplied data", () =>
    Effect.gen(function* () {
      expect(yield* WorkCalendar.addWorkingDays(d("2026-12-30"), 3)).toBe("2027-01-05")
      const k = yield* WorkCalendar.dayKind(d("2027-01-09"))
      expect(k).toMatchObject({ kind: "adjusted-workday", noticeNo: "TEST-FIXTURE-2027" })
      const e = yield* Effect.flip(WorkCalendar.dayKind(d("2028-01-03")))
      expect(e.year).toBe(2028)
    }).pipe(Effect.provide(WorkCalendar.fromNotices([...NOTICES, FIXTURE_2027]))),
  )

  it.effect("fromNotices with inconsistent data dies when the layer is built", () =>
    Effect.gen(function* () {
      const broken = { ...FIXTURE_2027, adjustedWorkdays: [d("2027-01-05")] } // a Tuesday
      const exit = yield* Effect.exit(
        WorkCalendar.dayKind(d("2027-01-04")).pipe(Effect.provide(WorkCalendar.fromNotices([broken]))),
      )
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isFailure(exit))
        expect(String(Cause.squash(exit.cause))).toContain("is not a Saturday or Sunday")
    }),
  )

  describe("validation at construction", () => {
    const base = NOTICES.find((n) => n.year === 2024) as YearNotice
    const spring = base.holidays[1] as YearNotice["holidays"][number]
    const cases: ReadonlyArray<readonly [string, YearNotice | ReadonlyArray<YearNotice>, RegExp]> = [
      [
        "an unordered range",
        { ...base, holidays: [{ ...spring, from: d("2024-02-17"), to: d("2024-02-10") }] },
        /not ordered/,
      ],
      [
        "an adjusted working day on a weekday",
        { ...base, adjustedWorkdays: [d("2024-02-05")] },
        /Saturday or Sunday/,
      ],
      [
        "a working day inside a holiday",
        { ...base, adjustedWorkdays: [d("2024-02-10")] },
        /adjusted working day/,
      ],
      [
        "overlapping holidays",
        {
          ...base,
          holidays: [
            spring,
            { ...spring, name: { zh: "X", en: "X" }, from: d("2024-02-17"), to: d("2024-02-18") },
          ],
        },
        /overlapping/,
      ],
      [
        "a Spring Festival outside the year",
        { ...base, holidays: [{ ...spring, from: d("2023-12-30"), to: d("2024-01-03") }] },
        /only 元旦/,
      ],
      [
        "a holiday ending in the next year",
        { ...base, holidays: [{ ...spring, from: d("2024-12-31"), to: d("2025-01-01") }] },
        /outside 2024/,
      ],
      [
        "a working day far in the previous year",
        { ...base, adjustedWorkdays: [d("2023-06-03")] },
        /outside 2024/,
      ],
      [
        "an implausibly long range",
        { ...base, holidays: [{ ...spring, from: d("2024-02-01"), to: d("2024-03-01") }] },
        /more than 14/,
      ],
      ["a malformed date", { ...base, adjustedWorkdays: ["2024-2-4" as CivilDate] }, /not a YYYY-MM-DD/],
      ["two notices for one year", [base, base], /two notices for 2024/],
      ["an empty notice number", { ...base, noticeNo: " " }, /empty notice number/],
      [
        "an amendment cancelling a day that is not worked",
        {
          ...base,
          amendments: [
            {
              noticeNo: "X",
              noticeDate: d("2024-01-05"),
              title: "X",
              holidays: [],
              addedWorkdays: [],
              cancelledWorkdays: [d("2024-03-02")],
            },
          ],
        },
        /not an adjusted working day/,
      ],
    ]
    it.each(cases)("throws on %s", (_, data, message) => {
      const notices = Array.isArray(data) ? (data as ReadonlyArray<YearNotice>) : [data as YearNotice]
      expect(() => makeCalendar(notices)).toThrow(message)
    })

    it("accepts a New Year's Day that begins in the previous December (2023 notice)", () => {
      expect(() => makeCalendar(NOTICES.filter((n) => n.year === 2023))).not.toThrow()
    })
  })
})

// ------------------------------------------------------------------------------------------------
// The data against the notices' own text: dates, weekdays and day counts re-read from each clause.
// ------------------------------------------------------------------------------------------------

const CN_WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }
const DATE_IN_TEXT = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g

const mentions = (sentence: string, year: number) => {
  let y = year
  let m = 0
  return [...sentence.matchAll(DATE_IN_TEXT)].map((match) => {
    if (match[1] !== undefined) y = Number(match[1])
    if (match[2] !== undefined) m = Number(match[2])
    const date = fromParts(y, m, Number(match[3]))
    const wd = /(?:星期|周)([一二三四五六日天])/.exec(match[4] ?? "")
    return { date, weekday: wd?.[1] === undefined ? undefined : CN_WEEKDAY[wd[1]] }
  })
}

describe("the data re-read from the notices' clauses", () => {
  it.each(NOTICES.map((n) => [n.year, n] as const))(
    "%i: ranges, weekdays, counts and worked days",
    (_, n) => {
      const worked: Array<string> = []
      for (const h of n.holidays) {
        const clause = h.clause ?? ""
        expect(clause.split("：")[0]?.split("、").slice(1).join("、")).toBe(h.name.zh)
        const [offSentence = "", ...rest] = clause.slice(clause.indexOf("：") + 1).split("。")
        expect(offSentence).toContain("放假")
        const off = mentions(offSentence, n.year)
        expect(off.length === 1 || off.length === 2).toBe(true)
        expect(off[0]?.date).toBe(h.from)
        expect(off.at(-1)?.date).toBe(h.to)
        for (const x of off) if (x.weekday !== undefined) expect(dayOfWeek(x.date)).toBe(x.weekday)
        const count = /(?:共|放假)(\d+)天/.exec(offSentence)
        if (count !== null) expect(toDayNumber(h.to) - toDayNumber(h.from) + 1).toBe(Number(count[1]))
        for (const s of rest.filter((s) => s.includes("上班"))) {
          for (const x of mentions(s, n.year)) {
            expect(x.weekday).toBe(dayOfWeek(x.date))
            worked.push(x.date)
          }
        }
      }
      expect([...n.adjustedWorkdays].sort()).toEqual(worked.sort())
    },
  )

  it("2020: the extension notice's clause gives the amended Spring Festival end", () => {
    const a = NOTICES.find((n) => n.year === 2020)?.amendments?.[0]
    const [end, back] = mentions(a?.clause ?? "", 2020)
    expect(end).toEqual({ date: "2020-02-02", weekday: 0 })
    expect(dayOfWeek(end?.date as CivilDate)).toBe(0)
    expect(back).toEqual({ date: "2020-02-03", weekday: 1 })
    expect(a?.holidays[0]?.to).toBe(end?.date)
    expect(addDays(a?.holidays[0]?.to as CivilDate, 1)).toBe(back?.date)
  })
})

// ------------------------------------------------------------------------------------------------
// Day-by-day cross-check against chinese-days' shipped per-year tables (dist/years/YYYY.json).
// Only the raw date → description tables are read; none of the package's date arithmetic runs.
// ------------------------------------------------------------------------------------------------

interface ChineseDaysYear {
  readonly holidays: Record<string, string>
  readonly workdays: Record<string, string>
}

const chineseDaysDir = dirname(createRequire(import.meta.url).resolve("chinese-days/package.json"))
const chineseDays = (year: number): ChineseDaysYear =>
  JSON.parse(readFileSync(join(chineseDaysDir, "dist", "years", `${year}.json`), "utf8")) as ChineseDaysYear

/**
 * Days where chinese-days 1.5.7 disagrees with the notices as loaded here, each checked against the
 * notice text. None: its 2020 table already applies the Spring Festival extension (国办发明电〔2020〕1号),
 * and it files 2022-12-31 (from the 2023 notice) under 2022, which the merged lookup below handles.
 */
const EXPECTED_DIFFERENCES: ReadonlyArray<{
  readonly date: string
  readonly ours: string
  readonly theirs: string
}> = []

describe("cross-check with chinese-days", () => {
  it("every day of 2020–2026 has the same kind (and a compatible holiday name)", () => {
    const holidays = new Map<string, string>()
    const workdays = new Map<string, string>()
    for (let y = 2019; y <= 2026; y++) {
      const t = chineseDays(y)
      for (const [k, v] of Object.entries(t.holidays)) holidays.set(k, v)
      for (const [k, v] of Object.entries(t.workdays)) workdays.set(k, v)
    }
    const differences: Array<{ date: string; ours: string; theirs: string }> = []
    const days = eachDay("2020-01-01", "2026-12-31")
    expect(days).toHaveLength(2557)
    for (const date of days) {
      const ours: DayInfo = right(cal.dayKind(date))
      const h = holidays.get(date)
      const w = workdays.get(date)
      const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6
      const theirs =
        w !== undefined ? "adjusted-workday" : h !== undefined ? "holiday" : weekend ? "weekend" : "workday"
      const theirName = h?.split(",")[1] ?? ""
      const sameName = ours.kind !== "holiday" || ours.holiday.zh.includes(theirName)
      if (ours.kind !== theirs || !sameName)
        differences.push({
          date,
          ours: ours.kind === "holiday" ? `holiday ${ours.holiday.zh}` : ours.kind,
          theirs: `${theirs} ${theirName}`.trim(),
        })
    }
    expect(differences).toEqual(EXPECTED_DIFFERENCES)
    // Totals as a sanity check on the merged tables.
    const inRange = (k: string) => k >= "2020-01-01" && k <= "2026-12-31"
    expect([...workdays.keys()].filter(inRange)).toHaveLength(
      NOTICES.reduce((s, n) => s + n.adjustedWorkdays.length, 0) - 1, // 2020-02-01 cancelled
    )
  })
})

// ------------------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------------------

describe("properties", () => {
  it("addWorkingDays and workingDaysBetween are inverse; the result is a working day", () => {
    fc.assert(
      fc.property(dayIn("2020-03-01", "2026-10-31"), fc.integer({ min: 0, max: 30 }), (start, n) => {
        const end = right(cal.addWorkingDays(start, n))
        expect(right(cal.workingDaysBetween(start, end))).toBe(n)
        if (n > 0) expect(right(cal.isWorkingDay(end))).toBe(true)
        const back = right(cal.addWorkingDays(end, -n))
        expect(back <= start).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it("periodEnd ends on the first working day on or after the nominal end", () => {
    fc.assert(
      fc.property(
        dayIn("2020-01-01", "2025-12-31"),
        fc.integer({ min: 1, max: 11 }),
        fc.constantFrom("days" as const, "months" as const),
        (start, amount, unit) => {
          const p = right(cal.periodEnd(start, { amount, unit }))
          expect(p.end >= p.nominalEnd).toBe(true)
          expect(right(cal.isWorkingDay(p.end))).toBe(true)
          for (const x of p.extendedOver) expect(x.kind === "weekend" || x.kind === "holiday").toBe(true)
          expect(toDayNumber(p.end) - toDayNumber(p.nominalEnd)).toBe(p.extendedOver.length)
        },
      ),
      { numRuns: 300 },
    )
  })

  it("publicityEnd counts exactly N days and never ends before the nominal end", () => {
    fc.assert(
      fc.property(
        dayIn("2020-01-01", "2026-10-31"),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom("calendar-days" as const, "working-days" as const),
        fc.boolean(),
        (published, amount, unit, countPublicationDay) => {
          const p = right(cal.publicityEnd(published, { amount, unit, countPublicationDay }))
          const counted = p.days.filter((x) => x.role === "counted")
          expect(counted.map((x) => x.ordinal)).toEqual(Array.from({ length: amount }, (_, i) => i + 1))
          expect(p.days.map((x) => x.date)).toEqual(eachDay(p.start, p.end))
          expect(right(cal.isWorkingDay(p.end))).toBe(true)
          // Excluding the publication day never ends earlier than including it.
          const other = right(
            cal.publicityEnd(published, { amount, unit, countPublicationDay: !countPublicationDay }),
          )
          if (countPublicationDay) expect(other.end >= p.end).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

// ------------------------------------------------------------------------------------------------
// Independence from the process time zone: the same answers under three TZ settings, in child processes.
// ------------------------------------------------------------------------------------------------

const srcUrl = (file: string) =>
  pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "..", "src", file)).href
const TZ_SCRIPT = `
const { officialCalendar: c } = await import(${JSON.stringify(srcUrl("WorkCalendar.ts"))})
const { isCivilDate } = await import(${JSON.stringify(srcUrl("CivilDate.ts"))})
const out = []
for (let y = 2020; y <= 2026; y++)
  for (let m = 1; m <= 12; m++)
    for (let dd = 1; dd <= 31; dd++) {
      const date = String(y) + "-" + String(m).padStart(2, "0") + "-" + String(dd).padStart(2, "0")
      if (!isCivilDate(date)) continue
      const r = c.dayKind(date)
      if (r._tag === "Right") out.push(date + " " + r.right.kind + (r.right.kind === "holiday" ? " " + r.right.holiday.zh : ""))
    }
const pub = (p, o) => { const r = c.publicityEnd(p, o); return r._tag === "Right" ? r.right.end : r.left._tag }
out.push(pub("2024-09-27", { amount: 5, unit: "working-days", countPublicationDay: false }))
out.push(pub("2026-04-29", { amount: 5, unit: "working-days", countPublicationDay: false }))
out.push(pub("2026-09-30", { amount: 5, unit: "calendar-days", countPublicationDay: false }))
out.push(pub("2024-06-03", { amount: 5, unit: "calendar-days", countPublicationDay: true }))
out.push(pub("2026-12-28", { amount: 5, unit: "working-days", countPublicationDay: false }))
const pe = c.periodEnd("2024-01-31", { amount: 1, unit: "months" })
out.push(pe._tag === "Right" ? pe.right.end : "fail")
process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(), out }))
`

describe("time-zone independence", () => {
  it("dayKind for every day of 2020–2026 and publicity results are identical under UTC, Shanghai, Los Angeles", () => {
    const run = (TZ: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--input-type=module", "-e", TZ_SCRIPT], {
          env: { ...process.env, TZ },
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        }),
      ) as { offset: number; out: Array<string> }
    const utc = run("UTC")
    const shanghai = run("Asia/Shanghai")
    const la = run("America/Los_Angeles")
    // The child processes really ran in three zones…
    expect([utc.offset, shanghai.offset, la.offset]).toEqual([0, -480, 480])
    // …and agree on everything.
    expect(utc.out).toHaveLength(2557 + 6)
    expect(shanghai.out).toEqual(utc.out)
    expect(la.out).toEqual(utc.out)
    expect(utc.out.slice(-6)).toEqual([
      "2024-10-10",
      "2026-05-09",
      "2026-10-08",
      "2024-06-07",
      "CalendarYearMissing",
      "2024-02-29",
    ])
    // And they match this process.
    expect(utc.out.slice(0, 2557)).toEqual(
      eachDay("2020-01-01", "2026-12-31").map((date) => {
        const i = right(cal.dayKind(date))
        return `${date} ${i.kind}${i.kind === "holiday" ? ` ${i.holiday.zh}` : ""}`
      }),
    )
  })
})
