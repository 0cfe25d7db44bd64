import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { type CivilDate, completedYears, fromDayNumber, make, toDayNumber } from "../src/CivilDate.ts"
import type { Context } from "../src/Condition.ts"
import * as Facts from "../src/Facts.ts"
import type { Profile, WorkPeriod } from "../src/Profile.ts"

const ctx = (profile: Profile): Context => ({
  profile,
  asOf: make("2024-01-01"),
  reference: make("2024-01-01"),
})
const period = (from: string, over: Partial<WorkPeriod> = {}): WorkPeriod => ({
  from: make(from),
  to: "present",
  ...over,
})
const engineering = (w: WorkPeriod): Facts.Tri =>
  w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical"

describe("Facts.Tri: triAll, triAny (three-valued, naming what is missing)", () => {
  const place: Facts.Tri = ["work[].place"]
  const kind: Facts.Tri = ["work[].employerKind"]
  it.each([
    ["a definite no wins over an open answer", [place, false, true], false, true],
    ["all yes is yes; any yes is yes", [true, true], true, true],
    [
      "open answers name every path they lack, in order, each once",
      [place, kind, place],
      ["work[].place", "work[].employerKind"],
      ["work[].place", "work[].employerKind"],
    ],
    ["yes with an open answer: all is open, any is yes", [true, kind], ["work[].employerKind"], true],
    ["no with an open answer: all is no, any is open", [false, kind], false, ["work[].employerKind"]],
    ["all no is no", [false, false], false, false],
    ["nothing to combine: all is yes, any is no", [], true, false],
  ] as const)("%s", (_name, ts, all, any) => {
    expect(Facts.triAll(...ts)).toEqual(all)
    expect(Facts.triAny(...ts)).toEqual(any)
  })

  const tri = fc.oneof(
    fc.boolean(),
    fc.uniqueArray(fc.constantFrom("work", "education", "titles", "status.retired"), { minLength: 1 }),
  )
  const not = (t: Facts.Tri): Facts.Tri => (Facts.isUnsure(t) ? t : !t)
  it("triAny is triAll's dual (De Morgan), paths included", () => {
    fc.assert(
      fc.property(fc.array(tri, { maxLength: 5 }), (ts) => {
        expect(Facts.triAny(...ts)).toEqual(not(Facts.triAll(...ts.map(not))))
      }),
    )
  })
  it("a combined answer is open only when some answer is, and then names only their paths", () => {
    fc.assert(
      fc.property(fc.array(tri, { maxLength: 5 }), (ts) => {
        const given = new Set(ts.flatMap((t) => (Facts.isUnsure(t) ? t : [])))
        for (const r of [Facts.triAll(...ts), Facts.triAny(...ts)])
          if (Facts.isUnsure(r)) {
            expect(r.length).toBeGreaterThan(0)
            for (const p of r) expect(given.has(p)).toBe(true)
          }
      }),
    )
  })
})

describe("Facts.statusFlag", () => {
  const spec = {
    id: "x/talent-card",
    text: { zh: "持卡", en: "Holds a card" },
    citation: { document: "x", source: "x.txt", article: "1", quote: "卡" },
  }
  const check = (leaf: ReturnType<typeof Facts.statusFlag>, profile: Profile) => {
    if (leaf._tag !== "Leaf") throw new Error("not a leaf")
    return leaf.check(ctx(profile))
  }
  it.each([
    [
      "absent is unknown, naming the field",
      {},
      { outcome: "unknown", observed: "status.talentCard not stated", missing: ["status.talentCard"] },
    ],
    [
      "the wanted value is met",
      { status: { talentCard: true } },
      { outcome: "met", observed: "status.talentCard is true" },
    ],
    [
      "the other value is unmet",
      { status: { talentCard: false } },
      { outcome: "unmet", observed: "status.talentCard is false" },
    ],
  ] as const)("%s", (_name, profile, want) => {
    expect(check(Facts.statusFlag(spec, "talentCard", true), profile as Profile)).toEqual(want)
  })
  it("wanting false, and in the words given", () => {
    const leaf = Facts.statusFlag(spec, "retired", false, {
      yes: "retired",
      no: "working",
      absent: "not said",
    })
    expect(check(leaf, { status: { retired: false } })).toEqual({ outcome: "met", observed: "working" })
    expect(check(leaf, { status: { retired: true } })).toEqual({ outcome: "unmet", observed: "retired" })
    expect(check(leaf, { status: {} })).toEqual({
      outcome: "unknown",
      observed: "not said",
      missing: ["status.retired"],
    })
  })
})

describe("Facts.workYearsAtLeast", () => {
  it("is met on the known periods alone, with no missing paths", () => {
    const r = Facts.workYearsAtLeast(
      ctx({ work: [period("2019-01-01", { workKind: "engineering-technical" })] }),
      5,
      "work",
      engineering,
    )
    expect(r.outcome).toBe("met")
    expect(r.missing).toBeUndefined()
  })

  it("reports the paths the open periods lack when they could make up the difference", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-01")] }), 5, "work", engineering)
    expect(r).toMatchObject({ outcome: "unknown", missing: ["work[].workKind"] })
  })

  it("falls back to `missingPaths` for a predicate that only says it cannot tell", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-01")] }), 5, "work", () => undefined, [
      "work[].relatedness",
    ])
    expect(r).toMatchObject({ outcome: "unknown", missing: ["work[].relatedness"] })
  })

  it("stays unmet when even the open periods could not reach the number (the day before the anniversary)", () => {
    const r = Facts.workYearsAtLeast(ctx({ work: [period("2019-01-03")] }), 5, "work", engineering)
    expect(r.outcome).toBe("unmet")
    expect(r.missing).toBeUndefined()
  })

  it("names work itself when the history is absent", () => {
    expect(Facts.workYearsAtLeast(ctx({}), 1, "work", engineering)).toMatchObject({
      outcome: "unknown",
      missing: ["work"],
    })
  })
})

describe("Facts.someCurrentWork and postingOf", () => {
  it('reads "no" as not posted and absent as unknown', () => {
    const posted = (w: WorkPeriod): Facts.Tri =>
      w.postedTo === undefined ? ["work[].postedTo"] : w.postedTo !== "no"
    expect(
      Facts.someCurrentWork({ work: [period("2020-01-01", { postedTo: "no" })] }, posted, () => "x").outcome,
    ).toBe("unmet")
    expect(Facts.someCurrentWork({ work: [period("2020-01-01")] }, posted, () => "x")).toMatchObject({
      outcome: "unknown",
      missing: ["work[].postedTo"],
    })
    expect(Facts.postingOf(period("2020-01-01", { postedTo: "no" }))).toBeUndefined()
    expect(
      Facts.postingOf(period("2020-01-01", { postedTo: { place: "cn-shanxi", from: make("2021-01-01") } }))
        ?.place,
    ).toBe("cn-shanxi")
  })
})

describe("Facts.span / Facts.pensionMonths (interval arithmetic)", () => {
  const day = fc.integer({ min: toDayNumber(make("2000-01-01")), max: toDayNumber(make("2025-12-31")) })
  const REF = make("2023-12-31")

  it("property: span counts the distinct days of the clipped periods, as a day-by-day count does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day, fc.boolean()), { maxLength: 6 }), (ps) => {
        const periods = ps.map(([a, b, present]) => ({
          from: fromDayNumber(Math.min(a, b)),
          to: present ? ("present" as const) : fromDayNumber(Math.max(a, b)),
        }))
        const ref = toDayNumber(REF)
        const days = new Set<number>()
        for (const p of periods) {
          const to = p.to === "present" ? ref : Math.min(toDayNumber(p.to), ref)
          for (let n = toDayNumber(p.from); n <= to; n++) days.add(n)
        }
        const s = Facts.span(periods, REF)
        expect(s.days).toBe(days.size)
        if (days.size > 0) {
          expect(s.ongoing).toBe(days.has(ref))
          expect(s.equivalentStart).toBe(fromDayNumber(ref + 1 - days.size))
          expect(s.years).toBe(completedYears(s.equivalentStart as CivilDate, REF))
        }
      }),
    )
  })

  const month = fc.integer({ min: 2000 * 12, max: 2025 * 12 + 11 })
  const ym = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`

  it("property: pensionMonths counts distinct months of the kinds asked for, as a set of months does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(month, month, fc.boolean(), fc.constantFrom("employee", "flexible")), {
          maxLength: 6,
        }),
        (ps) => {
          const pension = ps.map(([a, b, present, kind]) => ({
            kind,
            from: ym(Math.min(a, b)),
            to: present ? "present" : ym(Math.max(a, b)),
          })) as unknown as Profile["pension"]
          // Ruling 9: on the day asked (REF, December 2023) only months up to November are on record.
          const cap = 2023 * 12 + 11 - 1
          const seen = new Set<number>()
          let ongoing = false
          for (const [a, b, present, kind] of ps) {
            if (kind !== "employee") continue
            const end = present ? Number.POSITIVE_INFINITY : Math.max(a, b)
            if (end > cap) ongoing = true
            for (let m = Math.min(a, b); m <= Math.min(end, cap); m++) seen.add(m)
          }
          expect(Facts.pensionMonths({ pension }, REF, ["employee"])).toEqual({ months: seen.size, ongoing })
        },
      ),
    )
  })
})

describe("Facts.pensionMonths / pensionYearsAtLeast: months on record on the day asked (DOMAIN.md ruling 9)", () => {
  const ASKED = make("2025-08-15")
  const months = (from: string, to: string, asOf = ASKED) =>
    Facts.pensionMonths({ pension: [{ kind: "employee", from, to } as never] }, asOf)?.months
  it.each([
    ["a closed period ending before the month asked counts its end month", "2025-01", "2025-07", 7],
    ["a closed period ending in the month asked counts to the month before", "2025-01", "2025-08", 7],
    ['`to: "2025-12"` asked on 2025-08-15 counts only to 2025-07', "2025-01", "2025-12", 7],
    ["an ongoing period counts to the month before the month asked", "2025-01", "present", 7],
    ["a period starting in the month asked counts nothing yet", "2025-08", "present", 0],
    ["a period starting after the day asked counts nothing", "2025-09", "2025-12", 0],
  ])("ruling 9: %s", (_, from, to, n) => {
    expect(months(from, to)).toBe(n)
  })

  const check = (to: string) =>
    Facts.pensionYearsAtLeast(
      {
        profile: { pension: [{ kind: "employee", from: "2025-01", to } as never] },
        asOf: ASKED,
        reference: ASKED,
      },
      1,
    )
  it("ruling 9: a year is met on the first day after its 12th month has passed, if the period runs that far", () => {
    expect(check("present")).toMatchObject({ outcome: "unmet", metOn: "2026-01-01" })
    expect(check("2025-12")).toMatchObject({ outcome: "unmet", metOn: "2026-01-01" })
    expect(check("2025-11").outcome).toBe("unmet")
    expect(check("2025-11").metOn).toBeUndefined()
    expect(
      Facts.pensionYearsAtLeast(
        {
          profile: { pension: [{ kind: "employee", from: "2025-01", to: "present" } as never] },
          asOf: make("2026-01-01"),
          reference: make("2026-01-01"),
        },
        1,
      ).outcome,
    ).toBe("met")
    expect(
      Facts.pensionYearsAtLeast(
        {
          profile: { pension: [{ kind: "employee", from: "2025-01", to: "present" } as never] },
          asOf: make("2025-12-31"),
          reference: make("2025-12-31"),
        },
        1,
      ).outcome,
    ).toBe("unmet")
  })
})

describe("Facts.asOfDay: facts dated after the day asked do not exist yet (DOMAIN.md ruling 10)", () => {
  const DAY = make("2023-08-01")
  it("leaves out what is dated later and keeps what is dated on the day", () => {
    const p: Profile = {
      titles: [
        { series: "engineering", level: "junior", obtained: make("2023-08-01") },
        { series: "engineering", level: "intermediate", obtained: make("2023-08-02") },
      ],
      education: [{ level: "bachelor", graduated: make("2023-08-02") }, { level: "associate" }],
      work: [period("2023-08-02"), period("2020-01-01")],
      achievements: { honours: [{ kind: "other", level: "city", date: make("2024-01-01") }] },
    }
    const q = Facts.asOfDay(p, DAY)
    expect(q.titles?.map((t) => t.level)).toEqual(["junior"])
    expect(q.education).toEqual([{ level: "associate" }])
    expect(q.work?.map((w) => w.from)).toEqual(["2020-01-01"])
    expect(q.achievements?.honours).toEqual([])
  })
  it("returns the profile itself when nothing is dated later", () => {
    const p: Profile = { titles: [{ series: "engineering", level: "junior", obtained: make("2020-01-01") }] }
    expect(Facts.asOfDay(p, DAY)).toBe(p)
  })
})

describe("Facts.request / Facts.once", () => {
  it("derives a fact once per request and profile, and afresh outside a request", () => {
    const p: Profile = { work: [] }
    const key = {}
    let calls = 0
    const derive = () => ++calls
    expect(Facts.once(p, key, derive)).toBe(1)
    expect(Facts.once(p, key, derive)).toBe(2)
    Facts.request(p, () => {
      expect(Facts.once(p, key, derive)).toBe(3)
      expect(Facts.once(p, key, derive)).toBe(3)
      // another profile (even an equal one) is not the request's
      expect(Facts.once({ work: [] }, key, derive)).toBe(4)
    })
    expect(Facts.once(p, key, derive)).toBe(5)
  })
})
