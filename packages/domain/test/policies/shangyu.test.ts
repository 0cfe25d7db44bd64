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
import { SOURCES } from "../../src/policies/documents.ts"
import { shangyu2023 } from "../../src/policies/shangyu.ts"

const E = "shangyu-2023-3"
const SHANGYU = "cn-zhejiang-shaoxing-shangyu"
const decode = Schema.decodeUnknownSync(Profile)
const T = {
  normal: `${E}/normal`,
  noAssistant: `${E}/no-assistant`,
  a: `${E}/exceptional-a`,
  b: `${E}/exceptional-b`,
  skilled: `${E}/skilled-talent`,
} as const
const ALL_TRACKS = Object.values(T)

type Json = Record<string, unknown>

const EMPTY_ACHIEVEMENTS = {
  patents: [],
  softwareCopyrights: [],
  awards: [],
  projects: [],
  honours: [],
  papers: [],
  posts: [],
  enterpriseHonours: [],
  zheliEngineerRank: { year: 2022, rank: 50 },
}

const JOB = {
  employer: "上虞某机电公司",
  employerKind: "private-enterprise",
  industrial: true,
  place: SHANGYU,
  workKind: "engineering-technical",
  specialty: "机电制造",
  subSpecialty: "设计开发",
  relatedness: "related",
  from: "2012-07-01",
  to: "present",
}

/**
 * A bachelor (related major, graduated 2012-06-30) working in Shangyu since 2012-07-01, assistant
 * engineer since 2018-01-01, with the continuing education (216 + 54 = 270 h), assessments and
 * clean record every track needs. Eligible on the normal track.
 */
const BASE = {
  education: [
    {
      level: "bachelor",
      degree: "bachelor",
      relatedness: "related",
      graduated: "2012-06-30",
      awardedIn: "mainland",
    },
  ],
  titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2018-01-01" }],
  skills: [],
  work: [JOB],
  pension: [{ kind: "employee", from: "2012-07", to: "present", place: SHANGYU }],
  continuingEducation: [
    { year: 2021, category: "specialty", hours: 72 },
    { year: 2022, category: "specialty", hours: 72 },
    { year: 2023, category: "specialty", hours: 72 },
    { year: 2021, category: "general", hours: 18 },
    { year: 2022, category: "general", hours: 18 },
    { year: 2023, category: "general", hours: 18 },
  ],
  assessments: [
    { year: 2020, result: "competent" },
    { year: 2021, result: "excellent" },
    { year: 2022, result: "competent" },
  ],
  achievements: EMPTY_ACHIEVEMENTS,
  status: { residency: "mainland", integrityBans: [] },
} satisfies Json

const profile = (over: Json = {}, status: Json = {}, achievements: Json = {}): Profile =>
  decode({
    ...BASE,
    ...over,
    status: { ...BASE.status, ...status },
    achievements: { ...EMPTY_ACHIEVEMENTS, ...achievements },
  })

const job = (over: Json) => [{ ...JOB, ...over }]
const edu = (over: Json) => [{ ...BASE.education[0], ...over }]
const assistant = (obtained: string) => [
  { series: "engineering", level: "junior", grade: "assistant", obtained },
]
const ce = (specialty: number, general: number, year = 2022) => [
  { year, category: "specialty", hours: specialty },
  { year, category: "general", hours: general },
]

const run = (p: Profile, asOf = "2023-08-01") =>
  Eligibility.evaluate({ profile: p, asOf: CivilDate.make(asOf), edition: E }, [shangyu2023])

const trackOf = (p: Profile, id: string, asOf?: string): Eligibility.TrackResult => {
  const t = run(p, asOf).tracks.find((x) => x.track === id)
  if (t === undefined) throw new Error(`no track ${id}`)
  return t
}

const find = (r: C.Result, id: string): C.Result | undefined =>
  r.id === id ? r : (r.children ?? []).map((k) => find(k, id)).find((x) => x !== undefined)

const cond = (t: Eligibility.TrackResult, id: string): C.Result => {
  for (const r of [t.applicability, ...t.conditions]) {
    const hit = find(r, id)
    if (hit !== undefined) return hit
  }
  throw new Error(`no condition ${id} in ${t.track}`)
}

/** The result of condition `id` of track `track` for profile `p`. */
const at = (p: Profile, track: string, id: string, asOf?: string) => cond(trackOf(p, track, asOf), id)

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: edition", () => {
  it("is the 2023 edition, lengths measured to 2023-12-31 (三(一))", () => {
    expect(shangyu2023.id).toBe(E)
    expect(shangyu2023.document).toBe(E)
    expect(shangyu2023.evaluationYear).toBe(2023)
    expect(shangyu2023.reference?.date).toBe("2023-12-31")
    expect(shangyu2023.reference?.citation.article).toBe("三(一)")
    expect(shangyu2023.tracks.map((t) => t.id)).toEqual(ALL_TRACKS)
    for (const t of shangyu2023.tracks) {
      expect(t.edition).toBe(E)
      expect(t.target).toMatchObject({ series: "engineering", level: "intermediate" })
      expect(t.target.name.zh).toBe("工程师")
    }
  })

  it("writes the other tracks as exceptions to the normal track, replacing its qualification", () => {
    const byId = new Map(shangyu2023.tracks.map((t) => [t.id, t]))
    for (const id of [T.noAssistant, T.a, T.b, T.skilled])
      expect(byId.get(id)?.exceptionTo).toEqual({ track: T.normal, replaces: [`${E}/normal/qualification`] })
    expect(byId.get(T.normal)?.exceptionTo).toBeUndefined()
    // Every track keeps the shared requirements.
    for (const t of shangyu2023.tracks)
      for (const id of ["continuing-education", "assessments", "no-integrity-ban"])
        expect(t.requires.map((c) => c.id)).toContain(`${E}/common/${id}`)
  })

  it("lists the political and specialty conditions as judged at evaluation, not decided", () => {
    for (const t of shangyu2023.tracks) {
      expect(t.judgedAtEvaluation.map((j) => j.citation.article)).toEqual(["附件1 一", "附件1 二(一)"])
    }
  })

  it("records its rulings and numbers as settings", () => {
    const s = new Map(shangyu2023.settings.map((x) => [x.id, x]))
    expect(s.get(`${E}/exceptional-b-caps`)?.value).toEqual({ national: 3, provincial: 2 })
    expect(s.get(`${E}/exceptional-b-honour-window`)?.value).toEqual({ from: "2022-07-01", to: "2023-06-30" })
    expect(s.get(`${E}/reference-date`)?.value).toBe("2023-12-31")
    expect(s.get(`${E}/unit-publicity`)?.value).toEqual({
      amount: 5,
      unit: "working-days",
      countPublicationDay: false,
    })
    expect(s.get(`${E}/committee-publicity`)?.value).toEqual({
      amount: 5,
      unit: "working-days",
      countPublicationDay: false,
    })
    // The unit's publicity is the edition's typed publicity rule, and its setting shows that very rule.
    expect(shangyu2023.publicity?.rule).toBe(s.get(`${E}/unit-publicity`)?.value)
    expect(shangyu2023.publicity?.citation.quote).toBe("进行不少于5个工作日的公示")
    expect(shangyu2023.publicity?.objectionClause).toBeUndefined()
    expect(s.get(`${E}/prescribed-education`)?.value).toMatchObject({
      levels: ["associate", "bachelor", "master", "doctorate"],
    })
    expect(s.get(`${E}/assessment-years`)?.value).toEqual([2020, 2021, 2022])
    expect(s.get(`${E}/recent-five-years`)?.value).toEqual({ from: "2019-01-01", to: "2023-12-31" })
    expect(s.get(`${E}/foreign-language-computer`)?.value).toEqual({
      foreignLanguageRequired: false,
      computerRequired: false,
    })
    for (const id of [
      "continuing-education",
      "patents-rank-first",
      "residency-admitted",
      "no-assistant-requires-no-title",
      "two-of-five-alternative",
      "unrelated-major-extra-years",
      "exceptional-a-item-6",
      "zheli-engineer-list",
    ])
      expect(s.has(`${E}/${id}`), id).toBe(true)
  })

  it("has deadlines 2023-09-08 (individual) and 2023-09-21 (unit) on every track (五(二))", () => {
    for (const id of ALL_TRACKS) {
      const t = trackOf(profile(), id)
      expect(t.deadlines.map((x) => [x.kind, x.to])).toEqual([
        ["individual-application", "2023-09-08"],
        ["unit-recommendation", "2023-09-21"],
      ])
    }
  })

  it("lists what it does not encode, with reasons", () => {
    const articles = shangyu2023.notEncoded.map((n) => n.article).join(" | ")
    for (const a of ["一(二)1", "一(二)3", "附件1 一", "附件3 8", "附件1 二(二)2 B类", "四"])
      expect(articles).toContain(a)
    for (const n of shangyu2023.notEncoded) {
      expect(n.reason.zh.length).toBeGreaterThan(0)
      expect(n.reason.en.length).toBeGreaterThan(0)
    }
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: unknowns stay open", () => {
  it("an empty profile is never eligible or not eligible on any track", () => {
    for (const tr of run(decode({})).tracks) {
      expect(["incomplete", "needs-review"], tr.track).toContain(tr.status)
      expect(tr.missing.length, tr.track).toBeGreaterThan(0)
    }
  })

  it("a title obtained near the end of the calendar (2199) does not make the evaluation throw", () => {
    const p = profile({
      education: edu({ level: "high-school-or-below", degree: "none" }),
      titles: assistant("2199-06-01"),
    })
    expect(at(p, T.a, `${E}/exceptional-a/gate/without-education/assistant-4-years`)).toMatchObject({
      outcome: "unmet",
    })
  })
})

describe("shangyu-2023-3: citations", () => {
  const source = readFileSync(
    join(import.meta.dirname, "../../../../../shared/policy-sources", SOURCES.shangyu),
    "utf8",
  )
  const squash = (s: string) => s.replace(/\s+/g, "")
  const text = squash(source)

  const citationsOf = (c: C.Condition): ReadonlyArray<{ id: string; citation: Citation }> =>
    C.flatten(c).map((k) => ({ id: k.id, citation: k.citation }))

  // Materials of every track, for a profile that triggers every conditional item.
  const unknownish = decode({ ...BASE, education: undefined, pension: undefined })
  const ctx: C.Context = {
    profile: unknownish,
    asOf: CivilDate.make("2023-08-01"),
    reference: CivilDate.make("2023-12-31"),
  }

  const all: Array<{ id: string; citation: Citation }> = [
    { id: "reference", citation: shangyu2023.reference?.citation as Citation },
    ...shangyu2023.tracks.flatMap((t) => [
      { id: t.id, citation: t.citation },
      ...citationsOf(t.appliesWhen),
      ...t.requires.flatMap(citationsOf),
      ...t.judgedAtEvaluation.map((j, i) => ({ id: `${t.id}/judged/${i}`, citation: j.citation })),
      ...shangyu2023.materials(ctx, t).map((m) => ({ id: m.id, citation: m.citation })),
      ...shangyu2023.deadlines(ctx, t).map((x) => ({ id: x.id, citation: x.citation })),
    ]),
    ...shangyu2023.settings.map((s) => ({ id: s.id, citation: s.citation })),
  ]

  it("quotes the source verbatim (whitespace aside) in every citation", () => {
    expect(all.length).toBeGreaterThan(100)
    for (const { id, citation } of all) {
      expect(citation.document, id).toBe(E)
      expect(citation.source, id).toBe(SOURCES.shangyu)
      expect(citation.article.length, id).toBeGreaterThan(0)
      expect(text.includes(squash(citation.quote)), `${id}: 「${citation.quote}」`).toBe(true)
    }
  })

  it("gives every condition a stable, edition-prefixed, unique id and plain text in both languages", () => {
    for (const t of shangyu2023.tracks) {
      const conds = [t.appliesWhen, ...t.requires].flatMap(C.flatten)
      const ids = conds.map((c) => c.id)
      expect(new Set(ids).size, t.id).toBe(ids.length)
      for (const c of conds) {
        expect(c.id.startsWith(`${E}/`), c.id).toBe(true)
        expect(c.id, c.id).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/)
        expect(c.text.zh.length, c.id).toBeGreaterThan(0)
        expect(c.text.en.length, c.id).toBeGreaterThan(0)
      }
    }
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: who may apply (一(一))", () => {
  const W = `${E}/who`
  it("the base applicant is within scope and eligible on the normal track", () => {
    const t = trackOf(profile(), T.normal)
    expect(t.applicability.outcome).toBe("met")
    expect(t.status).toBe("eligible")
    expect(t.missing).toEqual([])
  })

  it.each([
    [
      "works outside Shangyu",
      { work: job({ place: "cn-zhejiang-shaoxing-yuecheng" }) },
      `${W}/works-in-shangyu`,
    ],
    [
      "state enterprise",
      { work: job({ employerKind: "state-enterprise" }) },
      `${W}/private-industrial-enterprise`,
    ],
    [
      "not an industrial enterprise",
      { work: job({ industrial: false }) },
      `${W}/private-industrial-enterprise`,
    ],
    ["another specialty", { work: job({ specialty: "化工" }) }, `${W}/specialty`],
    ["another sub-specialty", { work: job({ subSpecialty: "质量管理" }) }, `${W}/sub-specialty`],
    ["no current job", { work: job({ to: "2023-06-30" }) }, `${W}/works-in-shangyu`],
  ])("%s → not applicable to any track", (_, over, id) => {
    const p = profile(over)
    for (const tr of ALL_TRACKS) expect(trackOf(p, tr).status, tr).toBe("not-applicable")
    expect(at(p, T.normal, id).outcome).toBe("unmet")
  })

  it.each([
    ["industrial", { industrial: undefined }, "work[].industrial"],
    ["employer kind", { employerKind: undefined }, "work[].employerKind"],
    ["specialty", { specialty: undefined }, "work[].specialty"],
    ["sub-specialty", { subSpecialty: undefined }, "work[].subSpecialty"],
    ["place", { place: undefined }, "work[].place"],
  ])("unknown %s → incomplete, naming the field", (_, over, path) => {
    const t = trackOf(profile({ work: job(over) }), T.normal)
    expect(t.status).toBe("incomplete")
    expect(t.applicability.outcome).toBe("unknown")
    expect(t.missing).toContain(path)
  })

  it("no work history at all → incomplete, missing work", () => {
    const t = trackOf(profile({ work: undefined }), T.normal)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work")
  })

  it.each(["技术开发", "生产制造", "系统集成", "技术服务", "system-integration"])(
    "sub-specialty %s is accepted",
    (sub) => {
      expect(at(profile({ work: job({ subSpecialty: sub }) }), T.normal, `${W}/sub-specialty`).outcome).toBe(
        "met",
      )
    },
  )

  it.each([
    ["mainland", "eligible"],
    ["hk-macao-taiwan", "eligible"],
    ["foreign-permanent-resident", "eligible"],
    ["foreign-high-level-talent", "eligible"],
    ["foreign-other", "not-applicable"],
  ])("residency %s → %s", (residency, status) => {
    expect(trackOf(profile({}, { residency }), T.normal).status).toBe(status)
  })

  it("residency unknown → incomplete, missing status.residency", () => {
    const t = trackOf(profile({}, { residency: undefined }), T.normal)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${W}/residency`)).toMatchObject({ outcome: "unknown", missing: ["status.residency"] })
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: normal track (附件1 二(二)1 第一段)", () => {
  const N = `${E}/normal`
  it.each([
    // [case, education, assistant obtained, status, years-condition id, metOn]
    ["bachelor, 4 years completed on 2023-12-31", edu({}), "2020-01-01", "eligible", "bachelor", undefined],
    [
      "bachelor, 4 years completed only on 2024-01-01",
      edu({}),
      "2020-01-02",
      "not-eligible",
      "bachelor",
      "2024-01-01",
    ],
    [
      "bachelor degree only (本科 level unknown to us)",
      edu({ level: "associate", degree: "bachelor" }),
      "2020-01-01",
      "eligible",
      "bachelor",
      undefined,
    ],
    [
      "master degree, 2 years on 2023-12-31",
      edu({ level: "master", degree: "master" }),
      "2022-01-01",
      "eligible",
      "master",
      undefined,
    ],
    [
      "master degree, a day short",
      edu({ level: "master", degree: "master" }),
      "2022-01-02",
      "not-eligible",
      "master",
      "2024-01-01",
    ],
    [
      "second bachelor, 2 years",
      edu({ degree: "second-bachelor" }),
      "2022-01-01",
      "eligible",
      "master",
      undefined,
    ],
    [
      "associate, 4 years",
      edu({ level: "associate", degree: "none" }),
      "2020-01-01",
      "eligible",
      "associate",
      undefined,
    ],
    [
      "associate, a day short",
      edu({ level: "associate", degree: "none" }),
      "2020-01-02",
      "not-eligible",
      "associate",
      "2024-01-01",
    ],
  ])("%s", (_, education, obtained, status, branch, metOn) => {
    const t = trackOf(profile({ education, titles: assistant(obtained) }), T.normal)
    expect(t.status).toBe(status)
    const years = cond(t, `${N}/${branch}/years-after-assistant`)
    expect(years.outcome).toBe(status === "eligible" ? "met" : "unmet")
    expect(years.metOn).toBe(metOn)
    if (metOn !== undefined) expect(t.earliest).toEqual({ date: metOn, withinEdition: false })
  })

  it("a master without the degree (研究生 level, degree none) needs the 4 years of the bachelor branch", () => {
    const p = profile({
      education: edu({ level: "master", degree: "none" }),
      titles: assistant("2021-01-01"),
    })
    const t = trackOf(p, T.normal)
    expect(cond(t, `${N}/master/degree`).outcome).toBe("unmet")
    expect(cond(t, `${N}/bachelor/education`).outcome).toBe("met")
    expect(t.status).toBe("not-eligible")
  })

  it("counts only engineering-technical work after the title", () => {
    const work = [
      { ...JOB, from: "2012-07-01", to: "2021-12-31" },
      { ...JOB, workKind: "management", from: "2022-01-01", to: "present" },
    ]
    const t = trackOf(profile({ work, titles: assistant("2018-01-01") }), T.normal)
    // 2018-01-01 … 2021-12-31 is exactly 4 years.
    expect(cond(t, `${N}/bachelor/years-after-assistant`).outcome).toBe("met")
    const t2 = trackOf(
      profile({ work: [{ ...work[0], to: "2021-12-30" }, work[1]], titles: assistant("2018-01-01") }),
      T.normal,
    )
    expect(t2.status).toBe("not-eligible")
    expect(cond(t2, `${N}/bachelor/years-after-assistant`).metOn).toBeUndefined()
  })

  it("high school only: no branch applies", () => {
    const t = trackOf(
      profile({ education: edu({ level: "high-school-or-below", degree: "none" }) }),
      T.normal,
    )
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${N}/qualification`).metOn).toBeUndefined()
  })

  it("no assistant-engineer title → not eligible, no date", () => {
    const t = trackOf(profile({ titles: [] }), T.normal)
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${N}/bachelor/years-after-assistant`)).toMatchObject({ outcome: "unmet" })
  })

  it.each([
    ["titles", { titles: undefined }, "titles"],
    [
      "grade of a junior engineering title",
      { titles: [{ series: "engineering", level: "junior", obtained: "2018-01-01" }] },
      "titles[].grade",
    ],
    ["work kind", { work: job({ workKind: undefined }) }, "work[].workKind"],
    ["education", { education: undefined }, "education"],
  ])("unknown %s → incomplete", (_, over, path) => {
    const t = trackOf(profile(over), T.normal)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain(path)
  })

  it("degree unknown matters only when the 2-year branch could decide: bachelor with 3 years", () => {
    const p = profile({ education: edu({ degree: undefined }), titles: assistant("2020-06-01") })
    const t = trackOf(p, T.normal)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${N}/master/degree`)).toMatchObject({
      outcome: "unknown",
      missing: ["education[].degree"],
    })
    // With 4 years, the bachelor branch decides it.
    expect(trackOf(profile({ education: edu({ degree: undefined }) }), T.normal).status).toBe("eligible")
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: shared requirements", () => {
  const CE = `${E}/common/continuing-education`
  it.each([
    ["270 h total (216 + 54)", ce(216, 54), "eligible", undefined],
    ["269.5 h total", ce(215.5, 54), "not-eligible", `${CE}/total`],
    ["specialty 180, total 270", ce(180, 90), "eligible", undefined],
    ["specialty 179, total 270", ce(179, 91), "not-eligible", `${CE}/specialty`],
    ["general 54, total 270", ce(216, 54), "eligible", undefined],
    ["general 53, total 270", ce(217, 53), "not-eligible", `${CE}/general`],
  ])("continuing education: %s", (_, continuingEducation, status, failing) => {
    const t = trackOf(profile({ continuingEducation }), T.normal)
    expect(t.status).toBe(status)
    if (failing !== undefined) {
      expect(cond(t, failing).outcome).toBe("unmet")
      expect(cond(t, failing).metOn).toBeUndefined()
    }
  })

  it("continuing education counts 2021–2023 only", () => {
    const inside = [...ce(144, 36, 2021), ...ce(72, 18, 2023)]
    expect(trackOf(profile({ continuingEducation: inside }), T.normal).status).toBe("eligible")
    const outside = [...ce(144, 36, 2021), ...ce(72, 18, 2020)]
    expect(cond(trackOf(profile({ continuingEducation: outside }), T.normal), `${CE}/total`).outcome).toBe(
      "unmet",
    )
  })

  it("continuing education unknown → incomplete, missing continuingEducation", () => {
    const t = trackOf(profile({ continuingEducation: undefined }), T.normal)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${CE}/total`).missing).toEqual(["continuingEducation"])
  })

  const A = `${E}/common/assessments`
  it.each([
    ["competent 2020–2022", [2020, 2021, 2022].map((year) => ({ year, result: "competent" })), "met"],
    ["excellent 2020–2022", [2020, 2021, 2022].map((year) => ({ year, result: "excellent" })), "met"],
    [
      "basically competent in 2021",
      [
        { year: 2020, result: "competent" },
        { year: 2021, result: "basically-competent" },
        { year: 2022, result: "competent" },
      ],
      "unmet",
    ],
    [
      "none recorded for 2022",
      [
        { year: 2020, result: "competent" },
        { year: 2021, result: "competent" },
      ],
      "unmet",
    ],
    [
      "2021–2023 instead of 2020–2022",
      [2021, 2022, 2023].map((year) => ({ year, result: "competent" })),
      "unmet",
    ],
  ])("assessments (附件1 二(三), 附件3 9): %s", (_, assessments, outcome) => {
    expect(at(profile({ assessments }), T.normal, A).outcome).toBe(outcome)
  })

  it("assessments unknown → incomplete", () => {
    expect(at(profile({ assessments: undefined }), T.normal, A)).toMatchObject({
      outcome: "unknown",
      missing: ["assessments"],
    })
  })

  // Ruling 7 (四 从评审次年起3年内): the banned years come from the evaluation year the finding records.
  const I = `${E}/common/no-integrity-ban`
  const ban = (evaluationYear: number, foundOn: string) => ({ integrityBans: [{ evaluationYear, foundOn }] })
  it.each([
    ["fraud in the 2022 evaluation bars 2023 (its 1st year)", ban(2022, "2022-11-01"), "unmet", "2026-01-01"],
    ["fraud in the 2020 evaluation bars 2023 (its 3rd year)", ban(2020, "2023-02-01"), "unmet", "2024-01-01"],
    ["fraud in the 2019 evaluation: 2020–2022 only", ban(2019, "2019-11-01"), "met", undefined],
    [
      "fraud in the 2023 evaluation itself bars from 2024, not 2023",
      ban(2023, "2023-07-01"),
      "met",
      undefined,
    ],
    [
      "a finding after the day asked does not exist yet (ruling 10)",
      ban(2022, "2023-08-02"),
      "met",
      undefined,
    ],
  ])("四, ruling 7: %s", (_, status, outcome, metOn) => {
    const r = cond(trackOf(profile({}, status), T.normal), I)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
  })

  it("四, ruling 7: found years later, the ban still runs from the evaluation year (fraud in 2020, found 2023)", () => {
    expect(trackOf(profile({}, ban(2020, "2023-03-01")), T.normal).status).toBe("not-eligible")
  })

  it("ruling 7: typed years are not trusted — `fromYear: 2022, toYear: 2022` after a 2022 finding is refused", () => {
    expect(() =>
      profile({}, { integrityBans: [{ foundOn: "2022-05-01", fromYear: 2022, toYear: 2022 }] }),
    ).toThrow(/a ban runs 3 evaluation years/)
    expect(() =>
      profile({}, { integrityBans: [{ foundOn: "2022-05-01", fromYear: 2025, toYear: 2023 }] }),
    ).toThrow(/inverted range/)
    expect(() => profile({}, ban(2023, "2022-05-01"))).toThrow(/a finding cannot precede the fraud/)
  })

  it("ruling 7: a record of the derived years (2021–2023) still decodes, as fraud in the 2020 evaluation", () => {
    const p = profile({}, { integrityBans: [{ foundOn: "2020-11-01", fromYear: 2021, toYear: 2023 }] })
    expect(p.status?.integrityBans).toEqual([{ evaluationYear: 2020, foundOn: "2020-11-01" }])
    expect(cond(trackOf(p, T.normal), I)).toMatchObject({ outcome: "unmet", metOn: "2024-01-01" })
  })

  it("integrity record unknown → incomplete", () => {
    expect(trackOf(profile({}, { integrityBans: undefined }), T.normal).missing).toContain(
      "status.integrityBans",
    )
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: no assistant-engineer title (附件1 二(二)1 第二段)", () => {
  const D = `${E}/no-assistant/degree-and-years`
  const noTitle = (over: Json, achievements: Json = {}) => profile({ titles: [], ...over }, {}, achievements)

  it.each([
    // [case, education, work from, outcome, branch, metOn]
    [
      "bachelor, 5 years to 2023-12-31",
      edu({ graduated: "2018-06-30" }),
      "2019-01-01",
      "met",
      "bachelor",
      undefined,
    ],
    [
      "bachelor, a day short",
      edu({ graduated: "2018-06-30" }),
      "2019-01-02",
      "unmet",
      "bachelor",
      "2024-01-01",
    ],
    [
      "bachelor, years only from graduation",
      edu({ graduated: "2019-01-01" }),
      "2015-01-01",
      "met",
      "bachelor",
      undefined,
    ],
    [
      "bachelor, graduated a day later",
      edu({ graduated: "2019-01-02" }),
      "2015-01-01",
      "unmet",
      "bachelor",
      "2024-01-01",
    ],
    [
      "bachelor unrelated major, 6 years",
      edu({ graduated: "2017-06-30", relatedness: "unrelated" }),
      "2018-01-01",
      "met",
      "bachelor",
      undefined,
    ],
    [
      "bachelor unrelated major, 5 years only",
      edu({ graduated: "2017-06-30", relatedness: "unrelated" }),
      "2018-01-02",
      "unmet",
      "bachelor",
      "2024-01-01",
    ],
    [
      "master, 2 years",
      edu({ level: "master", degree: "master", graduated: "2021-06-30" }),
      "2022-01-01",
      "met",
      "postgraduate",
      undefined,
    ],
    [
      "master, a day short",
      edu({ level: "master", degree: "master", graduated: "2021-06-30" }),
      "2022-01-02",
      "unmet",
      "postgraduate",
      "2024-01-01",
    ],
    [
      "master degree without 研究生 level",
      edu({ degree: "master", graduated: "2021-06-30" }),
      "2022-01-01",
      "met",
      "postgraduate",
      undefined,
    ],
    [
      "master unrelated, 3 years",
      edu({ level: "master", degree: "master", graduated: "2020-06-30", relatedness: "unrelated" }),
      "2021-01-01",
      "met",
      "postgraduate",
      undefined,
    ],
    [
      "master unrelated, 2 years only",
      edu({ level: "master", degree: "master", graduated: "2020-06-30", relatedness: "unrelated" }),
      "2021-01-02",
      "unmet",
      "postgraduate",
      "2024-01-01",
    ],
    [
      "associate, 7 years",
      edu({ level: "associate", degree: "none", graduated: "2016-06-30" }),
      "2017-01-01",
      "met",
      "associate",
      undefined,
    ],
    [
      "associate, a day short",
      edu({ level: "associate", degree: "none", graduated: "2016-06-30" }),
      "2017-01-02",
      "unmet",
      "associate",
      "2024-01-01",
    ],
    [
      "associate unrelated, 8 years",
      edu({ level: "associate", degree: "none", graduated: "2015-06-30", relatedness: "unrelated" }),
      "2016-01-01",
      "met",
      "associate",
      undefined,
    ],
    [
      "associate unrelated, 7 years only",
      edu({ level: "associate", degree: "none", graduated: "2015-06-30", relatedness: "unrelated" }),
      "2016-01-02",
      "unmet",
      "associate",
      "2024-01-01",
    ],
  ])("%s", (_, education, from, outcome, branch, metOn) => {
    const t = trackOf(noTitle({ education, work: job({ from }) }), T.noAssistant)
    const r = cond(t, `${D}/${branch}`)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
    expect(cond(t, D).outcome).toBe(outcome)
    // Unmet: none of the 5 items is met either (item (1)'s review alone cannot make 2).
    expect(t.status).toBe(outcome === "met" ? "eligible" : "not-eligible")
    if (metOn !== undefined) expect(t.earliest).toEqual({ date: metOn, withinEdition: false })
  })

  it("relatedness of the major unknown: unknown only between 5 and 6 years", () => {
    const at5 = trackOf(
      noTitle({
        education: edu({ graduated: "2018-06-30", relatedness: undefined }),
        work: job({ from: "2018-07-01" }),
      }),
      T.noAssistant,
    )
    expect(cond(at5, `${D}/bachelor`)).toMatchObject({
      outcome: "unknown",
      missing: ["education[].relatedness"],
    })
    const at6 = trackOf(
      noTitle({
        education: edu({ graduated: "2017-06-30", relatedness: undefined }),
        work: job({ from: "2017-07-01" }),
      }),
      T.noAssistant,
    )
    expect(cond(at6, `${D}/bachelor`).outcome).toBe("met")
    const at4 = trackOf(
      noTitle({
        education: edu({ graduated: "2019-06-30", relatedness: undefined }),
        work: job({ from: "2019-07-01" }),
      }),
      T.noAssistant,
    )
    expect(cond(at4, `${D}/bachelor`).outcome).toBe("unmet")
  })

  it("graduation date unknown → unknown (years are counted after graduating)", () => {
    const t = trackOf(
      noTitle({ education: edu({ graduated: undefined }), work: job({ from: "2015-01-01" }) }),
      T.noAssistant,
    )
    expect(cond(t, `${D}/bachelor`)).toMatchObject({ outcome: "unknown" })
    expect(cond(t, `${D}/bachelor`).missing).toContain("education[].graduated")
  })

  it("holding the assistant-engineer title rules this track out (ruling recorded as a setting)", () => {
    const t = trackOf(
      profile({ education: edu({ graduated: "2015-06-30" }), work: job({ from: "2015-07-01" }) }),
      T.noAssistant,
    )
    expect(cond(t, `${E}/no-assistant/no-assistant-title`).outcome).toBe("unmet")
    expect(t.status).toBe("not-eligible")
  })

  // 2 of 5: high-school education, so the degree-and-years branch never applies.
  const F = `${E}/no-assistant/two-of-five`
  const hs = {
    education: edu({ level: "high-school-or-below", degree: "none", graduated: "2010-06-30" }),
    work: job({ from: "2016-01-01" }),
  }
  const patent = { patents: [{ kind: "invention", rank: 1, granted: "2020-05-01" }] }
  const post = { posts: [{ kind: "county-academic-leader", from: "2022-01-01", to: "present" }] }

  it("0 of 5 (and item (1)'s review cannot reach 2) → not eligible", () => {
    const t = trackOf(noTitle(hs), T.noAssistant)
    expect(cond(t, F).outcome).toBe("unmet")
    expect(t.status).toBe("not-eligible")
  })

  it("1 of 5 → needs review (item (1) 'key technical problems' could be the second)", () => {
    const t = trackOf(noTitle(hs, patent), T.noAssistant)
    expect(cond(t, F).outcome).toBe("review")
    expect(t.status).toBe("needs-review")
    expect(t.reviews).toContain(`${F}/1-projects/key-problems`)
  })

  it("2 of 5 → eligible on their own (DOMAIN.md ruling 4)", () => {
    const t = trackOf(noTitle(hs, { ...patent, ...post }), T.noAssistant)
    expect(cond(t, D).outcome).toBe("unmet")
    expect(cond(t, F).outcome).toBe("met")
    expect(t.status).toBe("eligible")
  })

  it("a statement on record is shown as evidence for the review", () => {
    const t = trackOf(
      noTitle(hs, { ...patent, statements: { [`${F}/1-projects/key-problems`]: "主持解决电机温升难题" } }),
      T.noAssistant,
    )
    expect(cond(t, `${F}/1-projects/key-problems`)).toMatchObject({
      outcome: "review",
      evidence: "主持解决电机温升难题",
    })
  })

  it.each([
    [
      "city technology-innovation project, main",
      { projects: [{ kind: "technology-innovation", level: "city", role: "main", date: "2021-01-01" }] },
      "met",
    ],
    [
      "county technology-innovation project",
      { projects: [{ kind: "technology-innovation", level: "county", role: "lead", date: "2021-01-01" }] },
      "unmet",
    ],
    [
      "provincial new product, lead designer",
      { projects: [{ kind: "new-product", level: "provincial", role: "lead", date: "2021-01-01" }] },
      "met",
    ],
    [
      "city new product, participant",
      { projects: [{ kind: "new-product", level: "city", role: "participant", date: "2021-01-01" }] },
      "unmet",
    ],
    [
      "key enterprise's major project, main",
      {
        projects: [
          {
            kind: "key-sci-tech",
            level: "enterprise",
            role: "main",
            keyEnterprise: true,
            date: "2021-01-01",
          },
        ],
      },
      "met",
    ],
    [
      "key enterprise unknown",
      { projects: [{ kind: "key-sci-tech", level: "enterprise", role: "main", date: "2021-01-01" }] },
      "unknown",
    ],
  ])("item (1): %s", (_, ach, outcome) => {
    expect(at(noTitle(hs, ach), T.noAssistant, `${F}/1-projects/listed`).outcome).toBe(outcome)
  })

  it.each([
    [
      "invention rank 1 granted 2019-01-01",
      { patents: [{ kind: "invention", rank: 1, granted: "2019-01-01" }] },
      "met",
    ],
    [
      "invention rank 1 granted 2018-12-31 (outside 近五年)",
      { patents: [{ kind: "invention", rank: 1, granted: "2018-12-31" }] },
      "unmet",
    ],
    [
      "invention rank 1 granted 2023-08-01, the day asked",
      { patents: [{ kind: "invention", rank: 1, granted: "2023-08-01" }] },
      "met",
    ],
    [
      "invention rank 1 granted 2023-08-02, after the day asked: does not exist yet (ruling 10)",
      { patents: [{ kind: "invention", rank: 1, granted: "2023-08-02" }] },
      "unmet",
    ],
    ["invention rank 2", { patents: [{ kind: "invention", rank: 2, granted: "2021-01-01" }] }, "unmet"],
    ["software copyright rank 1", { softwareCopyrights: [{ rank: 1, registered: "2022-03-01" }] }, "met"],
    ["software copyright rank not given", { softwareCopyrights: [{ registered: "2022-03-01" }] }, "unknown"],
    [
      "3 utility models rank 1",
      { patents: [1, 2, 3].map((i) => ({ kind: "utility-model", rank: 1, granted: `202${i}-01-01` })) },
      "met",
    ],
    [
      "2 utility models rank 1",
      { patents: [1, 2].map((i) => ({ kind: "utility-model", rank: 1, granted: `202${i}-01-01` })) },
      "unmet",
    ],
    [
      "3 utility models, one rank 2",
      {
        patents: [1, 2, 3].map((i) => ({
          kind: "utility-model",
          rank: i === 3 ? 2 : 1,
          granted: `202${i}-01-01`,
        })),
      },
      "unmet",
    ],
    [
      "3 utility models, one outside the window",
      {
        patents: [8, 2, 3].map((i) => ({
          kind: "utility-model",
          rank: 1,
          granted: `201${i}-01-01`.replace("2012", "2022").replace("2013", "2023"),
        })),
      },
      "unmet",
    ],
    [
      "design patents do not count",
      { patents: [1, 2, 3].map((i) => ({ kind: "design", rank: 1, granted: `202${i}-01-01` })) },
      "unmet",
    ],
    ["patents not given", { patents: undefined }, "unknown"],
  ])("item (2): %s", (_, ach, outcome) => {
    expect(at(noTitle(hs, ach), T.noAssistant, `${F}/2-patents`).outcome).toBe(outcome)
  })

  it.each([
    [
      "department head from 2021-01-01",
      [{ kind: "technical-department-head", from: "2021-01-01", to: "present" }],
      "met",
      undefined,
    ],
    [
      "department head from 2021-01-02",
      [{ kind: "technical-department-head", from: "2021-01-02", to: "present" }],
      "unmet",
      "2024-01-01",
    ],
    [
      "technical executive 2015–2018",
      [{ kind: "enterprise-technical-leader", from: "2015-01-01", to: "2017-12-31" }],
      "met",
      undefined,
    ],
    [
      "city innovation team core member",
      [{ kind: "city-innovation-team-core", from: "2023-01-01", to: "present" }],
      "met",
      undefined,
    ],
    [
      "chief technical lead does not count here",
      [{ kind: "chief-technical-lead", enterpriseSize: "small", from: "2010-01-01", to: "present" }],
      "unmet",
      undefined,
    ],
  ])("item (3): %s", (_, posts, outcome, metOn) => {
    const r = at(noTitle(hs, { posts }), T.noAssistant, `${F}/3-posts`)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
  })

  it.each([
    ["from 2014-01-01: 10 years", "2014-01-01", "related", "met", undefined],
    ["from 2014-01-02: a day short", "2014-01-02", "related", "unmet", "2024-01-01"],
    ["unrelated work does not count", "2010-01-01", "unrelated", "unmet", undefined],
    ["relatedness of work unknown", "2010-01-01", undefined, "unknown", undefined],
  ])("item (4) 本专业技术工作: %s", (_, from, relatedness, outcome, metOn) => {
    const r = at(noTitle({ ...hs, work: job({ from, relatedness }) }), T.noAssistant, `${F}/4-ten-years`)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
    if (outcome === "unknown") expect(r.missing).toEqual(["work[].relatedness"])
  })

  it.each([
    [
      "county government commendation",
      { kind: "talent-commendation", level: "county", byGovernment: true, date: "2020-01-01" },
      "met",
    ],
    [
      "city model worker",
      { kind: "model-worker", level: "city", byGovernment: true, date: "2020-01-01" },
      "met",
    ],
    [
      "enterprise honour",
      { kind: "talent-commendation", level: "enterprise", byGovernment: false, date: "2020-01-01" },
      "unmet",
    ],
    [
      "association honour",
      { kind: "other", level: "city", byGovernment: false, date: "2020-01-01" },
      "unmet",
    ],
    [
      "conferring body unknown",
      { kind: "talent-commendation", level: "county", date: "2020-01-01" },
      "unknown",
    ],
  ])("item (5): %s", (_, honour, outcome) => {
    expect(at(noTitle(hs, { honours: [honour] }), T.noAssistant, `${F}/5-commended`).outcome).toBe(outcome)
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: exceptional track A (附件1 二(二)2 A类)", () => {
  const A = `${E}/exceptional-a`
  const S = `${A}/three-of-seven`
  const G = `${A}/gate`
  // High school only, assistant engineer since 2020-01-01 (4 years on 2023-12-31), technical work since 2003-01-01.
  const hs = edu({ level: "high-school-or-below", degree: "none", graduated: "2002-06-30" })
  const base = { education: hs, titles: assistant("2020-01-01"), work: job({ from: "2003-01-01" }) }
  const award = {
    awards: [
      {
        kind: "sci-tech-progress",
        level: "city",
        grade: "second",
        role: "main-contributor",
        date: "2021-01-01",
      },
    ],
  }
  const honour = {
    honours: [{ kind: "model-worker", level: "city", byGovernment: true, date: "2021-05-01" }],
  }
  const zheli = { zheliEngineerRank: { year: 2022, rank: 10 } }
  // Item (6) not met: 13 whole years since graduating from high school (20 needed, ruling 8).
  const short = { education: edu({ level: "high-school-or-below", degree: "none", graduated: "2010-06-30" }) }

  it("1 of 7 (+ item (4) open) → not eligible", () => {
    const t = trackOf(profile({ ...base, ...short }, {}, award), T.a)
    expect(cond(t, S).outcome).toBe("unmet")
    expect(t.status).toBe("not-eligible")
  })

  it("2 of 7 → needs review: item (4) is always a person's judgement", () => {
    const t = trackOf(profile({ ...base, ...short }, {}, { ...award, ...honour }), T.a)
    expect(cond(t, S).outcome).toBe("review")
    expect(t.status).toBe("needs-review")
    expect(t.reviews).toContain(`${S}/4-new-products`)
  })

  it("3 of 7 → eligible", () => {
    const t = trackOf(profile({ ...base, ...short }, {}, { ...award, ...honour, ...zheli }), T.a)
    expect(cond(t, S).outcome).toBe("met")
    expect(t.status).toBe("eligible")
    expect(t.materials.map((m) => m.id)).toContain(`${E}/materials/exceptional-approval-form`)
  })

  it("item (6) with item (2) and (5) → eligible (20 years with high-school education)", () => {
    expect(trackOf(profile(base, {}, { ...award, ...honour }), T.a).status).toBe("eligible")
  })

  it.each([
    ["no 大专, assistant since 2020-01-01 (4 years)", hs, "2020-01-01", "met", undefined],
    ["no 大专, assistant since 2020-01-02", hs, "2020-01-02", "unmet", "2024-01-01"],
    [
      "大专, assistant since 2021-01-01 (3 years, under 4)",
      edu({ level: "associate", degree: "none" }),
      "2021-01-01",
      "met",
      undefined,
    ],
    [
      "大专, assistant since 2021-01-02",
      edu({ level: "associate", degree: "none" }),
      "2021-01-02",
      "unmet",
      "2024-01-01",
    ],
    [
      "大专, assistant since 2020-01-02 (3 years, under 4)",
      edu({ level: "associate", degree: "none" }),
      "2020-01-02",
      "met",
      undefined,
    ],
    [
      "大专, assistant since 2020-01-01 (4 years: normal track instead)",
      edu({ level: "associate", degree: "none" }),
      "2020-01-01",
      "unmet",
      undefined,
    ],
    [
      "中专 is not the prescribed education",
      edu({ level: "secondary-vocational", degree: "none" }),
      "2020-01-01",
      "met",
      undefined,
    ],
    ["no title", hs, undefined, "unmet", undefined],
  ])("gate: %s", (_, education, obtained, outcome, metOn) => {
    const p = profile({ ...base, education, titles: obtained === undefined ? [] : assistant(obtained) })
    const r = at(p, T.a, G)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
  })

  it("gate unknown when education is not given", () => {
    expect(at(profile({ ...base, education: undefined }), T.a, G)).toMatchObject({
      outcome: "unknown",
      missing: ["education"],
    })
  })

  it.each([
    [
      "2 provincial-journal papers → review (are they of value?)",
      [
        { venue: "provincial-journal", date: "2020-01-01" },
        { venue: "provincial-conference", date: "2021-01-01" },
      ],
      "review",
    ],
    ["1 paper", [{ venue: "provincial-journal", date: "2020-01-01" }], "unmet"],
    [
      "2 papers elsewhere",
      [
        { venue: "other", date: "2020-01-01" },
        { venue: "other", date: "2021-01-01" },
      ],
      "unmet",
    ],
  ])("item (1): %s", (_, papers, outcome) => {
    expect(at(profile(base, {}, { papers }), T.a, `${S}/1-papers`).outcome).toBe(outcome)
  })

  it.each([
    [
      "national sci-tech award, main contributor",
      { kind: "sci-tech-progress", level: "national", grade: "third", role: "main-contributor" },
      "met",
    ],
    [
      "provincial invention award, participant",
      { kind: "invention", level: "provincial", grade: "first", role: "participant" },
      "unmet",
    ],
    [
      "city second prize",
      { kind: "natural-science", level: "city", grade: "second", role: "main-contributor" },
      "met",
    ],
    [
      "city third prize",
      { kind: "natural-science", level: "city", grade: "third", role: "main-contributor" },
      "unmet",
    ],
    [
      "provincial department first prize",
      { kind: "sci-tech-progress", level: "provincial-department", grade: "first", role: "main-contributor" },
      "met",
    ],
    [
      "county first prize",
      { kind: "sci-tech-progress", level: "county", grade: "first", role: "main-contributor" },
      "met",
    ],
    [
      "county second prize",
      { kind: "sci-tech-progress", level: "county", grade: "second", role: "main-contributor" },
      "unmet",
    ],
    [
      "city prize, grade unknown",
      { kind: "sci-tech-progress", level: "city", role: "main-contributor" },
      "unknown",
    ],
    [
      "provincial excellent design",
      { kind: "excellent-design", level: "provincial", role: "main-contributor" },
      "met",
    ],
    ["city excellent design", { kind: "excellent-design", level: "city", role: "main-contributor" }, "unmet"],
    [
      "city quality engineering, technical lead",
      { kind: "quality-engineering", level: "city", role: "technical-lead" },
      "met",
    ],
    ["enterprise award", { kind: "other", level: "enterprise", role: "main-contributor" }, "unmet"],
  ])("item (2): %s", (_, a, outcome) => {
    expect(
      at(profile(base, {}, { awards: [{ ...a, date: "2021-01-01" }] }), T.a, `${S}/2-awards`).outcome,
    ).toBe(outcome)
  })

  it.each([
    [
      "chief technical lead of a medium enterprise since 2021-01-01",
      { enterpriseSize: "large-or-medium", from: "2021-01-01", to: "present" },
      "met",
      undefined,
    ],
    [
      "… since 2021-01-02",
      { enterpriseSize: "large-or-medium", from: "2021-01-02", to: "present" },
      "unmet",
      "2024-01-01",
    ],
    [
      "… 2015–2022 but no longer in post",
      { enterpriseSize: "large-or-medium", from: "2015-01-01", to: "2022-12-31" },
      "unmet",
      undefined,
    ],
    [
      "… of a small enterprise",
      { enterpriseSize: "small", from: "2015-01-01", to: "present" },
      "unmet",
      undefined,
    ],
    ["… size unknown", { from: "2015-01-01", to: "present" }, "unknown", undefined],
  ])("item (3) post: %s", (_, post, outcome, metOn) => {
    const r = at(
      profile(base, {}, { posts: [{ kind: "chief-technical-lead", ...post }] }),
      T.a,
      `${S}/3-lead/chief-technical-lead`,
    )
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
  })

  it("item (3) key project: a machine checks the role, a person the results", () => {
    const projects = [{ kind: "key-engineering", level: "provincial", role: "lead", date: "2021-01-01" }]
    const t = trackOf(profile(base, {}, { projects }), T.a)
    expect(cond(t, `${S}/3-lead/key-project/role`).outcome).toBe("met")
    expect(cond(t, `${S}/3-lead`).outcome).toBe("review")
    expect(t.reviews).toContain(`${S}/3-lead/key-project/outstanding`)
  })

  it.each([
    ["city model worker", { kind: "model-worker", level: "city", byGovernment: true }, "met"],
    ["county model worker", { kind: "model-worker", level: "county", byGovernment: true }, "unmet"],
    [
      "county excellent specialist",
      { kind: "excellent-specialist", level: "county", byGovernment: true },
      "met",
    ],
    [
      "association's advanced worker",
      { kind: "sci-tech-advanced-worker", level: "city", byGovernment: false },
      "unmet",
    ],
    ["conferring body unknown", { kind: "tech-management-advanced-worker", level: "city" }, "unknown"],
  ])("item (5): %s", (_, h, outcome) => {
    expect(
      at(profile(base, {}, { honours: [{ ...h, date: "2021-01-01" }] }), T.a, `${S}/5-honours`).outcome,
    ).toBe(outcome)
  })

  // Ruling 8: whole years from the graduation date to 2023-12-31 (15 for 中专 or more, 20 otherwise), for a
  // person engaged in professional-technical work on that day — not years of work. The work here began
  // in 2020, so every "met" below is met by the years since graduating alone.
  const recent = job({ from: "2020-01-01" })
  it.each([
    [
      "high school graduated 2004-01-01: 20 years on 2023-12-31",
      "high-school-or-below",
      "2004-01-01",
      "met",
      undefined,
    ],
    [
      "high school graduated 2004-01-02: 19 years",
      "high-school-or-below",
      "2004-01-02",
      "unmet",
      "2024-01-01",
    ],
    ["中专 graduated 2009-01-01: 15 years", "secondary-vocational", "2009-01-01", "met", undefined],
    ["中专 graduated 2009-01-02: 14 years", "secondary-vocational", "2009-01-02", "unmet", "2024-01-01"],
    [
      "a technical-school class is other education: 20 years needed",
      "technical-school-intermediate-class",
      "2009-01-01",
      "unmet",
      "2028-12-31",
    ],
  ])("item (6), 附件1 二(二)2 A类 (6), ruling 8: %s", (_, level, graduated, outcome, metOn) => {
    const p = profile({ ...base, education: edu({ level, degree: "none", graduated }), work: recent })
    const r = at(p, T.a, `${S}/6-years`)
    expect(r.outcome).toBe(outcome)
    expect(r.metOn).toBe(metOn)
  })

  it("item (6), ruling 8: 25 years of work do not make up for 13 years since graduating", () => {
    const p = profile({
      ...base,
      education: edu({ level: "high-school-or-below", degree: "none", graduated: "2010-06-30" }),
      work: job({ from: "1998-01-01" }),
    })
    expect(at(p, T.a, `${S}/6-years`).outcome).toBe("unmet")
  })

  it("item (6), ruling 8: engaged in professional-technical work on 2023-12-31 — a job ended before fails", () => {
    const grad = edu({ level: "high-school-or-below", degree: "none", graduated: "2000-06-30" })
    const ended = profile({ ...base, education: grad, work: job({ from: "2020-01-01", to: "2023-07-31" }) })
    const r = at(ended, T.a, `${S}/6-years`)
    expect([r.outcome, r.metOn, r.observed]).toEqual([
      "unmet",
      undefined,
      expect.stringContaining("not engaged"),
    ])
    const other = profile({
      ...base,
      education: grad,
      work: job({ from: "2020-01-01", workKind: "management" }),
    })
    expect(at(other, T.a, `${S}/6-years`).outcome).toBe("unmet")
    const open = profile({
      ...base,
      education: grad,
      work: [{ ...JOB, from: "2020-01-01", workKind: undefined }],
    })
    expect(at(open, T.a, `${S}/6-years`)).toMatchObject({ outcome: "unknown", missing: ["work[].workKind"] })
  })

  it("item (6), ruling 8: without a graduation date the years are unknown", () => {
    const p = profile({
      ...base,
      education: [{ level: "secondary-vocational", degree: "none" }],
      work: recent,
    })
    expect(at(p, T.a, `${S}/6-years`)).toMatchObject({
      outcome: "unknown",
      missing: ["education[].graduated"],
    })
  })

  it.each([
    ["rank 10 in 2022", { year: 2022, rank: 10 }, "met"],
    ["rank 11 in 2022", { year: 2022, rank: 11 }, "unmet"],
    ["rank 1 in 2021", { year: 2021, rank: 1 }, "unmet"],
    ["not given", undefined, "unknown"],
    ["not on the list", "not-listed", "unmet"],
  ])("item (7) 浙里工程师: %s", (_, zheliEngineerRank, outcome) => {
    const r = at(profile(base, {}, { zheliEngineerRank }), T.a, `${S}/7-zheli-top-ten`)
    expect(r.outcome).toBe(outcome)
    expect(r.missing).toEqual(outcome === "unknown" ? ["achievements.zheliEngineerRank"] : [])
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: exceptional track B (附件1 二(二)2 B类)", () => {
  const Q = `${E}/exceptional-b/qualification`
  const base = { education: edu({ level: "secondary-vocational", degree: "none" }), titles: [] }
  const honour = (over: Json = {}) => ({
    enterpriseHonours: [
      { level: "provincial", listItem: 6, published: "2023-01-15", mainTechnicalLead: true, ...over },
    ],
  })

  it.each([
    ["published 2022-06-30", "2022-06-30", "not-eligible"],
    ["published 2022-07-01", "2022-07-01", "eligible"],
    ["published 2023-06-30", "2023-06-30", "eligible"],
    ["published 2023-07-01", "2023-07-01", "not-eligible"],
  ])("honour %s (DOMAIN.md ruling 3)", (_, published, status) => {
    const t = trackOf(profile(base, {}, honour({ published })), T.b)
    expect(t.status).toBe(status)
    expect(cond(t, `${Q}/honour-window`).outcome).toBe(status === "eligible" ? "met" : "unmet")
  })

  it("not the main technical lead → not eligible; unknown → incomplete", () => {
    expect(trackOf(profile(base, {}, honour({ mainTechnicalLead: false })), T.b).status).toBe("not-eligible")
    const t = trackOf(profile(base, {}, honour({ mainTechnicalLead: undefined })), T.b)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("achievements.enterpriseHonours[].mainTechnicalLead")
  })

  it("with 大专 education, or with the assistant-engineer title → not eligible", () => {
    const a = trackOf(
      profile({ ...base, education: edu({ level: "associate", degree: "none" }) }, {}, honour()),
      T.b,
    )
    expect(cond(a, `${Q}/lacks-education`).outcome).toBe("unmet")
    expect(a.status).toBe("not-eligible")
    const b = trackOf(profile({ ...base, titles: assistant("2022-01-01") }, {}, honour()), T.b)
    expect(cond(b, `${Q}/no-assistant-title`).outcome).toBe("unmet")
    expect(b.status).toBe("not-eligible")
  })

  it("lists the approval form and the project application among its materials", () => {
    const ids = trackOf(profile(base, {}, honour()), T.b).materials.map((m) => m.id)
    expect(ids).toContain(`${E}/materials/exceptional-approval-form`)
    expect(ids).toContain(`${E}/materials/honour-project-application`)
  })

  it("enterprise honours unknown → incomplete", () => {
    const t = trackOf(profile(base, {}, { enterpriseHonours: undefined }), T.b)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("achievements.enterpriseHonours")
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: skilled-talent track (附件1 二(二)3)", () => {
  const Q = `${E}/skilled-talent/qualification`
  const skilled = (level: string, obtained: string, workKind = "skill-technical") =>
    profile({
      education: edu({ level: "secondary-vocational", degree: "none" }),
      titles: [],
      skills: [{ level, obtained }],
      work: job({ workKind, from: "2012-07-01" }),
    })

  it.each([
    ["technician since 2021-01-01", "technician", "2021-01-01", "skill-technical", "eligible", undefined],
    [
      "technician since 2021-01-02",
      "technician",
      "2021-01-02",
      "skill-technical",
      "not-eligible",
      "2024-01-01",
    ],
    [
      "senior technician since 2020-06-01",
      "senior-technician",
      "2020-06-01",
      "skill-technical",
      "eligible",
      undefined,
    ],
    ["senior worker only", "senior-worker", "2015-01-01", "skill-technical", "not-eligible", undefined],
    [
      "technician, then engineering-technical work",
      "technician",
      "2019-01-01",
      "engineering-technical",
      "eligible",
      undefined,
    ],
    ["technician, then management work", "technician", "2019-01-01", "management", "not-eligible", undefined],
  ])("%s", (_, level, obtained, workKind, status, metOn) => {
    const t = trackOf(skilled(level, obtained, workKind), T.skilled)
    expect(t.status).toBe(status)
    expect(cond(t, Q).metOn).toBe(metOn)
  })

  it("skills unknown → incomplete, missing skills", () => {
    const t = trackOf(profile({ skills: undefined }), T.skilled)
    expect(t.status).toBe("incomplete")
    expect(cond(t, Q).missing).toEqual(["skills"])
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: materials (附件3; 三(三))", () => {
  const ids = (p: Profile, track: string = T.normal) =>
    trackOf(p, track).materials.map((m) => m.id.replace(`${E}/materials/`, ""))

  it("the base applicant: items 1–9 and 11, no conditional uploads, no exceptional form", () => {
    const m = ids(profile())
    expect(m).toEqual([
      "evaluation-form",
      "paper-submission",
      "truthfulness-pledge",
      "education-not-extracted",
      "certificates",
      "pension-proof",
      "work-history",
      "continuing-education",
      "achievements",
      "assessments",
      "work-summary",
    ])
  })

  it("graduated before 2001 → diploma and graduate registration form", () => {
    const m = ids(profile({ education: edu({ graduated: "2000-07-01" }) }))
    expect(m).toContain("education-before-2001")
    expect(m).not.toContain("education-not-extracted")
    expect(ids(profile({ education: edu({ graduated: "2001-01-01" }) }))).not.toContain(
      "education-before-2001",
    )
  })

  it("foreign or HK/Macao/Taiwan degree → certification", () => {
    expect(ids(profile({ education: edu({ awardedIn: "foreign" }) }))).toContain("education-abroad")
    expect(ids(profile({ education: edu({ awardedIn: "hk-macao-taiwan" }) }))).toContain("education-abroad")
  })

  it("education unknown → every conditional education item, phrased conditionally", () => {
    const m = ids(profile({ education: undefined }))
    for (const x of ["education-before-2001", "education-not-extracted", "education-abroad"])
      expect(m).toContain(x)
  })

  it("social insurance outside Zhejiang in 2021–2023, or unknown → proof (三(三))", () => {
    const outside = [
      { kind: "employee", from: "2019-01", to: "2021-03", place: "cn-jiangsu" },
      { kind: "employee", from: "2021-04", to: "present", place: SHANGYU },
    ]
    expect(ids(profile({ pension: outside }))).toContain("social-insurance-outside-province")
    const old = [
      { kind: "employee", from: "2015-01", to: "2020-12", place: "cn-jiangsu" },
      { kind: "employee", from: "2021-01", to: "present", place: SHANGYU },
    ]
    expect(ids(profile({ pension: old }))).not.toContain("social-insurance-outside-province")
    expect(ids(profile({ pension: undefined }))).toContain("social-insurance-outside-province")
  })

  it("material ids are unique on every track", () => {
    for (const tr of ALL_TRACKS) {
      const m = ids(profile({ education: undefined, pension: undefined }), tr)
      expect(new Set(m).size, tr).toBe(m.length)
    }
  })
})

// ---------------------------------------------------------------------------------------------

describe("shangyu-2023-3: monotonicity (properties)", () => {
  const ref = CivilDate.make("2023-12-31")
  const before = (days: number) => CivilDate.addDays(ref, -days)
  const LEVELS = ["high-school-or-below", "secondary-vocational", "associate", "bachelor", "master"] as const

  const arbInput = fc.record({
    level: fc.constantFrom(...LEVELS),
    unrelated: fc.boolean(),
    graduatedDaysBefore: fc.integer({ min: 365, max: 365 * 25 }),
    workDaysBefore: fc.integer({ min: 0, max: 365 * 25 }),
    titleDaysBefore: fc.option(fc.integer({ min: 0, max: 365 * 8 }), { nil: undefined }),
    skillDaysBefore: fc.option(fc.integer({ min: 0, max: 365 * 6 }), { nil: undefined }),
    specialty: fc.integer({ min: 150, max: 240 }),
    general: fc.integer({ min: 40, max: 70 }),
    inventions: fc.integer({ min: 0, max: 1 }),
    utility: fc.integer({ min: 0, max: 4 }),
    postDaysBefore: fc.option(fc.integer({ min: 0, max: 365 * 5 }), { nil: undefined }),
    honours: fc.integer({ min: 0, max: 2 }),
    awards: fc.integer({ min: 0, max: 1 }),
    zheliRank: fc.integer({ min: 1, max: 20 }),
    honourPublishedDaysBefore: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  })
  type Input = typeof arbInput extends fc.Arbitrary<infer A> ? A : never

  const build = (x: Input): Profile =>
    profile(
      {
        education: edu({
          level: x.level,
          degree: x.level === "master" ? "master" : x.level === "bachelor" ? "bachelor" : "none",
          relatedness: x.unrelated ? "unrelated" : "related",
          graduated: before(x.graduatedDaysBefore),
        }),
        titles: x.titleDaysBefore === undefined ? [] : assistant(before(x.titleDaysBefore)),
        skills:
          x.skillDaysBefore === undefined
            ? []
            : [{ level: "technician", obtained: before(x.skillDaysBefore) }],
        work: job({ from: before(x.workDaysBefore) }),
        continuingEducation: ce(x.specialty, x.general),
      },
      {},
      {
        patents: [
          ...Array.from({ length: x.inventions }, () => ({
            kind: "invention",
            rank: 1,
            granted: "2021-01-01",
          })),
          ...Array.from({ length: x.utility }, () => ({
            kind: "utility-model",
            rank: 1,
            granted: "2022-01-01",
          })),
        ],
        posts:
          x.postDaysBefore === undefined
            ? []
            : [{ kind: "technical-department-head", from: before(x.postDaysBefore), to: "present" }],
        honours: Array.from({ length: x.honours }, () => ({
          kind: "model-worker",
          level: "city",
          byGovernment: true,
          date: "2020-01-01",
        })),
        awards: Array.from({ length: x.awards }, () => ({
          kind: "sci-tech-progress",
          level: "provincial",
          grade: "second",
          role: "main-contributor",
          date: "2020-01-01",
        })),
        zheliEngineerRank: { year: 2022, rank: x.zheliRank },
        enterpriseHonours:
          x.honourPublishedDaysBefore === undefined
            ? []
            : [
                {
                  level: "provincial",
                  listItem: 2,
                  published: CivilDate.addDays(CivilDate.make("2023-06-30"), -x.honourPublishedDaysBefore),
                  mainTechnicalLead: true,
                },
              ],
      },
    )

  /** Ways of having more: hours, years of work, achievements; the assistant title earlier (normal track only). */
  const more = fc.oneof(
    fc.record({ kind: fc.constant("hours" as const), n: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant("work" as const), n: fc.integer({ min: 1, max: 365 * 5 }) }),
    fc.record({ kind: fc.constant("achievement" as const), n: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constant("skill" as const), n: fc.integer({ min: 1, max: 365 * 3 }) }),
  )
  type More = typeof more extends fc.Arbitrary<infer A> ? A : never

  const augment = (x: Input, m: More): Input => {
    switch (m.kind) {
      case "hours":
        return { ...x, specialty: x.specialty + m.n, general: x.general + Math.ceil(m.n / 3) }
      case "work":
        return { ...x, workDaysBefore: x.workDaysBefore + m.n }
      case "skill":
        return x.skillDaysBefore === undefined ? x : { ...x, skillDaysBefore: x.skillDaysBefore + m.n }
      case "achievement":
        return [
          { ...x, inventions: x.inventions + 1 },
          { ...x, utility: x.utility + 1 },
          { ...x, honours: x.honours + 1 },
          { ...x, awards: x.awards + 1 },
          { ...x, zheliRank: Math.max(1, x.zheliRank - 5) },
          { ...x, postDaysBefore: (x.postDaysBefore ?? 0) + 400 },
        ][m.n] as Input
    }
  }

  const RANK: Record<Eligibility.Status, number> = {
    eligible: 3,
    "needs-review": 2,
    incomplete: 1,
    "not-eligible": 0,
    "not-applicable": -1,
  }
  const statuses = (p: Profile) => new Map(run(p).tracks.map((t) => [t.track, t.status]))

  it("having more hours, years or achievements never lowers any track's status", () => {
    fc.assert(
      fc.property(arbInput, more, (x, m) => {
        const a = statuses(build(x))
        const b = statuses(build(augment(x, m)))
        for (const tr of ALL_TRACKS) {
          const sa = a.get(tr) as Eligibility.Status
          const sb = b.get(tr) as Eligibility.Status
          expect(RANK[sb], `${tr}: ${sa} → ${sb} after ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(RANK[sa])
        }
      }),
      { numRuns: 400 },
    )
  })

  it("an earlier assistant-engineer title never lowers the normal track's status", () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 365 * 3 }), (x, n) => {
        fc.pre(x.titleDaysBefore !== undefined)
        const a = statuses(build(x)).get(T.normal) as Eligibility.Status
        const b = statuses(build({ ...x, titleDaysBefore: (x.titleDaysBefore ?? 0) + n })).get(
          T.normal,
        ) as Eligibility.Status
        expect(RANK[b]).toBeGreaterThanOrEqual(RANK[a])
      }),
      { numRuns: 200 },
    )
  })

  it("is not monotone in years as assistant engineer on track A by design: 未满4年 closes the 大专 gate", () => {
    const p = (obtained: string) =>
      profile({ education: edu({ level: "associate", degree: "none" }), titles: assistant(obtained) })
    expect(at(p("2020-01-02"), T.a, `${E}/exceptional-a/gate`).outcome).toBe("met")
    expect(at(p("2020-01-01"), T.a, `${E}/exceptional-a/gate`).outcome).toBe("unmet")
    // … where the normal track takes over.
    expect(trackOf(p("2020-01-01"), T.normal).status).toBe("eligible")
  })
})

describe("shangyu-2023-3: the summary names the clauses each answer rests on", () => {
  const summaryOf = (p: Profile, id: string) => {
    const t = Eligibility.summarize(run(p)).tracks.find((x) => x.track === id)
    if (t === undefined) throw new Error(`no track ${id}`)
    return t
  }

  it("eligible: every requirement of the track, met, with its clause", () => {
    const s = summaryOf(profile(), T.normal)
    expect(s.status).toBe("eligible")
    expect(s.grounds.map((g) => g.id)).toEqual(shangyu2023.tracks[0]?.requires.map((c) => c.id))
    expect(new Set(s.grounds.map((g) => g.outcome))).toEqual(new Set(["met"]))
    for (const g of s.grounds) expect(g.citation.quote.length).toBeGreaterThan(0)
  })

  it("not eligible: only the leaves that failed, with what they saw", () => {
    // 30 general hours short (24 < 54) and nothing else wrong.
    const s = summaryOf(profile({ continuingEducation: ce(246, 24) }), T.normal)
    expect(s.status).toBe("not-eligible")
    expect(s.grounds.map((g) => g.id)).toEqual([`${E}/common/continuing-education/general`])
    expect(s.grounds[0]?.outcome).toBe("unmet")
    expect(s.grounds[0]?.observed).toContain("24 general hour(s)")
    expect(s.grounds[0]?.citation.article).toBe("一(二)4")
  })

  it("incomplete: the leaves waiting for a fact, and the fields to give", () => {
    const { assessments: _, ...rest } = BASE
    const s = Eligibility.summarize(
      Eligibility.evaluate({ profile: decode(rest), asOf: CivilDate.make("2023-08-01"), edition: E }, [
        shangyu2023,
      ]),
    ).tracks.find((x) => x.track === T.normal)
    expect(s?.status).toBe("incomplete")
    expect(s?.grounds.every((g) => g.outcome === "unknown")).toBe(true)
    expect(s?.grounds.some((g) => g.id.startsWith(`${E}/common/assessments`))).toBe(true)
    expect(s?.missing).toContain("assessments")
  })

  it("not applicable: the failed leaves of who may apply", () => {
    const s = summaryOf(profile({ work: job({ place: "cn-shandong-weihai" }) }), T.normal)
    expect(s.status).toBe("not-applicable")
    expect(s.grounds.length).toBeGreaterThan(0)
    expect(s.grounds.every((g) => g.outcome === "unmet")).toBe(true)
    expect(s.grounds.map((g) => g.observed).join(" ")).toContain("cn-shandong-weihai")
  })
})
