/**
 * What the mutation run (bench:mutation) found untested in WorkCalendar.ts: the loader's refusals of
 * inconsistent notices and their messages, how an amending notice replaces a holiday or moves a working
 * day, the citations built from a notice's clauses, the argument checks, and the Effect service. Each
 * test reads a small notice written for it (the 2023 arrangement, cut down), not the bundled data.
 */
import { describe, expect, it } from "@effect/vitest"
import { type CivilDate, make } from "@zhicheng/domain/CivilDate"
import {
  type Calendar,
  makeCalendar,
  type NoticeAmendment,
  WorkCalendar,
  type YearNotice,
} from "@zhicheng/domain/WorkCalendar"
import { Effect, Either } from "effect"

const d = make
const NO = "国办发明电〔2022〕16号"
const TITLE = "国务院办公厅关于2023年部分节假日安排的通知"
const SPRING = "二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。"

/** 2023 cut down: New Year's Day from 31 December 2022, the Spring Festival and its two worked weekend days. */
const notice = (over: Partial<YearNotice> = {}): YearNotice => ({
  year: 2023,
  noticeNo: NO,
  noticeDate: d("2022-12-08"),
  holidays: [
    { name: { zh: "元旦", en: "New Year's Day" }, from: d("2022-12-31"), to: d("2023-01-02") },
    {
      name: { zh: "春节", en: "Spring Festival" },
      from: d("2023-01-21"),
      to: d("2023-01-27"),
      clause: SPRING,
    },
  ],
  adjustedWorkdays: [d("2023-01-28"), d("2023-01-29")],
  ...over,
})

const amendment = (over: Partial<NoticeAmendment> = {}): NoticeAmendment => ({
  noticeNo: "国办发明电〔2023〕1号",
  noticeDate: d("2023-01-10"),
  title: "国务院办公厅关于延长2023年春节假期的通知",
  holidays: [],
  addedWorkdays: [],
  cancelledWorkdays: [],
  ...over,
})

const right = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}
const refused = (notices: ReadonlyArray<YearNotice>, message: string) =>
  expect(() => makeCalendar(notices)).toThrow(`WorkCalendar data: ${message}`)
const as = <A>(x: unknown) => x as A

describe("WorkCalendar loader: what it refuses, and the message naming the notice and the problem", () => {
  it("a year outside 1901–2200 or not an integer; 1901 and 2200 are accepted", () => {
    const bare = (year: number) =>
      notice({ year, noticeDate: as(`${year}-01-01`), holidays: [], adjustedWorkdays: [] })
    refused([bare(1900)], "year 1900 is not a supported year")
    refused([bare(2201)], "year 2201 is not a supported year")
    refused([{ ...bare(2023), year: 2023.5 }], "year 2023.5 is not a supported year")
    expect(
      makeCalendar([bare(1901)])
        .years()
        .map((y) => y.year),
    ).toEqual([1901])
    expect(
      makeCalendar([bare(2200)])
        .years()
        .map((y) => y.year),
    ).toEqual([2200])
  })

  it("two notices for a year, an empty notice number", () => {
    refused([notice(), notice()], "two notices for 2023")
    refused([notice({ noticeNo: " " })], "notice for 2023: empty notice number")
    refused([notice({ noticeNo: as(undefined) })], "notice for 2023: empty notice number")
  })

  it("a notice date that is not a date, or not in the year or the one before", () => {
    refused(
      [notice({ noticeDate: as("2022-13-01") })],
      `notice for 2023 (${NO}) noticeDate: "2022-13-01" is not a YYYY-MM-DD date`,
    )
    refused(
      [notice({ noticeDate: as(20221208) })],
      `notice for 2023 (${NO}) noticeDate: 20221208 is not a YYYY-MM-DD date`,
    )
    refused(
      [notice({ noticeDate: d("2021-12-31") })],
      `notice for 2023 (${NO}): dated 2021-12-31, outside 2022–2023`,
    )
    refused(
      [notice({ noticeDate: d("2024-01-01") })],
      `notice for 2023 (${NO}): dated 2024-01-01, outside 2022–2023`,
    )
    expect(() => makeCalendar([notice({ noticeDate: d("2022-01-01") })])).not.toThrow()
    expect(() => makeCalendar([notice({ noticeDate: d("2023-12-31") })])).not.toThrow()
  })

  const holiday = (zh: string, en: string, from: string, to: string) =>
    notice({
      holidays: [{ name: { zh, en }, from: as<CivilDate>(from), to: as<CivilDate>(to) }],
      adjustedWorkdays: [],
    })
  const hw = (zh: string) => `notice for 2023 (${NO}), holiday ${zh}`

  it("a holiday without both names, or with dates that are not dates", () => {
    refused(
      [holiday("", "Labour Day", "2023-04-29", "2023-05-03")],
      `${hw("")}: a holiday needs a Chinese and an English name`,
    )
    refused(
      [holiday("劳动节", " ", "2023-04-29", "2023-05-03")],
      `${hw("劳动节")}: a holiday needs a Chinese and an English name`,
    )
    refused(
      [holiday("劳动节", "Labour Day", "2023-04-31", "2023-05-03")],
      `${hw("劳动节")} from: "2023-04-31" is not a YYYY-MM-DD date`,
    )
    refused(
      [holiday("劳动节", "Labour Day", "2023-04-29", "5月3日")],
      `${hw("劳动节")} to: "5月3日" is not a YYYY-MM-DD date`,
    )
  })

  it("an unordered range, one longer than 14 days (14 is accepted), one ending outside the year", () => {
    refused(
      [holiday("劳动节", "Labour Day", "2023-05-03", "2023-04-29")],
      `${hw("劳动节")}: range 2023-05-03..2023-04-29 is not ordered`,
    )
    refused(
      [holiday("国庆节", "National Day", "2023-10-01", "2023-10-15")],
      `${hw("国庆节")}: range 2023-10-01..2023-10-15 is 15 days, more than 14`,
    )
    expect(() => makeCalendar([holiday("国庆节", "National Day", "2023-10-01", "2023-10-14")])).not.toThrow()
    refused(
      [holiday("元旦", "New Year's Day", "2023-12-30", "2024-01-01")],
      `${hw("元旦")}: ends 2024-01-01, outside 2023`,
    )
    refused(
      [holiday("元旦", "New Year's Day", "2022-12-30", "2022-12-31")],
      `${hw("元旦")}: ends 2022-12-31, outside 2023`,
    )
  })

  it("only New Year's Day may begin in the last days of the year before (from the 25th)", () => {
    expect(() => makeCalendar([holiday("元旦", "New Year's Day", "2022-12-25", "2023-01-01")])).not.toThrow()
    refused(
      [holiday("元旦", "New Year's Day", "2022-12-24", "2023-01-01")],
      `${hw("元旦")}: begins 2022-12-24, outside 2023 (only 元旦 may begin in the last days of 2022)`,
    )
    refused(
      [holiday("春节", "Spring Festival", "2022-12-31", "2023-01-02")],
      `${hw("春节")}: begins 2022-12-31, outside 2023 (only 元旦 may begin in the last days of 2022)`,
    )
  })

  it("an adjusted working day that is not a date, outside the year and its last December days, or not a weekend day", () => {
    const ww = (date: string) => `notice for 2023 (${NO}), adjusted working day ${date}`
    const worked = (date: string) => notice({ holidays: [], adjustedWorkdays: [as<CivilDate>(date)] })
    refused([worked("2023-02-30")], `${ww("2023-02-30")}: "2023-02-30" is not a YYYY-MM-DD date`)
    refused([worked("2022-12-24")], `${ww("2022-12-24")}: outside 2023 (or the last days of 2022)`)
    expect(() => makeCalendar([worked("2022-12-25")])).not.toThrow()
    refused([worked("2024-01-06")], `${ww("2024-01-06")}: outside 2023 (or the last days of 2022)`)
    refused(
      [worked("2023-01-30")],
      `${ww("2023-01-30")}: is not a Saturday or Sunday, so it cannot be an adjusted working day`,
    )
  })

  it("overlapping data names both days' notices", () => {
    refused(
      [notice({ adjustedWorkdays: [d("2023-01-21")] })],
      `2023-01-21 is an adjusted working day (${NO}) and also in holiday 春节 (${NO})`,
    )
    const twice = notice({
      holidays: [
        { name: { zh: "春节", en: "Spring Festival" }, from: d("2023-01-21"), to: d("2023-01-27") },
        { name: { zh: "除夕", en: "Eve" }, from: d("2023-01-27"), to: d("2023-01-28") },
      ],
      adjustedWorkdays: [],
    })
    refused(
      [twice],
      `2023-01-27 is in holiday 除夕 (${NO}) and also in holiday 春节 (${NO}): overlapping data`,
    )
  })

  it("an amendment with an empty number, a date that is not one or is before the notice, or cancelling a day not worked", () => {
    const where = (no: string) => `2023 amendment #1 (${no})`
    refused([notice({ amendments: [amendment({ noticeNo: "  " })] })], `${where("  ")}: empty notice number`)
    refused(
      [notice({ amendments: [amendment({ noticeDate: as("2023-1-10") })] })],
      `${where("国办发明电〔2023〕1号")} noticeDate: "2023-1-10" is not a YYYY-MM-DD date`,
    )
    refused(
      [notice({ amendments: [amendment({ noticeDate: d("2022-12-07") })] })],
      `${where("国办发明电〔2023〕1号")}: dated 2022-12-07, before the notice it amends`,
    )
    expect(() =>
      makeCalendar([notice({ amendments: [amendment({ noticeDate: d("2022-12-08") })] })]),
    ).not.toThrow()
    refused(
      [
        notice({
          amendments: [amendment(), amendment({ noticeNo: "B", cancelledWorkdays: [d("2023-02-04")] })],
        }),
      ],
      "2023 amendment #2 (B): cancels 2023-02-04, which is not an adjusted working day",
    )
  })
})

describe("WorkCalendar amendments", () => {
  const extended = amendment({
    holidays: [
      { name: { zh: "春节", en: "Spring Festival" }, from: d("2023-01-21"), to: d("2023-01-29") },
      { name: { zh: "防疫", en: "Epidemic" }, from: d("2023-02-06"), to: d("2023-02-06") },
    ],
    cancelledWorkdays: [d("2023-01-28"), d("2023-01-29")],
    addedWorkdays: [d("2023-02-04")],
    clause: "一、延长假期：春节假期延长至1月29日。",
  })
  /** Built inside each test, so that the mutation run's per-test coverage sees the loader run. */
  const cal = () => makeCalendar([notice({ amendments: [extended] })])

  it("a holiday of the same name is replaced (its old days are no longer off), a new one is added", () => {
    expect(right(cal().dayKind(d("2023-01-29")))).toEqual({
      date: "2023-01-29",
      kind: "holiday",
      holiday: { zh: "春节", en: "Spring Festival" },
      noticeNo: "国办发明电〔2023〕1号",
    })
    expect(right(cal().dayKind(d("2023-02-06")))).toMatchObject({ kind: "holiday", holiday: { zh: "防疫" } })
    expect(right(cal().dayKind(d("2023-01-02")))).toMatchObject({ kind: "holiday", noticeNo: NO })
    const shorter = makeCalendar([
      notice({
        adjustedWorkdays: [],
        amendments: [
          amendment({
            holidays: [
              { name: { zh: "春节", en: "Spring Festival" }, from: d("2023-01-22"), to: d("2023-01-24") },
            ],
          }),
        ],
      }),
    ])
    expect(right(shorter.dayKind(d("2023-01-21")))).toEqual({ date: "2023-01-21", kind: "weekend" })
    expect(right(shorter.dayKind(d("2023-01-25")))).toEqual({ date: "2023-01-25", kind: "workday" })
  })

  it("cancelled working days are rest days again; added ones are worked and name the amendment", () => {
    expect(right(makeCalendar([notice()]).dayKind(d("2023-02-04")))).toEqual({
      date: "2023-02-04",
      kind: "weekend",
    })
    expect(right(cal().dayKind(d("2023-02-04")))).toEqual({
      date: "2023-02-04",
      kind: "adjusted-workday",
      noticeNo: "国办发明电〔2023〕1号",
    })
  })

  it("years() lists the notice with its title (the standard one when none is given) and its amendments", () => {
    expect(cal().years()).toEqual([
      {
        year: 2023,
        noticeNo: NO,
        noticeDate: "2022-12-08",
        title: TITLE,
        amendments: [
          {
            noticeNo: "国办发明电〔2023〕1号",
            noticeDate: "2023-01-10",
            title: "国务院办公厅关于延长2023年春节假期的通知",
          },
        ],
      },
    ])
    expect(makeCalendar([notice({ title: "A title" })]).years()[0]).toMatchObject({
      title: "A title",
      amendments: [],
    })
  })

  it("a period ending in an amended holiday cites the amendment's clause, headed by its article", () => {
    const end = right(cal().periodEnd(d("2023-01-19"), { amount: 10, unit: "days" }))
    expect(end.end).toBe("2023-01-30")
    expect(end.rule).toContainEqual({
      document: "国办发明电〔2023〕1号",
      article: "一、延长假期",
      quote: "一、延长假期：春节假期延长至1月29日。",
    })
    expect(end.rule).toContainEqual({ document: NO, article: "标题", quote: TITLE })
  })
})

describe("WorkCalendar citations of the notices", () => {
  const cal = () => makeCalendar([notice()])
  const articles = (c: Calendar, from: string, amount: number) =>
    right(c.periodEnd(d(from), { amount, unit: "days" })).rule.map(
      (r) => `${r.document}|${r.article}|${r.quote}`,
    )

  it("a holiday's clause is cited under its head (the part before the colon), once", () => {
    const rule = articles(cal(), "2023-01-20", 1)
    expect(rule.filter((r) => r.startsWith(NO))).toEqual([`${NO}|标题|${TITLE}`, `${NO}|二、春节|${SPRING}`])
  })

  it("a holiday without a clause is cited by its name with the notice's title", () => {
    expect(articles(cal(), "2022-12-31", 1).filter((r) => r.startsWith(NO))).toEqual([
      `${NO}|标题|${TITLE}`,
      `${NO}|元旦|${TITLE}`,
    ])
  })

  it("a head longer than 12 characters, or no head, falls back to the holiday's name", () => {
    const long = "春节假期安排如下经研究决定现通知如下：1月21日至27日放假。"
    const noHead = "：1月21日至27日放假。"
    /** The Spring Festival alone, its clause written as `clause`. */
    const springWith = (clause: string) =>
      makeCalendar([
        notice({
          holidays: [
            {
              name: { zh: "春节", en: "Spring Festival" },
              from: d("2023-01-21"),
              to: d("2023-01-27"),
              clause,
            },
          ],
          adjustedWorkdays: [],
        }),
      ])
    for (const clause of [long, noHead])
      expect(articles(springWith(clause), "2023-01-20", 1)).toContain(`${NO}|春节|${clause}`)
    const blank = springWith(" ")
    expect(articles(blank, "2023-01-20", 1)).toContain(`${NO}|春节|${TITLE}`)
  })

  it("an adjusted working day cites the holiday clause that names it, else the notice title under 调休上班", () => {
    const worked = right(
      cal().publicityEnd(d("2023-01-27"), { amount: 1, unit: "working-days", countPublicationDay: false }),
    )
    expect(worked.end).toBe("2023-01-28")
    expect(worked.rule).toContainEqual({ document: NO, article: "二、春节", quote: SPRING })
    const unnamed = makeCalendar([notice({ adjustedWorkdays: [d("2023-02-04")] })])
    const r = right(
      unnamed.publicityEnd(d("2023-02-03"), { amount: 1, unit: "working-days", countPublicationDay: false }),
    )
    expect(r.end).toBe("2023-02-04")
    expect(r.rule).toContainEqual({ document: NO, article: "调休上班", quote: TITLE })
  })

  it("a period in months cites art. 202, one in days does not; an extension cites GPCL art. 154", () => {
    const months = right(cal().periodEnd(d("2022-12-03"), { amount: 1, unit: "months" })).rule.map(
      (r) => r.article,
    )
    expect(months).toEqual(["第二百零一条", "第二百零二条", "第二百零三条"])
    const days = right(cal().periodEnd(d("2023-01-02"), { amount: 1, unit: "days" })).rule.map(
      (r) => r.article,
    )
    expect(days).toEqual(["第二百零一条", "第二百零三条"])
    const cal5 = right(
      cal().publicityEnd(d("2023-01-16"), { amount: 5, unit: "calendar-days", countPublicationDay: false }),
    )
    expect(cal5.end).toBe("2023-01-28")
    expect(cal5.rule.map((r) => r.article)).toContain("第一百五十四条")
    const plain = right(
      cal().publicityEnd(d("2023-01-08"), { amount: 5, unit: "calendar-days", countPublicationDay: false }),
    )
    expect(plain.end).toBe("2023-01-13")
    expect(plain.rule.map((r) => r.article)).not.toContain("第一百五十四条")
  })
})

describe("WorkCalendar argument checks and missing years", () => {
  const cal = () => makeCalendar([notice()])

  it("addWorkingDays refuses a non-integer count and counts a negative one backwards", () => {
    expect(() => cal().addWorkingDays(d("2023-01-20"), 1.5)).toThrow(
      new RangeError("n must be an integer, got 1.5"),
    )
    expect(right(cal().addWorkingDays(d("2023-01-30"), -1))).toBe("2023-01-29")
    expect(right(cal().addWorkingDays(d("2023-01-30"), -3))).toBe("2023-01-20")
    expect(right(cal().addWorkingDays(d("2023-01-30"), 0))).toBe("2023-01-30")
  })

  it("period and publicity amounts must be integers of at least 1", () => {
    expect(() => cal().periodEnd(d("2023-01-20"), { amount: 0, unit: "days" })).toThrow(
      new RangeError("period amount must be an integer ≥ 1, got 0"),
    )
    expect(() => cal().periodEnd(d("2023-01-20"), { amount: 1.5, unit: "days" })).toThrow(RangeError)
    expect(() =>
      cal().publicityEnd(d("2023-01-20"), { amount: 0, unit: "working-days", countPublicationDay: false }),
    ).toThrow(new RangeError("publicity amount must be an integer ≥ 1, got 0"))
    expect(right(cal().periodEnd(d("2023-01-03"), { amount: 1, unit: "days" })).end).toBe("2023-01-04")
  })

  it("a publicity period reaching an unloaded year fails with CalendarYearMissing, listing the loaded years", () => {
    const counted = cal().publicityEnd(d("2023-12-29"), {
      amount: 5,
      unit: "calendar-days",
      countPublicationDay: false,
    })
    expect(Either.isLeft(counted) && counted.left.year).toBe(2024)
    // 31 December 2023 is a Sunday: the art. 203 extension runs into 2024.
    const rolled = cal().publicityEnd(d("2023-12-30"), {
      amount: 1,
      unit: "calendar-days",
      countPublicationDay: false,
    })
    expect(Either.isLeft(rolled) && rolled.left.message).toBe(
      "No State Council holiday notice (国务院办公厅关于2024年部分节假日安排的通知) is loaded for 2024, which 2024-01-01 needs; " +
        "the calendar does not fall back to Monday-to-Friday. Loaded years: 2023.",
    )
    const none = makeCalendar([]).dayKind(d("2023-01-01"))
    expect(Either.isLeft(none) && none.left.message).toMatch(/Loaded years: none\.$/)
    const two = makeCalendar([
      notice(),
      notice({ year: 2024, noticeDate: d("2023-10-25"), holidays: [], adjustedWorkdays: [] }),
    ])
    const missing = two.dayKind(d("2025-01-01"))
    expect(Either.isLeft(missing) && missing.left.message).toMatch(/Loaded years: 2023, 2024\.$/)
  })
})

describe("WorkCalendar bounds and orders the first run left open", () => {
  const bare = (year: number, over: Partial<YearNotice> = {}) =>
    notice({
      year,
      noticeNo: `N${year}`,
      noticeDate: d(`${year}-01-01`),
      holidays: [],
      adjustedWorkdays: [],
      ...over,
    })
  const one = (zh: string, from: string, to: string) => [
    { name: { zh, en: "A holiday" }, from: d(from), to: d(to) },
  ]

  it("a holiday may begin on 1 January and end on 31 December; a working day may be 31 December", () => {
    expect(() =>
      makeCalendar([bare(2023, { holidays: one("假日", "2023-01-01", "2023-01-01") })]),
    ).not.toThrow()
    expect(() =>
      makeCalendar([bare(2023, { holidays: one("假日", "2023-12-31", "2023-12-31") })]),
    ).not.toThrow()
    expect(() => makeCalendar([bare(2023, { adjustedWorkdays: [d("2023-12-31")] })])).not.toThrow()
  })

  it("a Chinese name of spaces only is no name", () => {
    refused(
      [bare(2023, { holidays: one(" ", "2023-05-01", "2023-05-01") })],
      "notice for 2023 (N2023), holiday  : a holiday needs a Chinese and an English name",
    )
  })

  it("an adjusted working day that is not a string is refused as not a date, not read as one", () => {
    refused(
      [notice({ adjustedWorkdays: [as(20230128)] })],
      `notice for 2023 (${NO}), adjusted working day 20230128: 20230128 is not a YYYY-MM-DD date`,
    )
  })

  it("notices given in any order are listed oldest first", () => {
    expect(
      makeCalendar([bare(2024), bare(2023)])
        .years()
        .map((y) => y.year),
    ).toEqual([2023, 2024])
  })

  it("a working day named by two notices is refused, naming both", () => {
    refused(
      [
        bare(2023, { adjustedWorkdays: [d("2023-12-30")] }),
        bare(2024, { noticeDate: d("2023-10-25"), adjustedWorkdays: [d("2023-12-30")] }),
      ],
      "2023-12-30 is an adjusted working day (N2024) and also an adjusted working day (N2023)",
    )
  })

  it("a working-day publicity cites the rulings and the notice's title, nothing for plain weekend days", () => {
    const r = right(
      makeCalendar([notice()]).publicityEnd(d("2023-02-03"), {
        amount: 1,
        unit: "working-days",
        countPublicationDay: false,
      }),
    )
    expect(r.end).toBe("2023-02-06")
    expect(r.days.map((x) => x.role)).toEqual(["not-counted", "not-counted", "counted"])
    expect(r.rule.map((c) => c.article)).toEqual([
      "How to read thresholds and periods: working days",
      "第八十二条",
      "第二百零一条",
      "How to read thresholds and periods: publicity periods",
      "标题",
    ])
  })

  it("a calendar-day publicity fails on the first day of a missing year it reaches", () => {
    const r = makeCalendar([notice()]).publicityEnd(d("2023-12-29"), {
      amount: 5,
      unit: "calendar-days",
      countPublicationDay: false,
    })
    expect(Either.isLeft(r) && r.left.date).toBe("2024-01-01")
  })

  it("a clause head of exactly 12 characters is still the article", () => {
    const clause = "十二、某节日放假安排如下：5月1日放假。"
    const c = makeCalendar([
      notice({
        holidays: [
          { name: { zh: "节日", en: "A holiday" }, from: d("2023-05-01"), to: d("2023-05-01"), clause },
        ],
        adjustedWorkdays: [],
      }),
    ])
    expect(right(c.periodEnd(d("2023-04-30"), { amount: 1, unit: "days" })).rule).toContainEqual({
      document: NO,
      article: "十二、某节日放假安排如下",
      quote: clause,
    })
  })
})

describe("WorkCalendar service", () => {
  it.effect("each method answers as the pure calendar built from the same notices", () =>
    Effect.gen(function* () {
      const pure = makeCalendar([notice()])
      expect(yield* WorkCalendar.dayKind(d("2023-01-21"))).toEqual(right(pure.dayKind(d("2023-01-21"))))
      expect(yield* WorkCalendar.isWorkingDay(d("2023-01-28"))).toBe(true)
      expect(yield* WorkCalendar.isWorkingDay(d("2023-01-21"))).toBe(false)
      expect(yield* WorkCalendar.addWorkingDays(d("2023-01-20"), 1)).toBe("2023-01-28")
      expect(yield* WorkCalendar.workingDaysBetween(d("2023-01-20"), d("2023-01-30"))).toBe(3)
      expect(yield* WorkCalendar.periodEnd(d("2023-01-20"), { amount: 1, unit: "days" })).toEqual(
        right(pure.periodEnd(d("2023-01-20"), { amount: 1, unit: "days" })),
      )
      const rule = { amount: 3, unit: "working-days", countPublicationDay: false } as const
      expect(yield* WorkCalendar.publicityEnd(d("2023-01-20"), rule)).toEqual(
        right(pure.publicityEnd(d("2023-01-20"), rule)),
      )
      expect(yield* WorkCalendar.years()).toEqual(pure.years())
      const missing = yield* Effect.either(WorkCalendar.dayKind(d("2024-01-01")))
      expect(Either.isLeft(missing) && missing.left._tag).toBe("CalendarYearMissing")
    }).pipe(Effect.provide(WorkCalendar.fromNotices([notice()]))),
  )
})
