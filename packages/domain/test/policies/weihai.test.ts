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
import { weihai2020 } from "../../src/policies/weihai.ts"

const E = "weihai-2020-50"
const WEIHAI = "cn-shandong-weihai"
const decode = Schema.decodeUnknownSync(Profile)

type Json = Record<string, unknown>

/** A private-enterprise engineer in Weihai since 2020-07-01 with an associate degree. */
const BASE = {
  education: [{ level: "associate", fullTime: true }],
  work: [
    {
      employer: "威海某机械公司",
      employerKind: "private-enterprise",
      place: WEIHAI,
      workKind: "engineering-technical",
      relatedness: "related",
      from: "2020-07-01",
      to: "present",
    },
  ],
  titles: [],
  status: { residency: "mainland", highLevelTalent: false, talentCard: false, retired: false },
} satisfies Json

const profile = (over: Json = {}, status: Json = {}) =>
  decode({ ...BASE, ...over, status: { ...BASE.status, ...status } })

/** One current work period, merged over the base period. */
const job = (over: Json) => [{ ...BASE.work[0], ...over }]

const run = (p: Profile, asOf: string, target?: Eligibility.Request["target"]) =>
  Eligibility.evaluate(
    { profile: p, asOf: CivilDate.make(asOf), edition: E, ...(target !== undefined ? { target } : {}) },
    [weihai2020],
  )

const trackOf = (p: Profile, asOf: string, id: string, target?: Eligibility.Request["target"]) => {
  const t = run(p, asOf, target).tracks.find((x) => x.track === id)
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

const G = `${E}/green`
const ASSISTANT = `${G}/assistant-engineer`
const ENGINEER = `${G}/engineer`
const WHO = `${E}/who-may-apply`

describe("weihai-2020-50: citations and structure", () => {
  const source = readFileSync(
    join(import.meta.dirname, "../../../../../shared/policy-sources", SOURCES.weihai),
    "utf8",
  ).replace(/\s+/g, "")
  const ctx: C.Context = {
    profile: {},
    asOf: CivilDate.make("2023-09-01"),
    reference: CivilDate.make("2023-09-01"),
  }
  const citations: Array<[string, Citation]> = []
  const ids: Array<string> = []
  for (const t of weihai2020.tracks) {
    citations.push([t.id, t.citation])
    ids.push(t.id)
    for (const c of [t.appliesWhen, ...t.requires].flatMap(C.flatten)) {
      citations.push([c.id, c.citation])
      ids.push(c.id)
    }
    for (const j of t.judgedAtEvaluation) citations.push([`${t.id} judged`, j.citation])
    for (const m of weihai2020.materials(ctx, t)) citations.push([m.id, m.citation])
    for (const d of weihai2020.deadlines(ctx, t)) citations.push([d.id, d.citation])
  }
  for (const s of weihai2020.settings) citations.push([s.id, s.citation])

  it.each(citations)("%s quotes 003 verbatim", (_id, c) => {
    expect(c.document).toBe(E)
    expect(c.source).toBe(SOURCES.weihai)
    expect(c.article.length).toBeGreaterThan(0)
    expect(source).toContain(c.quote.replace(/\s+/g, ""))
  })

  it("prefixes every id with the edition and keeps track ids unique", () => {
    for (const id of ids) expect(id.startsWith(`${E}/`), id).toBe(true)
    const trackIds = weihai2020.tracks.map((t) => t.id)
    expect(new Set(trackIds).size).toBe(trackIds.length)
    expect(trackIds.length).toBe(7)
    expect(weihai2020.tracks.map((t) => [t.id, t.target.level, t.target.grade])).toEqual([
      [WHO, "any", undefined],
      [ASSISTANT, "junior", "assistant"],
      [ENGINEER, "intermediate", undefined],
      [`${E}/enterprise-talent`, "any", undefined],
      [`${E}/talent-direct`, "any", undefined],
      [`${E}/moved-from-non-enterprise`, "any", undefined],
      [`${E}/second-series`, "any", undefined],
    ])
  })

  it("one condition id never names two different conditions", () => {
    const byId = new Map<string, C.Condition>()
    for (const t of weihai2020.tracks)
      for (const c of [t.appliesWhen, ...t.requires].flatMap(C.flatten)) {
        const seen = byId.get(c.id)
        if (seen !== undefined) expect(seen, c.id).toBe(c)
        byId.set(c.id, c)
      }
  })

  it("lists what it does not encode", () => {
    const articles = weihai2020.notEncoded.map((n) => n.article)
    for (const a of ["三(三)", "三(四)", "二 第二段", "四"]) expect(articles).toContain(a)
  })
})

describe("weihai-2020-50 一: who may apply in Weihai", () => {
  const cases: ReadonlyArray<{
    name: string
    p: Profile
    asOf?: string
    status: Eligibility.Status
    check?: string
  }> = [
    { name: "一: private-enterprise employee in Weihai", p: profile(), status: "eligible" },
    {
      name: "一: employee in a Weihai district (place inside the city)",
      p: profile({ work: job({ place: "cn-shandong-weihai-huancui" }) }),
      status: "eligible",
    },
    {
      name: "一: public-institution employee",
      p: profile({ work: job({ employerKind: "public-institution" }) }),
      status: "eligible",
    },
    {
      name: "一: social organisation",
      p: profile({ work: job({ employerKind: "social-organization" }) }),
      status: "eligible",
    },
    {
      name: "一: individual business",
      p: profile({ work: job({ employerKind: "self-employed" }) }),
      status: "eligible",
    },
    {
      name: "一: freelancer in Weihai",
      p: profile({ work: job({ employerKind: "freelance" }) }),
      status: "eligible",
    },
    {
      name: "一: a government organ is not a 用人单位 of 一",
      p: profile({ work: job({ employerKind: "government-organ" }) }),
      status: "not-applicable",
      check: `${E}/who/local-work`,
    },
    {
      name: "一: works in Shanghai, not posted, not high-level talent",
      p: profile({ work: job({ place: "cn-shanghai" }) }),
      status: "not-applicable",
      check: `${E}/who/local-work`,
    },
    {
      name: "一 第二段: HK/Macao/Taiwan professional employed in Weihai",
      p: profile({}, { residency: "hk-macao-taiwan" }),
      status: "eligible",
    },
    {
      name: "一 第二段: foreign permanent resident",
      p: profile({}, { residency: "foreign-permanent-resident" }),
      status: "eligible",
    },
    {
      name: "一 第二段: overseas high-level talent residence permit",
      p: profile({}, { residency: "foreign-high-level-talent" }),
      status: "eligible",
    },
    {
      name: "一 第二段: other foreign nationals are not listed (and not posted here)",
      p: profile({ work: job({ postedTo: "no" }) }, { residency: "foreign-other" }),
      status: "not-applicable",
      check: `${E}/who/residency`,
    },
    {
      name: "一 第二段: flexibly introduced high-level talent working in Beijing → review",
      p: profile({ work: job({ place: "cn-beijing" }) }, { highLevelTalent: true }),
      status: "needs-review",
    },
    {
      name: "一: professional work outside engineering (judged by the committee office, not decided here)",
      p: profile({ work: job({ workKind: "other" }) }),
      status: "eligible",
    },
  ]
  it.each(cases)("$name", ({ p, asOf, status, check }) => {
    const t = trackOf(p, asOf ?? "2023-09-01", WHO)
    expect(t.status).toBe(status)
    if (check !== undefined) expect(cond(t, check).outcome).toBe("unmet")
  })

  it("other foreign national, posting not stated → incomplete: a posting to Weihai would admit them", () => {
    const t = trackOf(profile({}, { residency: "foreign-other" }), "2023-09-01", WHO)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${E}/who/posted-one-year`)).toMatchObject({
      outcome: "unknown",
      missing: ["work[].postedTo"],
    })
  })

  it("unknown residency → incomplete with status.residency missing", () => {
    const p = decode({ ...BASE, status: { highLevelTalent: false } })
    const t = trackOf(p, "2023-09-01", WHO)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("status.residency")
    expect(cond(t, `${E}/who/residency`)).toMatchObject({ outcome: "unknown", missing: ["status.residency"] })
  })

  it("unknown place of work → incomplete with work[].place missing", () => {
    const p = decode({ ...BASE, work: [{ ...BASE.work[0], place: undefined }] })
    const t = trackOf(p, "2023-09-01", WHO)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work[].place")
  })

  it("an empty profile is incomplete, never refused", () => {
    const t = trackOf(decode({}), "2023-09-01", WHO)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work")
  })

  // 一 第二段: 连续工作一年以上 — a posting from 2023-03-01 completes one year at the end of 2024-02-29.
  const posted = (employerKind: string, from: string) =>
    profile({
      work: job({ employerKind, place: WEIHAI, postedTo: { place: WEIHAI, from } }),
    })
  it.each([
    { asOf: "2024-02-28", status: "not-applicable", outcome: "unmet", metOn: "2024-02-29" },
    { asOf: "2024-02-29", status: "eligible", outcome: "met", metOn: undefined },
  ] as const)(
    "一 第二段: posted by an out-of-town private enterprise, $asOf → $status",
    ({ asOf, status, outcome, metOn }) => {
      const t = trackOf(posted("private-enterprise", "2023-03-01"), asOf, WHO)
      expect(t.status).toBe(status)
      const c = cond(t, `${E}/who/posted-one-year`)
      expect(c.outcome).toBe(outcome)
      expect(c.metOn).toBe(metOn)
      // A posting is never counted as local employment, so the year cannot be skipped.
      expect(cond(t, `${E}/who/local-work`).outcome).toBe("unmet")
    },
  )

  it("一 第二段: a posting by a state enterprise is not covered", () => {
    const t = trackOf(posted("state-enterprise", "2020-01-01"), "2023-09-01", WHO)
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${E}/who/posted-one-year`).outcome).toBe("unmet")
  })

  it("posted by an employer of unknown kind → incomplete with work[].employerKind", () => {
    const p = decode({
      ...BASE,
      work: [{ ...BASE.work[0], employerKind: undefined, postedTo: { place: WEIHAI, from: "2020-01-01" } }],
    })
    const t = trackOf(p, "2023-09-01", WHO)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work[].employerKind")
  })
})

describe("weihai-2020-50 二: the channel is reported, never a condition", () => {
  const channelOf = (p: Profile) => {
    const c = cond(trackOf(p, "2023-09-01", WHO), `${E}/channel`)
    expect(c.outcome).toBe("met")
    return c.observed ?? ""
  }
  it.each([
    {
      name: "enterprise: the work unit recommends",
      p: profile(),
      text: "recommended by the employing enterprise",
    },
    {
      name: "public institution: the unit recommends, via its supervising authority",
      p: profile({ work: job({ employerKind: "public-institution" }) }),
      text: "supervising authority",
    },
    {
      name: "freelancer: a personnel agency",
      p: profile({ work: job({ employerKind: "freelance" }) }),
      text: "personnel agency",
    },
    {
      name: "dispatched staff: the dispatch agency with the work unit",
      p: profile({ work: job({ labourDispatch: true }) }),
      text: "labour-dispatch agency together with the current work unit",
    },
    {
      name: "posted staff: a personnel agency with the work unit (ruling in setting channels)",
      p: profile({ work: job({ postedTo: { place: WEIHAI, from: "2020-01-01" } }) }),
      text: "personnel agency together with the current work unit",
    },
    { name: "unknown work: says so", p: decode({}), text: "not given" },
  ])("$name", ({ p, text }) => {
    expect(channelOf(p)).toContain(text)
  })

  it("the channels are a named, cited setting", () => {
    const s = weihai2020.settings.find((x) => x.id === `${E}/channels`)
    expect(s?.value).toHaveProperty("posted")
  })
})

describe("weihai-2020-50 三(二): green channel to assistant engineer and engineer", () => {
  // Each threshold: the day before completion is unmet with metOn = the day of completion; that day is met.
  const table = [
    {
      clause: "三(二) 助理工程师: 大学专科 + 3 years",
      track: ASSISTANT,
      branch: `${G}/assistant/associate-3`,
      education: [{ level: "associate" }],
      from: "2020-07-01",
      done: "2023-06-30",
    },
    {
      clause: "三(二) 助理工程师: 中等职业学校 + 5 years",
      track: ASSISTANT,
      branch: `${G}/assistant/secondary-5`,
      education: [{ level: "secondary-vocational" }],
      from: "2018-03-01",
      done: "2023-02-28",
    },
    {
      clause: "三(二) 助理工程师: a 29 February start completes on 28 February",
      track: ASSISTANT,
      branch: `${G}/assistant/associate-3`,
      education: [{ level: "associate" }],
      from: "2020-02-29",
      done: "2023-02-28",
    },
    {
      clause: "三(二) 工程师: 硕士学位 + 3 years",
      track: ENGINEER,
      branch: `${G}/engineer/master-3`,
      education: [{ level: "master", degree: "master" }],
      from: "2020-07-01",
      done: "2023-06-30",
    },
    {
      clause: "三(二) 工程师: 第二学士学位 + 3 years",
      track: ENGINEER,
      branch: `${G}/engineer/master-3`,
      education: [{ level: "bachelor", degree: "second-bachelor" }],
      from: "2020-07-01",
      done: "2023-06-30",
    },
    {
      clause: "三(二) 工程师: 大学本科 + 6 years",
      track: ENGINEER,
      branch: `${G}/engineer/bachelor-6`,
      education: [{ level: "bachelor", degree: "bachelor" }],
      from: "2017-09-01",
      done: "2023-08-31",
    },
    {
      clause: "三(二) 工程师: 大学专科 + 8 years",
      track: ENGINEER,
      branch: `${G}/engineer/associate-8`,
      education: [{ level: "associate" }],
      from: "2015-07-01",
      done: "2023-06-30",
    },
  ] as const

  for (const row of table) {
    const p = profile({ education: row.education, work: job({ from: row.from }) })
    const before = CivilDate.addDays(CivilDate.make(row.done), -1)
    it(`${row.clause}: day before (${before}) → not eligible, earliest ${row.done}`, () => {
      const t = trackOf(p, before, row.track)
      expect(t.status).toBe("not-eligible")
      expect(cond(t, row.branch)).toMatchObject({ outcome: "unmet", metOn: row.done })
      expect(cond(t, `${row.branch}/years`)).toMatchObject({ outcome: "unmet", metOn: row.done })
      expect(t.earliest?.date).toBe(row.done)
    })
    it(`${row.clause}: day of completion (${row.done}) → needs review of the Shandong standard`, () => {
      const t = trackOf(p, row.done, row.track)
      expect(t.status).toBe("needs-review")
      expect(cond(t, row.branch).outcome).toBe("met")
      expect(t.reviews).toEqual([`${G}/other-standard-conditions`])
      expect(t.missing).toEqual([])
    })
  }

  it("三(二): periods at a public institution do not count (不包括事业单位各类用工)", () => {
    const work = [
      { ...BASE.work[0], employerKind: "public-institution", from: "2015-01-01", to: "2020-06-30" },
      { ...BASE.work[0], from: "2020-07-01", to: "present" },
    ]
    const t = trackOf(profile({ work }), "2023-06-29", ASSISTANT)
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${G}/assistant/associate-3/years`)).toMatchObject({
      outcome: "unmet",
      metOn: "2023-06-30",
    })
    // Counted, the public-institution years would have made it (8 years for engineer too).
    expect(
      cond(trackOf(profile({ work }), "2023-06-29", ENGINEER), `${G}/engineer/associate-8/years`).outcome,
    ).toBe("unmet")
  })

  it("三(二): a public-institution employee is not in the green channel at all", () => {
    const t = trackOf(
      profile({ work: job({ employerKind: "public-institution", from: "2010-01-01" }) }),
      "2023-09-01",
      ASSISTANT,
    )
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${G}/in-enterprise`).outcome).toBe("unmet")
  })

  it("三(二): unrelated work does not count", () => {
    const t = trackOf(
      profile({ work: job({ relatedness: "unrelated", from: "2010-01-01" }) }),
      "2023-09-01",
      ASSISTANT,
    )
    expect(t.status).toBe("not-eligible")
  })

  it("三(二): relatedness not given → incomplete with work[].relatedness", () => {
    const p = decode({ ...BASE, work: [{ ...BASE.work[0], relatedness: undefined }] })
    const t = trackOf(p, "2023-09-01", ASSISTANT)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("work[].relatedness")
    expect(cond(t, `${G}/assistant/associate-3/years`)).toMatchObject({
      outcome: "unknown",
      missing: ["work[].relatedness"],
    })
  })

  it("三(二): a master-level record without its degree → incomplete with education[].degree", () => {
    const p = profile({ education: [{ level: "master" }], work: job({ from: "2020-07-01" }) })
    const t = trackOf(p, "2023-09-01", ENGINEER)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${G}/engineer/master-3/education`)).toMatchObject({
      outcome: "unknown",
      missing: ["education[].degree"],
    })
  })

  it("三(二): a bachelor whose degree is not given might hold a second bachelor's degree (3 years) → incomplete", () => {
    const p = profile({ education: [{ level: "bachelor" }], work: job({ from: "2019-01-01" }) })
    const t = trackOf(p, "2023-09-01", ENGINEER)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["education[].degree"])
    expect(cond(t, `${G}/engineer/bachelor-6/education`).outcome).toBe("met")
    expect(cond(t, `${G}/engineer/bachelor-6/years`)).toMatchObject({ outcome: "unmet", metOn: "2024-12-31" })
  })

  it("三(二): education not given → incomplete with education", () => {
    const p = decode({ ...BASE, education: undefined })
    const t = trackOf(p, "2023-09-01", ASSISTANT)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("education")
  })

  it("三(二): technical-school classes are not 大学专科 here (setting education-or-above)", () => {
    const p = profile({
      education: [{ level: "technical-school-senior-class" }],
      work: job({ from: "2010-01-01" }),
    })
    expect(trackOf(p, "2023-09-01", ASSISTANT).status).toBe("not-eligible")
  })

  it("三(二): high school only never qualifies", () => {
    const p = profile({ education: [{ level: "high-school-or-below" }], work: job({ from: "2000-01-01" }) })
    const t = trackOf(p, "2023-09-01", ASSISTANT)
    expect(t.status).toBe("not-eligible")
    expect(t.earliest).toBeUndefined()
  })

  it("三(二): current work must be engineering-technical", () => {
    const t = trackOf(
      profile({ work: job({ workKind: "management", from: "2010-01-01" }) }),
      "2023-09-01",
      ASSISTANT,
    )
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${G}/engineering-work-now`).outcome).toBe("unmet")
  })

  it("三(二): high-level / urgently needed / young enterprise talent → review at any level", () => {
    for (const level of ["junior", "intermediate", "associate-senior", "full-senior"] as const) {
      const t = trackOf(profile({}, { highLevelTalent: true }), "2023-09-01", `${E}/enterprise-talent`, {
        level,
      })
      expect(t.status).toBe("needs-review")
      expect(t.reviews).toEqual([`${E}/enterprise-talent/who`, `${E}/enterprise-talent/level`])
    }
    const outside = trackOf(
      profile({ work: job({ employerKind: "public-institution" }) }),
      "2023-09-01",
      `${E}/enterprise-talent`,
    )
    expect(outside.status).toBe("not-applicable")
  })
})

describe("weihai-2020-50 三(一): direct tracks", () => {
  it("talent-card holder → needs review of the level", () => {
    const t = trackOf(profile({}, { talentCard: true }), "2023-09-01", `${E}/talent-direct`)
    expect(t.status).toBe("needs-review")
    expect(cond(t, `${E}/talent-direct/talent-card`).outcome).toBe("met")
    expect(t.reviews).toEqual([`${E}/talent-direct/level`])
  })

  it("postdoc (left a station, works in Weihai) → needs review of the level", () => {
    const p = profile({}, { enterprisePostdoc: { leftStation: "2022-06-30" } })
    const t = trackOf(p, "2023-09-01", `${E}/talent-direct`)
    expect(t.status).toBe("needs-review")
    expect(cond(t, `${E}/talent-direct/postdoc`).outcome).toBe("met")
  })

  it("no talent card and postdoc record unknown → incomplete, never refused", () => {
    const t = trackOf(profile(), "2023-09-01", `${E}/talent-direct`)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["status.enterprisePostdoc"])
  })

  it('no talent card and "no" postdoc → the talent-or-postdoc item is unmet, not eligible', () => {
    const t = trackOf(profile({}, { enterprisePostdoc: "no" }), "2023-09-01", `${E}/talent-direct`)
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${E}/talent-direct/postdoc`).outcome).toBe("unmet")
    expect(cond(t, `${E}/talent-direct/who`).outcome).toBe("unmet")
    expect(t.missing).toEqual([])
  })

  it("talent card outside Weihai → not applicable", () => {
    const t = trackOf(
      profile({ work: job({ place: "cn-beijing" }) }, { talentCard: true }),
      "2023-09-01",
      `${E}/talent-direct`,
    )
    expect(t.status).toBe("not-applicable")
  })

  // 三(一): 在现工作岗位从事专业技术工作一年以上 — moved on 2022-09-15, one year complete on 2023-09-14.
  const movedP = profile({}, { movedFromNonEnterprise: "2022-09-15" })
  it.each([
    { asOf: "2023-09-13", status: "not-eligible", outcome: "unmet", metOn: "2023-09-14" },
    { asOf: "2023-09-14", status: "needs-review", outcome: "met", metOn: undefined },
  ] as const)("三(一) moved from a government organ: $asOf → $status", ({ asOf, status, outcome, metOn }) => {
    const t = trackOf(movedP, asOf, `${E}/moved-from-non-enterprise`)
    expect(t.status).toBe(status)
    const c = cond(t, `${E}/moved/one-year`)
    expect(c.outcome).toBe(outcome)
    expect(c.metOn).toBe(metOn)
    if (status === "needs-review") expect(t.reviews).toEqual([`${E}/moved/assessed`])
  })

  it("三(一) moved: no move recorded → incomplete with status.movedFromNonEnterprise", () => {
    const t = trackOf(profile(), "2023-09-01", `${E}/moved-from-non-enterprise`)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("status.movedFromNonEnterprise")
  })

  it('三(一) moved: "never" moved → not applicable', () => {
    const t = trackOf(
      profile({}, { movedFromNonEnterprise: "never" }),
      "2023-09-01",
      `${E}/moved-from-non-enterprise`,
    )
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${E}/moved/from-non-enterprise`).outcome).toBe("unmet")
    expect(cond(t, `${E}/moved/one-year`).outcome).toBe("unmet")
  })

  it("三(一) moved: still in a government organ → not applicable", () => {
    const p = profile(
      { work: job({ employerKind: "government-organ" }) },
      { movedFromNonEnterprise: "2020-01-01" },
    )
    expect(trackOf(p, "2023-09-01", `${E}/moved-from-non-enterprise`).status).toBe("not-applicable")
  })

  const titled = (appointed: boolean | undefined) =>
    profile({
      titles: [
        {
          series: "engineering",
          level: "intermediate",
          obtained: "2019-01-01",
          ...(appointed !== undefined ? { appointed } : {}),
        },
      ],
    })
  it.each([
    {
      name: "appointed intermediate → same level in another series, review of the unit's approval",
      appointed: true,
      level: "intermediate",
      status: "needs-review",
      outcome: "met",
    },
    {
      name: "not appointed → refused",
      appointed: false,
      level: "intermediate",
      status: "not-eligible",
      outcome: "unmet",
    },
    {
      name: "appointment unknown → incomplete",
      appointed: undefined,
      level: "intermediate",
      status: "incomplete",
      outcome: "unknown",
    },
    {
      name: "a different level → refused",
      appointed: true,
      level: "junior",
      status: "not-eligible",
      outcome: "unmet",
    },
  ] as const)("三(一) second series: $name", ({ appointed, level, status, outcome }) => {
    // Open at any level: the level asked about is the "same level" the title must have.
    const t = trackOf(titled(appointed), "2023-09-01", `${E}/second-series`, { level })
    expect(t.status).toBe(status)
    expect(cond(t, `${E}/second-series/holds-appointed`).outcome).toBe(outcome)
    if (outcome === "unknown") expect(t.missing).toEqual(["titles[].appointed"])
    if (status === "needs-review") expect(t.reviews).toEqual([`${E}/second-series/unit-approval`])
  })
})

describe("weihai-2020-50 三(一): second series without a level asked about", () => {
  it.each([
    { appointed: true, status: "needs-review", outcome: "met" },
    { appointed: false, status: "not-eligible", outcome: "unmet" },
  ] as const)("an intermediate title, appointed $appointed → $status", ({ appointed, status, outcome }) => {
    const p = profile({
      titles: [{ series: "engineering", level: "intermediate", obtained: "2019-01-01", appointed }],
    })
    const t = trackOf(p, "2023-09-01", `${E}/second-series`)
    expect(t.status).toBe(status)
    const c = cond(t, `${E}/second-series/holds-appointed`)
    expect(c.outcome).toBe(outcome)
    if (outcome === "met") expect(c.observed).toContain("apply at intermediate")
  })
})

describe("weihai-2020-50: targets, materials and deadlines", () => {
  it("a junior assistant target keeps the assistant-engineer track and drops the engineer track", () => {
    const r = run(profile(), "2023-09-01", { level: "junior", grade: "assistant" })
    const ids = r.tracks.map((t) => t.track)
    expect(ids).toContain(ASSISTANT)
    expect(ids).not.toContain(ENGINEER)
    for (const t of r.tracks) expect(["junior", "any"]).toContain(t.target.level)
    expect(ids.length).toBe(6)
  })

  it("an intermediate target keeps the engineer track and every open-level track at that level", () => {
    const r = run(profile(), "2023-09-01", { level: "intermediate" })
    expect(r.tracks.map((t) => t.track).sort()).toEqual(
      [
        ENGINEER,
        WHO,
        `${E}/enterprise-talent`,
        `${E}/talent-direct`,
        `${E}/moved-from-non-enterprise`,
        `${E}/second-series`,
      ].sort(),
    )
  })

  it("a full-senior target has no green-channel education route", () => {
    const ids = run(profile(), "2023-09-01", { level: "full-senior" }).tracks.map((t) => t.track)
    expect(ids).not.toContain(ENGINEER)
    expect(ids).toContain(`${E}/talent-direct`)
  })

  it("names the platform as material and fixes no deadline", () => {
    const t = trackOf(profile(), "2023-09-01", ASSISTANT)
    expect(t.materials.map((m) => m.id)).toEqual([`${E}/materials/online`])
    expect(t.deadlines).toEqual([])
    expect(run(profile(), "2023-09-01").editions[0]?.reference).toBe("2023-09-01")
  })
})

describe("weihai-2020-50: monotonicity (property)", () => {
  const RANK: Record<Eligibility.Status, number> = {
    "not-applicable": -1,
    "not-eligible": 0,
    incomplete: 1,
    "needs-review": 2,
    eligible: 3,
  }
  const levels = ["high-school-or-below", "secondary-vocational", "associate", "bachelor", "master"] as const
  const degrees = [undefined, "bachelor", "second-bachelor", "master"] as const
  const arb = fc.record({
    level: fc.constantFrom(...levels),
    degree: fc.constantFrom(...degrees),
    startDay: fc.integer({ min: 0, max: 365 * 12 }),
    extraDays: fc.integer({ min: 1, max: 365 * 6 }),
    publicYears: fc.integer({ min: 0, max: 5 }),
    asOfDay: fc.integer({ min: 0, max: 365 * 3 }),
    movedDay: fc.integer({ min: 0, max: 900 }),
    postedDay: fc.integer({ min: 0, max: 900 }),
    posted: fc.boolean(),
    gainCard: fc.boolean(),
    gainHighLevel: fc.boolean(),
    appointed: fc.boolean(),
  })

  it("more years of work, an earlier move or posting, a talent card or high-level status never make a result worse", () => {
    fc.assert(
      fc.property(arb, (a) => {
        const asOf = CivilDate.addDays(CivilDate.make("2021-01-01"), a.asOfDay)
        const mk = (more: boolean) => {
          const start = CivilDate.addDays(CivilDate.make("2008-01-01"), a.startDay - (more ? a.extraDays : 0))
          const work: Array<Json> = [
            {
              ...BASE.work[0],
              from: start,
              ...(a.posted
                ? {
                    postedTo: {
                      place: WEIHAI,
                      from: CivilDate.addDays(asOf, -a.postedDay - (more ? a.extraDays : 0)),
                    },
                  }
                : {}),
            },
          ]
          if (a.publicYears > 0)
            work.push({
              ...BASE.work[0],
              employerKind: "public-institution",
              from: CivilDate.addYears(CivilDate.make("2000-01-01"), 0),
              to: CivilDate.addYears(CivilDate.make("2000-01-01"), a.publicYears),
            })
          return profile(
            {
              education: [{ level: a.level, ...(a.degree !== undefined ? { degree: a.degree } : {}) }],
              work,
              titles: [
                {
                  series: "engineering",
                  level: "junior",
                  obtained: "2015-01-01",
                  appointed: a.appointed || more,
                },
              ],
            },
            {
              talentCard: more && a.gainCard,
              highLevelTalent: more && a.gainHighLevel,
              movedFromNonEnterprise: CivilDate.addDays(asOf, -a.movedDay - (more ? a.extraDays : 0)),
              enterprisePostdoc: {},
            },
          )
        }
        const less = run(mk(false), asOf)
        const more = run(mk(true), asOf)
        for (const t of less.tracks) {
          const u = more.tracks.find((x) => x.track === t.track)
          if (u === undefined) throw new Error(t.track)
          if (t.status === "not-applicable" || u.status === "not-applicable") continue
          expect(RANK[u.status], `${t.track}: ${t.status} → ${u.status}`).toBeGreaterThanOrEqual(
            RANK[t.status],
          )
        }
      }),
      { numRuns: 300 },
    )
  })
})
