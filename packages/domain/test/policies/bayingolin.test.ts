import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import type { Citation } from "../../src/Citation.ts"
import * as CivilDate from "../../src/CivilDate.ts"
import * as C from "../../src/Condition.ts"
import * as Eligibility from "../../src/Eligibility.ts"
import { Profile } from "../../src/Profile.ts"
import { bayingolin } from "../../src/policies/bayingolin.ts"
import { SOURCES } from "../../src/policies/documents.ts"

const E = "bayingolin-private-enterprise"
const KORLA = "cn-xinjiang-bayingolin-korla"
const decode = Schema.decodeUnknownSync(Profile)

type Json = Record<string, unknown>

/** A full-time bachelor's graduate engineer in a private enterprise in Korla, 12 months of pension insurance in 2022. */
const BASE = {
  education: [{ level: "bachelor", degree: "bachelor", fullTime: true }],
  work: [
    {
      employer: "库尔勒某石化公司",
      employerKind: "private-enterprise",
      place: KORLA,
      workKind: "engineering-technical",
      relatedness: "related",
      from: "2010-01-01",
      to: "present",
    },
  ],
  pension: [{ kind: "employee", from: "2022-01", to: "2022-12" }],
  titles: [],
  status: { retired: false, examInsteadOfEvaluation: false },
} satisfies Json

const profile = (over: Json = {}, status: Json = {}) =>
  decode({ ...BASE, ...over, status: { ...BASE.status, ...status } })
const job = (over: Json) => [{ ...BASE.work[0], ...over }]
/** A closed pension period of exactly `months` months starting January 2015. */
const months = (n: number, kind = "employee") => {
  const end = CivilDate.addMonths(CivilDate.make("2015-01-01"), n - 1).slice(0, 7)
  return [{ kind, from: "2015-01", to: end }]
}

const run = (p: Profile, asOf: string, target?: Eligibility.Request["target"]) =>
  Eligibility.evaluate(
    { profile: p, asOf: CivilDate.make(asOf), edition: E, ...(target !== undefined ? { target } : {}) },
    [bayingolin],
  )
const trackOf = (p: Profile, asOf: string, id: string) => {
  const t = run(p, asOf).tracks.find((x) => x.track === id)
  if (t === undefined) throw new Error(`no track ${id}`)
  return t
}
const find = (r: C.Result, id: string): C.Result | undefined =>
  r.id === id ? r : (r.children ?? []).map((k) => find(k, id)).find((x) => x !== undefined)
const cond = (t: Eligibility.TrackResult, id: string): C.Result => {
  const r = [t.applicability, ...t.conditions].map((c) => find(c, id)).find((x) => x !== undefined)
  if (r === undefined) throw new Error(`no condition ${id} in ${t.track}`)
  return r
}

const INIT_J = `${E}/initial/junior`
const INIT_M = `${E}/initial/intermediate`
const PRO_J = `${E}/promotion/junior`
const PRO_M = `${E}/promotion/intermediate`
const ALL = [INIT_J, INIT_M, PRO_J, PRO_M]
const ASOF = "2023-09-01"

describe("bayingolin: citations and structure", () => {
  const source = readFileSync(
    join(import.meta.dirname, "../../../../../shared/policy-sources", SOURCES.bayingolin),
    "utf8",
  ).replace(/\s+/g, "")
  const ctx: C.Context = { profile: {}, asOf: CivilDate.make(ASOF), reference: CivilDate.make(ASOF) }
  const citations: Array<[string, Citation]> = []
  const ids: Array<string> = []
  for (const t of bayingolin.tracks) {
    citations.push([t.id, t.citation])
    ids.push(t.id)
    for (const c of [t.appliesWhen, ...t.requires].flatMap(C.flatten)) {
      citations.push([c.id, c.citation])
      ids.push(c.id)
    }
    for (const j of t.judgedAtEvaluation) citations.push([`${t.id} judged`, j.citation])
    for (const m of bayingolin.materials(ctx, t)) citations.push([m.id, m.citation])
    for (const d of bayingolin.deadlines(ctx, t)) citations.push([d.id, d.citation])
  }
  for (const s of bayingolin.settings) citations.push([s.id, s.citation])

  it.each(citations)("%s quotes 004 verbatim", (_id, c) => {
    expect(c.document).toBe(E)
    expect(c.source).toBe(SOURCES.bayingolin)
    expect(source).toContain(c.quote.replace(/\s+/g, ""))
  })

  it("prefixes every id with the edition; one id, one condition", () => {
    for (const id of ids) expect(id.startsWith(`${E}/`), id).toBe(true)
    const byId = new Map<string, C.Condition>()
    for (const t of bayingolin.tracks)
      for (const c of [t.appliesWhen, ...t.requires].flatMap(C.flatten)) {
        const seen = byId.get(c.id)
        if (seen !== undefined) expect(seen, c.id).toBe(c)
        byId.set(c.id, c)
      }
    expect(bayingolin.tracks.map((t) => t.id)).toEqual(ALL)
    for (const t of bayingolin.tracks) expect(t.target.series).toBe("any")
  })

  it("records the settings and what it does not encode", () => {
    const s = new Map(bayingolin.settings.map((x) => [x.id, x.value]))
    expect(s.get(`${E}/no-defence`)).toBe(true)
    expect(s.get(`${E}/e-certificate`)).toMatchObject({ lookupBy: ["residentId", "name"] })
    expect(s.get(`${E}/item4-assistant-engineer-only`)).toBe(true)
    const articles = bayingolin.notEncoded.map((n) => n.article)
    for (const a of ["附件", "三(一)", "四(三)"]) expect(articles).toContain(a)
  })
})

describe("bayingolin 二/四: scope", () => {
  it.each([
    { name: "二: private enterprise in Korla (inside the prefecture)", p: profile(), status: "eligible" },
    {
      name: "四(二): freelancer in the prefecture is admitted",
      p: profile({ work: job({ employerKind: "freelance" }) }),
      status: "eligible",
    },
    {
      name: "二: a state enterprise is out of scope",
      p: profile({ work: job({ employerKind: "state-enterprise" }) }),
      status: "not-applicable",
    },
    {
      name: "二: outside the prefecture (Urumqi)",
      p: profile({ work: job({ place: "cn-xinjiang-urumqi" }) }),
      status: "not-applicable",
    },
    { name: "二: retirees may not apply", p: profile({}, { retired: true }), status: "not-eligible" },
  ] as const)("$name", ({ p, status }) => {
    const t = trackOf(p, ASOF, PRO_J)
    expect(t.status).toBe(status)
    if (status === "not-eligible") expect(cond(t, `${E}/scope/not-retired`).outcome).toBe("unmet")
  })

  it("二: a retiree is refused on every track", () => {
    for (const t of run(profile({}, { retired: true }), ASOF).tracks) {
      expect(t.status, t.track).toBe("not-eligible")
      expect(cond(t, `${E}/scope/not-retired`).outcome).toBe("unmet")
    }
  })

  it("二: retirement not stated → incomplete with status.retired", () => {
    const t = trackOf(decode({ ...BASE, status: { examInsteadOfEvaluation: false } }), ASOF, PRO_J)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["status.retired"])
  })

  it("place of work not given → incomplete with work[].place", () => {
    const t = trackOf(decode({ ...BASE, work: [{ ...BASE.work[0], place: undefined }] }), ASOF, PRO_J)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work[].place")
  })

  it("an empty profile is incomplete on every track, never refused", () => {
    for (const t of run(decode({}), ASOF).tracks) {
      expect(t.status, t.track).toBe("incomplete")
      expect(t.missing.length).toBeGreaterThan(0)
    }
  })

  it("四: the channel is reported, not required", () => {
    const c = cond(
      trackOf(profile({ work: job({ employerKind: "freelance" }) }), ASOF, PRO_J),
      `${E}/channel`,
    )
    expect(c).toMatchObject({ outcome: "met" })
    expect(c.observed).toContain("county")
  })
})

describe("bayingolin 三(一): initial determination", () => {
  // Pension: 满N年 = 12·N months, counted as distinct months declared.
  const table = [
    {
      clause: "三(一)1 全日制硕士 + 1 year → intermediate",
      track: INIT_M,
      edu: { level: "master", degree: "master" },
      n: 12,
      branch: `${INIT_M}/master-1`,
    },
    {
      clause: "三(一)2 全日制本科 + 1 year → junior",
      track: INIT_J,
      edu: { level: "bachelor" },
      n: 12,
      branch: `${INIT_J}/bachelor-1`,
    },
    {
      clause: "三(一)3 全日制大专 + 2 years → junior",
      track: INIT_J,
      edu: { level: "associate" },
      n: 24,
      branch: `${INIT_J}/associate-2`,
    },
    {
      clause: "三(一)4 全日制中专 + 3 years → junior",
      track: INIT_J,
      edu: { level: "secondary-vocational" },
      n: 36,
      branch: `${INIT_J}/secondary-3`,
    },
  ] as const
  for (const row of table) {
    it(`${row.clause}: ${row.n - 1} months → not eligible`, () => {
      const t = trackOf(
        profile({ education: [{ ...row.edu, fullTime: true }], pension: months(row.n - 1) }),
        ASOF,
        row.track,
      )
      expect(t.status).toBe("not-eligible")
      expect(cond(t, `${row.branch}/pension`)).toMatchObject({ outcome: "unmet" })
      expect(cond(t, `${row.branch}/pension`).observed).toContain(`${row.n - 1} month(s)`)
      expect(cond(t, `${row.branch}/education`).outcome).toBe("met")
    })
    it(`${row.clause}: ${row.n} months → eligible`, () => {
      const t = trackOf(
        profile({ education: [{ ...row.edu, fullTime: true }], pension: months(row.n) }),
        ASOF,
        row.track,
      )
      expect(t.status).toBe("eligible")
      expect(cond(t, row.branch).outcome).toBe("met")
    })
  }

  it("flexible-employment insurance counts the same as employee insurance", () => {
    const t = trackOf(profile({ pension: months(12, "flexible") }), ASOF, INIT_J)
    expect(t.status).toBe("eligible")
  })

  it("an ongoing period counts to the month before the evaluation month; metOn is the day it is complete", () => {
    const p = profile({ pension: [{ kind: "employee", from: "2022-09", to: "present" }] })
    const before = trackOf(p, "2023-08-31", INIT_J)
    expect(before.status).toBe("not-eligible")
    expect(cond(before, `${INIT_J}/bachelor-1/pension`)).toMatchObject({
      outcome: "unmet",
      metOn: "2023-09-01",
    })
    expect(before.earliest?.date).toBe("2023-09-01")
    expect(trackOf(p, "2023-09-01", INIT_J).status).toBe("eligible")
  })

  it("三(一): full-time not stated → incomplete with education[].fullTime", () => {
    const t = trackOf(profile({ education: [{ level: "bachelor" }] }), ASOF, INIT_J)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["education[].fullTime"])
    expect(cond(t, `${INIT_J}/bachelor-1/education`)).toMatchObject({
      outcome: "unknown",
      missing: ["education[].fullTime"],
    })
  })

  it("三(一): part-time graduates are refused initial determination but may be promoted (三(二) has no full-time rule)", () => {
    const p = profile({ education: [{ level: "bachelor", fullTime: false }] })
    expect(trackOf(p, ASOF, INIT_J).status).toBe("not-eligible")
    expect(trackOf(p, ASOF, PRO_J).status).toBe("eligible")
  })

  it("三(一)1: a full-time master-level record without its degree → incomplete with education[].degree", () => {
    const t = trackOf(profile({ education: [{ level: "master", fullTime: true }] }), ASOF, INIT_M)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["education[].degree"])
  })

  it("三(一)1: a bachelor cannot be granted the intermediate title", () => {
    expect(trackOf(profile({ pension: months(60) }), ASOF, INIT_M).status).toBe("not-eligible")
  })

  it("三(一): 以考代评 specialties are excluded (not applicable); unknown → incomplete; promotion unaffected", () => {
    const exam = profile({}, { examInsteadOfEvaluation: true })
    for (const id of [INIT_J, INIT_M]) {
      const t = trackOf(exam, ASOF, id)
      expect(t.status).toBe("not-applicable")
      expect(cond(t, `${E}/initial/not-exam-specialty`).outcome).toBe("unmet")
    }
    expect(trackOf(exam, ASOF, PRO_J).status).toBe("eligible")
    const unknown = trackOf(decode({ ...BASE, status: { retired: false } }), ASOF, INIT_J)
    expect(unknown.status).toBe("incomplete")
    expect(unknown.missing).toEqual(["status.examInsteadOfEvaluation"])
  })

  it("pension not given → incomplete with pension", () => {
    const t = trackOf(decode({ ...BASE, pension: undefined }), ASOF, INIT_J)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["pension"])
  })

  it("technical-school classes are not 中专 here", () => {
    const t = trackOf(
      profile({
        education: [{ level: "technical-school-intermediate-class", fullTime: true }],
        pension: months(60),
      }),
      ASOF,
      INIT_J,
    )
    expect(t.status).toBe("not-eligible")
  })
})

describe("bayingolin 三(二): promotion", () => {
  it.each([
    { clause: "初级1 本科 + 1 year", edu: { level: "bachelor" }, n: 12 },
    { clause: "初级2 大专 + 2 years", edu: { level: "associate" }, n: 24 },
    { clause: "初级3 中专 + 3 years", edu: { level: "secondary-vocational" }, n: 36 },
  ])("三(二) $clause: one month short → not eligible; exactly → eligible", ({ edu, n }) => {
    expect(trackOf(profile({ education: [edu], pension: months(n - 1) }), ASOF, PRO_J).status).toBe(
      "not-eligible",
    )
    expect(trackOf(profile({ education: [edu], pension: months(n) }), ASOF, PRO_J).status).toBe("eligible")
  })

  it("三(二) 中级1: 硕士学位 (not necessarily full-time) + 12 months; 11 months is short", () => {
    const edu = [{ level: "master", degree: "master", fullTime: false }]
    const short = trackOf(profile({ education: edu, pension: months(11) }), ASOF, PRO_M)
    expect(short.status).toBe("not-eligible")
    expect(cond(short, `${PRO_M}/master-1/pension`).outcome).toBe("unmet")
    expect(trackOf(profile({ education: edu, pension: months(12) }), ASOF, PRO_M).status).toBe("eligible")
  })

  // Title-held thresholds: day before the anniversary → unmet with metOn; the day → met.
  const rows = [
    {
      clause: "中级2 本科 + 初级 (technician) held 4 years",
      edu: { level: "bachelor" },
      titles: [{ series: "engineering", level: "junior", grade: "technician", obtained: "2019-07-01" }],
      branch: `${PRO_M}/bachelor-junior-4`,
      leaf: `${PRO_M}/bachelor-junior-4/junior-title`,
      done: "2023-06-30",
    },
    {
      clause: "中级2 本科 + 初级 of another series (助理会计师) held 4 years",
      edu: { level: "bachelor" },
      titles: [{ series: "accounting", level: "junior", grade: "assistant", obtained: "2019-07-01" }],
      branch: `${PRO_M}/bachelor-junior-4`,
      leaf: `${PRO_M}/bachelor-junior-4/junior-title`,
      done: "2023-06-30",
    },
    {
      clause: "中级3 大专 + 初级 held 5 years",
      edu: { level: "associate" },
      titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2018-07-01" }],
      branch: `${PRO_M}/associate-junior-5`,
      leaf: `${PRO_M}/associate-junior-5/junior-title`,
      done: "2023-06-30",
    },
    {
      clause: "中级3 a 29 February title completes 5 years on 28 February",
      edu: { level: "associate" },
      titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2016-02-29" }],
      branch: `${PRO_M}/associate-junior-5`,
      leaf: `${PRO_M}/associate-junior-5/junior-title`,
      done: "2021-02-28",
    },
    {
      clause: "中级4 中专 + 15 years in the specialty (binding) + 助理工程师 5 years",
      edu: { level: "secondary-vocational" },
      titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2015-01-01" }],
      work: job({ from: "2008-07-01" }),
      branch: `${PRO_M}/secondary-15-assistant-5`,
      leaf: `${PRO_M}/secondary-15-assistant-5/specialty-years`,
      done: "2023-06-30",
    },
    {
      clause: "中级4 中专 + 15 years + 助理工程师 5 years (binding)",
      edu: { level: "secondary-vocational" },
      titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2018-07-01" }],
      work: job({ from: "2000-01-01" }),
      branch: `${PRO_M}/secondary-15-assistant-5`,
      leaf: `${PRO_M}/secondary-15-assistant-5/assistant-engineer`,
      done: "2023-06-30",
    },
  ] as const
  for (const row of rows) {
    const p = profile({
      education: [row.edu],
      titles: row.titles,
      pension: [],
      ...("work" in row ? { work: row.work } : {}),
    })
    const before = CivilDate.addDays(CivilDate.make(row.done), -1)
    it(`三(二) ${row.clause}: ${before} → not eligible, earliest ${row.done}`, () => {
      const t = trackOf(p, before, PRO_M)
      expect(t.status).toBe("not-eligible")
      expect(cond(t, row.leaf)).toMatchObject({ outcome: "unmet", metOn: row.done })
      expect(cond(t, row.branch)).toMatchObject({ outcome: "unmet", metOn: row.done })
      expect(t.earliest?.date).toBe(row.done)
    })
    it(`三(二) ${row.clause}: ${row.done} → eligible`, () => {
      const t = trackOf(p, row.done, PRO_M)
      expect(t.status).toBe("eligible")
      expect(cond(t, row.branch).outcome).toBe("met")
    })
  }

  const item4 = (title: Json, work: ReadonlyArray<Json> = job({ from: "2000-01-01" })) =>
    trackOf(
      profile({
        education: [{ level: "secondary-vocational" }],
        titles: [{ obtained: "2010-01-01", ...title }],
        pension: [],
        work,
      }),
      ASOF,
      PRO_M,
    )

  it("三(二) 中级4 names 助理工程师: a technician title does not count", () => {
    const t = item4({ series: "engineering", level: "junior", grade: "technician" })
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${PRO_M}/secondary-15-assistant-5/assistant-engineer`).outcome).toBe("unmet")
  })

  it("三(二) 中级4: another series' assistant grade does not count by default (setting item4-assistant-engineer-only)", () => {
    expect(item4({ series: "accounting", level: "junior", grade: "assistant" }).status).toBe("not-eligible")
  })

  it("三(二) 中级4: the grade of a junior engineering title not given → incomplete with titles[].grade", () => {
    const t = item4({ series: "engineering", level: "junior" })
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["titles[].grade"])
  })

  it("三(二) 中级4: relatedness of work not given → incomplete with work[].relatedness", () => {
    const t = item4({ series: "engineering", level: "junior", grade: "assistant" }, [
      { ...BASE.work[0], relatedness: undefined, from: "2000-01-01" },
    ])
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["work[].relatedness"])
  })

  it("三(二): titles not given → incomplete with titles", () => {
    const t = trackOf(decode({ ...BASE, titles: undefined, pension: [] }), ASOF, PRO_M)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("titles")
  })
})

describe("bayingolin 一/五: window, materials, targets", () => {
  it("一: the evaluation window of the evaluation year is July 1 to December 31, on every track", () => {
    for (const t of run(profile(), "2024-03-15").tracks)
      expect(t.deadlines).toEqual([
        expect.objectContaining({
          id: `${E}/evaluation-window`,
          kind: "evaluation-window",
          from: "2024-07-01",
          to: "2024-12-31",
        }),
      ])
  })

  it("五: materials; representative works optional for junior, required for intermediate", () => {
    const j = trackOf(profile(), ASOF, PRO_J).materials
    const m = trackOf(profile(), ASOF, PRO_M).materials
    const ids = j.map((x) => x.id)
    for (const id of [
      "platform",
      "education-verification",
      "continuing-education",
      "title-certificate",
      "award-certificates",
      "representative-works",
      "approval-form",
    ])
      expect(ids).toContain(`${E}/materials/${id}`)
    expect(j.find((x) => x.id.endsWith("representative-works"))?.citation.quote).toBe(
      "初级不作为必备条件要求",
    )
    expect(m.find((x) => x.id.endsWith("representative-works"))?.text.zh).toContain("2篇及以上")
  })

  it("target filtering: junior keeps the two junior tracks, intermediate the two intermediate ones", () => {
    expect(run(profile(), ASOF, { level: "junior" }).tracks.map((t) => t.track)).toEqual([INIT_J, PRO_J])
    expect(run(profile(), ASOF, { level: "intermediate" }).tracks.map((t) => t.track)).toEqual([
      INIT_M,
      PRO_M,
    ])
    expect(run(profile(), ASOF, { level: "associate-senior" }).tracks).toEqual([])
  })

  it("professional-technical work is listed for the committee, not decided", () => {
    const t = trackOf(profile({ work: job({ workKind: "management" }) }), ASOF, PRO_J)
    expect(t.status).toBe("eligible")
    expect(t.judgedAtEvaluation[0]?.citation.article).toBe("二")
  })
})

describe("bayingolin: monotonicity (property)", () => {
  const RANK: Record<Eligibility.Status, number> = {
    "not-applicable": -1,
    "not-eligible": 0,
    incomplete: 1,
    "needs-review": 2,
    eligible: 3,
  }
  const arb = fc.record({
    level: fc.constantFrom("high-school-or-below", "secondary-vocational", "associate", "bachelor", "master"),
    degree: fc.constantFrom(undefined, "bachelor", "master"),
    fullTime: fc.constantFrom(undefined, true, false),
    pensionMonths: fc.integer({ min: 0, max: 48 }),
    morePension: fc.integer({ min: 1, max: 24 }),
    ongoing: fc.boolean(),
    titleDay: fc.integer({ min: 0, max: 365 * 8 }),
    grade: fc.constantFrom(undefined, "technician", "assistant"),
    hasTitle: fc.boolean(),
    workDay: fc.integer({ min: 0, max: 365 * 20 }),
    extraDays: fc.integer({ min: 1, max: 365 * 5 }),
    asOfDay: fc.integer({ min: 0, max: 365 * 3 }),
  })
  it("more pension months, an older title or longer work never make a result worse", () => {
    fc.assert(
      fc.property(arb, (a) => {
        const asOf = CivilDate.addDays(CivilDate.make("2022-01-01"), a.asOfDay)
        const mk = (more: boolean) => {
          const n = a.pensionMonths + (more ? a.morePension : 0)
          const pension =
            n === 0
              ? []
              : a.ongoing
                ? [{ kind: "employee", from: CivilDate.addMonths(asOf, -n).slice(0, 7), to: "present" }]
                : months(n)
          const extra = more ? a.extraDays : 0
          return profile({
            education: [
              {
                level: a.level,
                ...(a.degree !== undefined ? { degree: a.degree } : {}),
                ...(a.fullTime !== undefined ? { fullTime: a.fullTime } : {}),
              },
            ],
            pension,
            titles: a.hasTitle
              ? [
                  {
                    series: "engineering",
                    level: "junior",
                    ...(a.grade !== undefined ? { grade: a.grade } : {}),
                    obtained: CivilDate.addDays(asOf, -a.titleDay - extra),
                  },
                ]
              : [],
            work: job({ from: CivilDate.addDays(asOf, -a.workDay - extra) }),
          })
        }
        const less = run(mk(false), asOf)
        const more = run(mk(true), asOf)
        for (const t of less.tracks) {
          const u = more.tracks.find((x) => x.track === t.track)
          if (u === undefined) throw new Error(t.track)
          expect(RANK[u.status], `${t.track}: ${t.status} → ${u.status}`).toBeGreaterThanOrEqual(
            RANK[t.status],
          )
        }
      }),
      { numRuns: 300 },
    )
  })
})
