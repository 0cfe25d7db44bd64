/**
 * What the mutation run (bench:mutation) found untested in Facts.ts, first of all `asOfDay` record
 * kind by record kind (DOMAIN.md ruling 10): each kind of dated record is left out when dated after the
 * day asked and kept when dated on it, and a profile with nothing later is returned as it is.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  type CivilDate,
  completedYears,
  fromDayNumber,
  fromParts,
  make,
  toDayNumber,
} from "@zhicheng/domain/CivilDate"
import type { Context } from "@zhicheng/domain/Condition"
import * as Facts from "@zhicheng/domain/Facts"
import type { Education, PensionPeriod, Profile, TitleHeld, WorkPeriod } from "@zhicheng/domain/Profile"
import fc from "fast-check"

const DAY = make("2023-08-01")
const ON = "2023-08-01"
const LATER = "2023-08-02"

/** Each dated record kind: where it sits in a profile and which field dates it. */
const KINDS: ReadonlyArray<readonly [path: "profile" | "achievements", key: string, dateField: string]> = [
  ["profile", "education", "graduated"],
  ["profile", "titles", "obtained"],
  ["profile", "skills", "obtained"],
  ["profile", "qualifications", "obtained"],
  ["profile", "examPasses", "date"],
  ["profile", "work", "from"],
  ["achievements", "patents", "granted"],
  ["achievements", "softwareCopyrights", "registered"],
  ["achievements", "awards", "date"],
  ["achievements", "projects", "date"],
  ["achievements", "honours", "date"],
  ["achievements", "papers", "date"],
  ["achievements", "posts", "from"],
  ["achievements", "enterpriseHonours", "published"],
]

/**
 * A profile holding only `records` under `key` (plus an unrelated list on each level, which must come
 * through untouched). asOfDay reads nothing of a record but its date, so the records carry only that.
 */
const profileWith = (where: "profile" | "achievements", key: string, records: ReadonlyArray<object>) =>
  (where === "profile"
    ? { [key]: records, achievements: { statements: { s: "kept" } } }
    : { achievements: { [key]: records, statements: { s: "kept" } } }) as unknown as Profile

const listOf = (p: Profile, where: "profile" | "achievements", key: string) =>
  ((where === "profile" ? p : p.achievements) as Record<string, unknown> | undefined)?.[key]

describe("Facts.asOfDay, kind by kind (mutation gaps)", () => {
  for (const [where, key, field] of KINDS) {
    it(`${key}: one dated after the day is left out, one dated on it is kept`, () => {
      const onTheDay = { [field]: ON, id: "on" }
      const p = profileWith(where, key, [{ [field]: LATER, id: "later" }, onTheDay])
      const q = Facts.asOfDay(p, DAY)
      expect(q).not.toBe(p)
      expect(listOf(q, where, key)).toEqual([onTheDay])
      expect(q.achievements?.statements).toEqual({ s: "kept" })
    })

    it(`${key}: nothing dated after the day gives the profile itself`, () => {
      const p = profileWith(where, key, [{ [field]: ON }, { id: "undated" }])
      expect(Facts.asOfDay(p, DAY)).toBe(p)
    })
  }

  it("a profile with no achievements and nothing later is returned as it is", () => {
    const p = { titles: [{ obtained: ON }] } as unknown as Profile
    expect(Facts.asOfDay(p, DAY)).toBe(p)
    expect(Facts.asOfDay({}, DAY)).toEqual({})
  })

  it("only the kinds with later records are replaced; the other lists are the same arrays", () => {
    const titles = [{ obtained: ON }]
    const papers = [{ date: ON }]
    const p = {
      titles,
      work: [{ from: LATER }],
      achievements: { papers, awards: [{ date: LATER }] },
    } as unknown as Profile
    const q = Facts.asOfDay(p, DAY)
    expect(q.titles).toBe(titles)
    expect(q.work).toEqual([])
    expect(q.achievements?.papers).toBe(papers)
    expect(q.achievements?.awards).toEqual([])
    expect(Object.keys(q).sort()).toEqual(["achievements", "titles", "work"])
    expect(Object.keys(q.achievements ?? {}).sort()).toEqual(["awards", "papers"])
  })
})

// ---------------------------------------------------------------------------------------------
// The other gaps of the first run: each function against its doc comment (or a reference written
// from it), so that the answer, its observed text and its `metOn` are all pinned.

const d = make
const ctxOn = (profile: Profile, day = "2024-01-01"): Context => ({
  profile,
  asOf: d(day),
  reference: d(day),
})
const at = (from: string, to: string | "present", over: Partial<WorkPeriod> = {}): WorkPeriod =>
  ({ from: d(from), to: to === "present" ? "present" : d(to), ...over }) as WorkPeriod

describe("Facts.dateOrUndefined", () => {
  it("gives the date, undefined for a date past the calendar's range, and lets other errors through", () => {
    expect(Facts.dateOrUndefined(() => d("2030-05-06"))).toBe("2030-05-06")
    expect(Facts.dateOrUndefined(() => fromParts(10_000, 1, 1))).toBeUndefined()
    expect(() =>
      Facts.dateOrUndefined(() => {
        throw new TypeError("not a range")
      }),
    ).toThrow(TypeError)
  })
})

describe("Facts.once and request", () => {
  it("derives a fact once per request for the profile asked, even when the fact is undefined", () => {
    const p: Profile = {}
    const key = {}
    let calls = 0
    const derive = () => {
      calls++
      return undefined
    }
    Facts.request(p, () => {
      expect(Facts.once(p, key, derive)).toBeUndefined()
      expect(Facts.once(p, key, derive)).toBeUndefined()
    })
    expect(calls).toBe(1)
  })

  it("derives every time outside a request and for another profile, and forgets after the request", () => {
    const p: Profile = {}
    const key = {}
    let calls = 0
    const derive = () => ++calls
    expect([Facts.once(p, key, derive), Facts.once(p, key, derive)]).toEqual([1, 2])
    Facts.request(p, () => {
      expect(Facts.once({}, key, derive)).toBe(3)
      expect(Facts.once(p, key, derive)).toBe(4)
      expect(Facts.once(p, key, derive)).toBe(4)
    })
    expect(Facts.once(p, key, derive)).toBe(5)
  })
})

/** Reference for `span`: the distinct days on or before the reference that some period covers. */
const referenceSpan = (
  periods: ReadonlyArray<{ from: CivilDate; to: CivilDate | "present" }>,
  reference: CivilDate,
) => {
  const ref = toDayNumber(reference)
  const days = new Set<number>()
  for (const p of periods) {
    const to = p.to === "present" ? ref : Math.min(toDayNumber(p.to), ref)
    for (let x = toDayNumber(p.from); x <= to; x++) days.add(x)
  }
  return { days: days.size, ongoing: days.has(ref) }
}

describe("Facts.span", () => {
  it("counts the days some period covers, once, whatever the order, overlaps and gaps (property)", () => {
    const base = toDayNumber(d("2020-01-01"))
    const periodArb = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -5, max: 30 }), fc.boolean())
      .map(([start, length, present]) => ({
        from: fromDayNumber(base + start),
        to: present ? ("present" as const) : fromDayNumber(base + start + length),
      }))
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), fc.integer({ min: 0, max: 70 }), (periods, r) => {
        const reference = fromDayNumber(base + r)
        const s = Facts.span(periods, reference)
        const want = referenceSpan(periods, reference)
        expect(s.days).toBe(want.days)
        expect(s.ongoing).toBe(want.ongoing)
        if (want.days === 0) expect(s).toEqual({ days: 0, years: 0, ongoing: false })
        else {
          const start = fromDayNumber(toDayNumber(reference) + 1 - want.days)
          expect(s.equivalentStart).toBe(start)
          expect(s.years).toBe(completedYears(start, reference))
        }
      }),
      { numRuns: 300 },
    )
  })

  it("merges periods that touch, keeps a one-day gap, and a period inside another adds nothing", () => {
    const ref = d("2024-01-01")
    expect(Facts.span([at("2020-01-01", "2021-12-31"), at("2022-01-01", "present")], ref)).toMatchObject({
      years: 4,
      ongoing: true,
      equivalentStart: "2020-01-01",
    })
    expect(Facts.span([at("2022-01-02", "present"), at("2020-01-01", "2021-12-31")], ref).days).toBe(
      toDayNumber(ref) - toDayNumber(d("2020-01-01")),
    )
    expect(Facts.span([at("2020-01-01", "2023-01-01"), at("2021-01-01", "2021-06-30")], ref)).toMatchObject({
      days: toDayNumber(d("2023-01-01")) - toDayNumber(d("2020-01-01")) + 1,
      ongoing: false,
    })
    expect(Facts.span([at("2025-01-01", "present")], ref)).toEqual({ days: 0, years: 0, ongoing: false })
  })
})

describe("Facts.spanAtLeast and yearsSince", () => {
  const ref = d("2024-01-01")
  it("says how many whole years, met at exactly n, and when they will be complete if the work goes on", () => {
    const s = Facts.span([at("2021-01-01", "present")], ref)
    expect(Facts.spanAtLeast(s, 3, "work", ref)).toEqual({
      outcome: "met",
      observed: "3 whole year(s) of work to 2024-01-01",
    })
    expect(Facts.spanAtLeast(s, 5, "work", ref)).toEqual({
      outcome: "unmet",
      observed: "3 whole year(s) of work to 2024-01-01",
      metOn: "2025-12-31",
    })
    const ended = Facts.span([at("2021-01-01", "2023-06-30")], ref)
    expect(Facts.spanAtLeast(ended, 5, "work", ref)).toEqual({
      outcome: "unmet",
      observed: "2 whole year(s) of work to 2024-01-01",
    })
  })

  it("counts whole years since a date, the start day being the first", () => {
    expect(Facts.yearsSince(d("2021-01-02"), 3, "graduation", ref)).toEqual({
      outcome: "met",
      observed: "3 whole year(s) since graduation on 2021-01-02, to 2024-01-01",
    })
    expect(Facts.yearsSince(d("2021-01-03"), 3, "graduation", ref)).toEqual({
      outcome: "unmet",
      observed: "2 whole year(s) since graduation on 2021-01-03, to 2024-01-01",
      metOn: "2024-01-02",
    })
  })
})

describe("Facts.workYearsAtLeast beyond the basics", () => {
  const kind = (w: WorkPeriod): Facts.Tri | undefined =>
    w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical"

  it("stays met when the known periods suffice, even with open periods beside them", () => {
    const p: Profile = {
      work: [
        at("2015-01-01", "2019-12-31", { workKind: "engineering-technical" }),
        at("2020-01-01", "present"),
      ],
    }
    expect(Facts.workYearsAtLeast(ctxOn(p), 4, "engineering work", kind)).toEqual({
      outcome: "met",
      observed: "5 whole year(s) of engineering work to 2024-01-01",
    })
  })

  it("says how much is known and how many periods are open, and names `work` by default", () => {
    const p: Profile = {
      work: [
        at("2015-01-01", "2019-12-31", { workKind: "engineering-technical" }),
        at("2020-01-01", "present"),
      ],
    }
    expect(Facts.workYearsAtLeast(ctxOn(p), 8, "engineering work", () => undefined)).toEqual({
      outcome: "unknown",
      observed: "0 whole year(s) of engineering work known; 2 period(s) not described enough to count",
      missing: ["work"],
    })
    expect(Facts.workYearsAtLeast(ctxOn(p), 8, "engineering work", kind)).toMatchObject({
      outcome: "unknown",
      observed: "5 whole year(s) of engineering work known; 1 period(s) not described enough to count",
      missing: ["work[].workKind"],
    })
    expect(Facts.workYearsAtLeast(ctxOn({}), 1, "work", kind)).toEqual({
      outcome: "unknown",
      observed: "work history not given",
      missing: ["work"],
    })
  })

  it("a period that does not match is neither counted nor open", () => {
    const p: Profile = {
      work: [at("2010-01-01", "present", { workKind: "management" } as Partial<WorkPeriod>)],
    }
    expect(Facts.workYearsAtLeast(ctxOn(p), 1, "work", kind)).toEqual({
      outcome: "unmet",
      observed: "0 whole year(s) of work to 2024-01-01",
    })
  })

  it("counts from `since`, and answers each reference and start apart within one request", () => {
    const p: Profile = { work: [at("2010-01-01", "present", { workKind: "engineering-technical" })] }
    Facts.request(p, () => {
      expect(Facts.workYearsAtLeast(ctxOn(p), 10, "work", kind).outcome).toBe("met")
      expect(Facts.workYearsAtLeast(ctxOn(p), 10, "work", kind, ["work"], d("2020-01-01"))).toMatchObject({
        outcome: "unmet",
        metOn: "2029-12-31",
      })
      expect(Facts.workYearsAtLeast(ctxOn(p, "2012-01-01"), 2, "work", kind).outcome).toBe("met")
      expect(Facts.workYearsAtLeast(ctxOn(p, "2012-01-01"), 3, "work", kind)).toMatchObject({
        outcome: "unmet",
        observed: "2 whole year(s) of work to 2012-01-01",
      })
      expect(Facts.workYearsAtLeast(ctxOn(p), 10, "work", kind, ["work"], d("2020-01-01")).outcome).toBe(
        "unmet",
      )
    })
  })
})

describe("Facts.currentWork and someCurrentWork", () => {
  const local = (w: WorkPeriod): Facts.Tri =>
    w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical"
  const name = (w: WorkPeriod) => `from ${w.from}`

  it("the current periods are those running to present", () => {
    const now = at("2020-01-01", "present")
    expect(Facts.currentWork({ work: [at("2010-01-01", "2019-12-31"), now] })).toEqual([now])
    expect(Facts.currentWork({})).toBeUndefined()
  })

  it("met, unknown naming the paths once each, or unmet, with the current work described", () => {
    const yes = at("2021-01-01", "present", { workKind: "engineering-technical" })
    const open = at("2020-01-01", "present")
    expect(Facts.someCurrentWork({ work: [open, yes] }, local, name)).toEqual({
      outcome: "met",
      observed: "current work: from 2020-01-01; from 2021-01-01",
    })
    expect(Facts.someCurrentWork({ work: [open, open] }, local, name)).toEqual({
      outcome: "unknown",
      observed: "current work: from 2020-01-01; from 2020-01-01",
      missing: ["work[].workKind"],
    })
    expect(Facts.someCurrentWork({ work: [open] }, () => false, name)).toEqual({
      outcome: "unmet",
      observed: "current work: from 2020-01-01",
    })
    expect(Facts.someCurrentWork({ work: [at("2010-01-01", "2019-12-31")] }, local, name)).toEqual({
      outcome: "unmet",
      observed: "no current work period",
    })
    expect(Facts.someCurrentWork({}, local, name)).toEqual({
      outcome: "unknown",
      observed: "work history not given",
      missing: ["work"],
    })
  })

  it("within one request, the current work and its description are derived once", () => {
    const p: Profile = { work: [at("2020-01-01", "present")] }
    let described = 0
    const describeOnce = (w: WorkPeriod) => {
      described++
      return name(w)
    }
    Facts.request(p, () => {
      Facts.someCurrentWork(p, () => false, describeOnce)
      expect(Facts.someCurrentWork(p, () => true, describeOnce).observed).toBe(
        "current work: from 2020-01-01",
      )
    })
    expect(described).toBe(1)
  })

  it("a posting is a place and a date; no and not stated are none", () => {
    const posted = { place: "540100", from: d("2022-01-01") }
    expect(Facts.postingOf(at("2020-01-01", "present", { postedTo: posted } as Partial<WorkPeriod>))).toEqual(
      posted,
    )
    expect(
      Facts.postingOf(at("2020-01-01", "present", { postedTo: "no" } as Partial<WorkPeriod>)),
    ).toBeUndefined()
    expect(Facts.postingOf(at("2020-01-01", "present"))).toBeUndefined()
  })
})

describe("Facts education and titles", () => {
  const master = { level: "master", degree: "master" } as unknown as Education
  const noDegree = { level: "master" } as unknown as Education
  const bachelor = { level: "bachelor", degree: "bachelor" } as unknown as Education

  it("degreeAtLeastMaster: the degree decides; without one, a master's or doctor's level cannot tell", () => {
    expect(Facts.degreeAtLeastMaster(master)).toBe(true)
    expect(Facts.degreeAtLeastMaster({ level: "doctorate", degree: "doctor" } as unknown as Education)).toBe(
      true,
    )
    expect(Facts.degreeAtLeastMaster(bachelor)).toBe(false)
    expect(Facts.degreeAtLeastMaster(noDegree)).toBeUndefined()
    expect(Facts.degreeAtLeastMaster({ level: "doctorate" } as unknown as Education)).toBeUndefined()
    expect(Facts.degreeAtLeastMaster({ level: "bachelor" } as unknown as Education)).toBe(false)
  })

  it("hasEducation: the first match; unknown when a record cannot tell or the list is absent; else no", () => {
    const pred = Facts.degreeAtLeastMaster
    expect(Facts.hasEducation({ education: [bachelor, master, noDegree] }, pred)).toEqual({
      answer: true,
      match: master,
    })
    expect(Facts.hasEducation({ education: [noDegree, bachelor] }, pred)).toEqual({ answer: undefined })
    expect(Facts.hasEducation({ education: [bachelor] }, pred)).toEqual({ answer: false })
    expect(Facts.hasEducation({ education: [] }, pred)).toEqual({ answer: false })
    expect(Facts.hasEducation({}, pred)).toEqual({ answer: undefined })
  })

  it("isTechnicalSchoolClass names the technical-school classes only", () => {
    expect(Facts.isTechnicalSchoolClass("technical-school-senior-class")).toBe(true)
    expect(Facts.isTechnicalSchoolClass("associate")).toBe(false)
  })

  it("earliestTitle: the matching title obtained first, whatever the order", () => {
    const t = (level: string, obtained: string) =>
      ({ series: "engineering", level, obtained: d(obtained) }) as TitleHeld
    const titles = [
      t("intermediate", "2018-05-01"),
      t("junior", "2012-03-01"),
      t("intermediate", "2016-07-01"),
    ]
    expect(Facts.earliestTitle({ titles }, (x) => x.level === "intermediate")).toBe(titles[2])
    expect(Facts.earliestTitle({ titles }, (x) => x.level === "full-senior")).toBeUndefined()
    expect(Facts.earliestTitle({}, () => true)).toBeUndefined()
  })
})

/** Reference for the pension record, month by month from the doc comments (rulings 9). */
const referencePension = (periods: ReadonlyArray<PensionPeriod>, asOf: CivilDate, need: number) => {
  const month = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1
  const cap = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 2
  const covered = (m: number) =>
    periods.some((p) => month(p.from) <= m && (p.to === "present" || m <= month(p.to)))
  let months = 0
  for (let m = 1990 * 12; m <= cap; m++) if (covered(m)) months++
  let ongoing = false
  let metOn: string | undefined
  let count = months
  for (let m = cap + 1; m <= cap + 400; m++) {
    if (!covered(m)) continue
    ongoing = true
    count++
    if (metOn === undefined && count === need && months < need)
      metOn = fromParts(Math.floor((m + 1) / 12), ((m + 1) % 12) + 1, 1)
  }
  return { months, ongoing, metOn }
}

describe("Facts.pensionMonths and pensionYearsAtLeast", () => {
  const ym = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`
  const base = 2020 * 12
  const periodArb = fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 20 }),
      fc.boolean(),
      fc.constantFrom("employee", "flexible"),
    )
    .map(
      ([start, length, present, kind]) =>
        ({
          kind,
          from: ym(base + start),
          to: present ? "present" : ym(base + start + length),
        }) as PensionPeriod,
    )

  it("counts each month a period covers once, up to the month before the day asked, and says when n months will be on record (property)", () => {
    fc.assert(
      fc.property(
        fc.array(periodArb, { maxLength: 5 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        (pension, asOfMonth, need) => {
          const asOf = d(`${ym(base + asOfMonth)}-15`)
          const want = referencePension(pension, asOf, need)
          expect(Facts.pensionMonths({ pension }, asOf)).toEqual({
            months: want.months,
            ongoing: want.ongoing,
          })
          // pensionYearsAtLeast asks for whole years: compare it on 12·k months.
          const years = Math.ceil(need / 12)
          const wantYears = referencePension(pension, asOf, years * 12)
          const observed = `${want.months} month(s) of employee or flexible-employment pension insurance on record on ${asOf}`
          expect(Facts.pensionYearsAtLeast({ profile: { pension }, asOf, reference: asOf }, years)).toEqual(
            want.months >= years * 12
              ? { outcome: "met", observed }
              : wantYears.metOn === undefined
                ? { outcome: "unmet", observed }
                : { outcome: "unmet", observed, metOn: wantYears.metOn },
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it("counts only the kinds asked, and a period written backwards counts nothing", () => {
    const pension = [
      { kind: "employee", from: "2020-01", to: "2020-12" },
      { kind: "flexible", from: "2021-01", to: "2021-06" },
      { kind: "employee", from: "2022-05", to: "2022-01" },
    ] as unknown as ReadonlyArray<PensionPeriod>
    const asOf = d("2024-01-01")
    expect(Facts.pensionMonths({ pension }, asOf, ["employee"])).toEqual({ months: 12, ongoing: false })
    expect(Facts.pensionMonths({ pension }, asOf, ["flexible"])).toEqual({ months: 6, ongoing: false })
    expect(Facts.pensionMonths({ pension }, asOf)).toEqual({ months: 18, ongoing: false })
    expect(Facts.pensionMonths({}, asOf)).toBeUndefined()
  })

  it("unknown without a pension record; no metOn when the date would fall past the calendar", () => {
    const asOf = d("2024-01-01")
    expect(Facts.pensionYearsAtLeast({ profile: {}, asOf, reference: asOf }, 1)).toEqual({
      outcome: "unknown",
      observed: "pension insurance not given",
      missing: ["pension"],
    })
    const pension = [
      { kind: "employee", from: "2023-01", to: "present" },
    ] as unknown as ReadonlyArray<PensionPeriod>
    expect(Facts.pensionYearsAtLeast({ profile: { pension }, asOf, reference: asOf }, 9000)).toEqual({
      outcome: "unmet",
      observed: "12 month(s) of employee or flexible-employment pension insurance on record on 2024-01-01",
    })
  })
})
