import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import * as CivilDate from "../../src/CivilDate.ts"
import * as C from "../../src/Condition.ts"
import * as Eligibility from "../../src/Eligibility.ts"
import { Profile } from "../../src/Profile.ts"
import {
  ADOPTION_SPECIALTIES,
  adoptionSpecialtyOf,
  PILOT_PRIORITY,
  PUBLICITY,
  pilotApplicationDeadline,
  pilotUnitConditions,
  QUALIFICATION_NAMES,
  ROSTER_COLUMNS,
  shaoxingAdoption,
} from "../../src/policies/shaoxing.ts"

const ED = "shaoxing-adoption-draft"
const SOURCE = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "..",
  "shared",
  "policy-sources",
  "000_f566ba90b7a0da7a.txt",
)
const squash = (s: string) => s.replace(/\s+/g, "")
const text = squash(readFileSync(SOURCE, "utf8"))

const decode = Schema.decodeUnknownSync(Profile)

const work = (over: Record<string, unknown> = {}) => ({
  employer: "越城精密",
  employerKind: "private-enterprise",
  place: "cn-zhejiang-shaoxing-shangyu",
  workKind: "engineering-technical",
  specialty: "机电制造",
  pilotUnit: true,
  from: "2021-07-01",
  to: "present",
  ...over,
})
const person = (over: Record<string, unknown> = {}) => decode({ work: [work()], titles: [], ...over })
const technicianTitle = {
  series: "engineering",
  level: "junior",
  grade: "technician",
  obtained: "2022-09-01",
}

const run = (profile: Profile, asOf = "2024-05-01") =>
  Eligibility.evaluate({ profile, asOf: CivilDate.make(asOf), edition: ED })

const track = (r: Eligibility.Report, id: string) => {
  const t = r.tracks.find((x) => x.track === id)
  if (t === undefined) throw new Error(`no track ${id}`)
  return t
}
const find = (results: ReadonlyArray<C.Result>, id: string): C.Result | undefined => {
  for (const r of results) {
    if (r.id === id) return r
    const inner = find(r.children ?? [], id)
    if (inner !== undefined) return inner
  }
  return undefined
}
const cond = (t: Eligibility.TrackResult, id: string): C.Result => {
  const r = find([t.applicability, ...t.conditions], id)
  if (r === undefined) throw new Error(`no condition ${id} in ${t.track}`)
  return r
}

const BASE = `${ED}/assistant-engineer`
const HOLDER = `${ED}/assistant-engineer/title-holder`
const PUBLICITY_ID = `${ED}/publicity-without-objection`

describe("shaoxing-adoption-draft: citations and the draft status", () => {
  it("quotes every citation verbatim from 000", () => {
    const ctx: C.Context = {
      profile: person(),
      asOf: CivilDate.make("2024-01-01"),
      reference: CivilDate.make("2024-01-01"),
    }
    const cs = [
      ...shaoxingAdoption.tracks.flatMap((t) => [
        t.citation,
        ...[t.appliesWhen, ...t.requires].flatMap(C.flatten).map((c) => c.citation),
        ...t.judgedAtEvaluation.map((j) => j.citation),
        ...shaoxingAdoption.materials(ctx, t).map((m) => m.citation),
        ...shaoxingAdoption.deadlines(ctx, t).map((d) => d.citation),
      ]),
      ...shaoxingAdoption.settings.map((s) => s.citation),
      ...pilotUnitConditions.map((c) => c.citation),
      PILOT_PRIORITY.citation,
      ...ROSTER_COLUMNS.map((c) => c.citation),
      ...ADOPTION_SPECIALTIES.map((c) => c.citation),
      ...QUALIFICATION_NAMES.map((c) => c.citation),
    ].filter((c) => c.source !== undefined)
    for (const c of cs) {
      expect(c.document).toBe(ED)
      expect(text.includes(squash(c.quote)), `${c.article} 「${c.quote}」`).toBe(true)
    }
  })

  it("says the result is under a draft (ruling 6)", () => {
    const used = run(person()).editions.find((e) => e.edition === ED)
    expect(used?.status).toBe("draft")
    expect(used?.warning?.en).toMatch(/draft/)
  })
})

describe("shaoxing-adoption-draft 附件2: roster and allowed values", () => {
  it("fixes the roster columns in order", () => {
    expect(ROSTER_COLUMNS.map((c) => c.name.zh)).toEqual([
      "序号",
      "姓名",
      "身份证号",
      "最高学历（学位）",
      "毕业院校",
      "所学专业",
      "联系方式",
      "采认职称专业",
      "资格名称",
    ])
    expect(new Set(ROSTER_COLUMNS.map((c) => c.key)).size).toBe(9)
  })
  it("lists the six specialties and the two qualification names", () => {
    expect(ADOPTION_SPECIALTIES.map((s) => s.value)).toEqual([
      "机电",
      "信息技术",
      "石化",
      "医药",
      "材料",
      "轻纺",
    ])
    expect(QUALIFICATION_NAMES.map((q) => [q.value, q.level, q.grade])).toEqual([
      ["助理工程师", "junior", "assistant"],
      ["工程师", "intermediate", undefined],
    ])
  })
  it.each([
    ["第五条 机电制造 is Annex 2 机电", "机电制造", "机电"],
    ["附件2 机电", "机电", "机电"],
    ["附件2 信息技术", " 信息技术 ", "信息技术"],
    ["建筑 is not an adoption specialty", "建筑", undefined],
  ] as const)("%s", (_clause, s, v) => {
    expect(adoptionSpecialtyOf(s)).toBe(v)
  })
})

describe("shaoxing-adoption-draft 第五、十条: who is adopted, and who is publicised", () => {
  it("第十条(三) never held a junior or intermediate title → the base track, with publicity", () => {
    const r = run(person())
    const base = track(r, BASE)
    expect(base.status).toBe("needs-review")
    expect(base.reviews).toContain(PUBLICITY_ID)
    expect(cond(base, `${ED}/never-held-junior-or-intermediate`).outcome).toBe("met")
    expect(track(r, HOLDER).status).toBe("not-applicable")
  })

  it("第十条(三) already holds a junior title → the exception, without publicity", () => {
    const r = run(person({ titles: [technicianTitle] }))
    expect(track(r, BASE).status).toBe("not-applicable")
    const holder = track(r, HOLDER)
    expect(holder.status).toBe("needs-review")
    expect(holder.exceptionTo).toEqual({ track: BASE, replaces: [PUBLICITY_ID] })
    expect(holder.reviews).not.toContain(PUBLICITY_ID)
    expect(holder.conditions.map((c) => c.id)).not.toContain(PUBLICITY_ID)
  })

  it("第十条(三) a senior title alone is not a junior or intermediate certificate → publicity", () => {
    const r = run(
      person({ titles: [{ series: "economics", level: "associate-senior", obtained: "2020-01-01" }] }),
    )
    expect(track(r, BASE).status).toBe("needs-review")
    expect(track(r, HOLDER).status).toBe("not-applicable")
  })

  it("titles unknown → both incomplete, asking for titles", () => {
    const r = run(person({ titles: undefined }))
    for (const id of [BASE, HOLDER]) {
      expect(track(r, id).status).toBe("incomplete")
      expect(track(r, id).missing).toEqual(["titles"])
    }
  })

  it.each([
    ["第五条 a pilot unit in Shaoxing (district inside the city)", {}, "needs-review", []],
    ["第五条 not a pilot unit", { pilotUnit: false }, "not-applicable", []],
    ["第五条 a pilot unit outside Shaoxing", { place: "cn-zhejiang" }, "not-applicable", []],
    ["第五条 pilot unit unknown", { pilotUnit: undefined }, "incomplete", ["work[].pilotUnit"]],
    ["第五条 place unknown", { place: undefined }, "incomplete", ["work[].place"]],
    ["第五条 机电 spelling", { specialty: "机电" }, "needs-review", []],
    ["第五条 轻纺", { specialty: "轻纺" }, "needs-review", []],
    ["附件2 a specialty outside the six", { specialty: "建筑" }, "not-eligible", []],
    ["附件2 specialty unknown", { specialty: undefined }, "incomplete", ["work[].specialty"]],
    ["第四条(一) engineering-technical staff only", { workKind: "management" }, "not-eligible", []],
    ["第四条(一) work kind unknown", { workKind: undefined }, "incomplete", ["work[].workKind"]],
  ] as const)("%s", (_clause, over, status, missing) => {
    const t = track(run(person({ work: [work(over)] })), `${ED}/engineer`)
    expect(t.status).toBe(status)
    expect(t.missing).toEqual(missing)
  })

  it("a second job elsewhere does not make a non-pilot specialty adoptable", () => {
    const p = person({
      work: [
        work({ specialty: "建筑" }),
        work({ pilotUnit: false, specialty: "医药", place: "cn-zhejiang" }),
      ],
    })
    expect(cond(track(run(p), BASE), `${ED}/adoption-specialty`).outcome).toBe("unmet")
  })

  it("lists the reviews the engine cannot decide (unit evaluation, approved scope, quota)", () => {
    expect(track(run(person()), BASE).reviews).toEqual([
      `${ED}/approved-scope`,
      `${ED}/unit-evaluation-passed`,
      PUBLICITY_ID,
      `${ED}/within-unit-quota`,
    ])
  })

  it("targets assistant engineer and engineer in the engineering series by adoption", () => {
    expect(shaoxingAdoption.tracks.map((t) => [t.id, t.target.level, t.target.grade, t.route])).toEqual([
      [BASE, "junior", "assistant", "adoption"],
      [HOLDER, "junior", "assistant", "adoption"],
      [`${ED}/engineer`, "intermediate", undefined, "adoption"],
      [`${ED}/engineer/title-holder`, "intermediate", undefined, "adoption"],
    ])
  })

  it("exactly one of each pair applies whenever the titles are known", () => {
    const title = fc.record({
      series: fc.constantFrom("engineering", "economics"),
      level: fc.constantFrom("junior", "intermediate", "associate-senior", "full-senior"),
      obtained: fc.constant("2020-01-01"),
    })
    fc.assert(
      fc.property(fc.array(title, { maxLength: 3 }), (titles) => {
        const r = run(person({ titles }))
        return [BASE, `${ED}/engineer`].every((b) => {
          const applies = [b, `${b}/title-holder`].filter((id) => track(r, id).status !== "not-applicable")
          return applies.length === 1
        })
      }),
    )
  })

  it("adding a title never removes the adoption route (the pair's best standing holds)", () => {
    const rank = (s: Eligibility.Status) => (s === "eligible" ? 2 : s === "needs-review" ? 1 : 0)
    const best = (r: Eligibility.Report) =>
      Math.max(rank(track(r, BASE).status), rank(track(r, HOLDER).status))
    fc.assert(
      fc.property(
        fc.boolean(),
        (withTitle) => best(run(person({ titles: withTitle ? [technicianTitle] : [] }))) === 1,
      ),
    )
  })
})

describe("shaoxing-adoption-draft: settings, deadlines, materials", () => {
  it("records rulings 1 and 2, publicity, frequency and the summary as settings", () => {
    const byId = new Map(shaoxingAdoption.settings.map((s) => [s.id, s.value]))
    expect(byId.get(`${ED}/settings/adoption-quota`)).toEqual({
      insuredStaffPercent: 5,
      graduateHiresPercent: 50,
      combine: "max",
      rounding: "floor",
      soft: true,
    })
    expect(byId.get(`${ED}/settings/pilot-units-per-year`)).toEqual({ max: 6, per: "city-year", soft: true })
    expect(byId.get(`${ED}/settings/evaluation-frequency`)).toEqual(["yearly", "half-yearly"])
    expect(byId.get(`${ED}/settings/summary-deadline`)).toEqual({ months: 1, from: "end-of-evaluation" })
    expect(PUBLICITY.rule).toEqual({ amount: 5, unit: "calendar-days", countPublicationDay: false })
    expect(shaoxingAdoption.publicity).toBe(PUBLICITY)
    expect(byId.get(`${ED}/settings/publicity`)).toBe(PUBLICITY.rule)
    expect(PUBLICITY.objectionClause?.quote).toBe("经公示无异议，确定职称采认对象")
  })

  it.each([
    ["第六条 by the end of March: on 31 March the deadline is this year's", "2024-03-31", "2024-03-31"],
    ["第六条 from 1 April the next one is next year's", "2024-04-01", "2025-03-31"],
    ["第六条 2023 may be later: still shown after March", "2023-05-01", "2023-03-31"],
  ] as const)("%s", (_clause, asOf, to) => {
    const t = track(run(person(), asOf), BASE)
    expect(t.deadlines.map((d) => [d.kind, d.to])).toEqual([["pilot-application", to]])
  })

  it("shows no next-year deadline past the end of the calendar (2200)", () => {
    expect(track(run(person(), "2200-05-01"), BASE).deadlines).toEqual([])
  })

  it("says 2023's pilot deadline may be later", () => {
    expect(pilotApplicationDeadline(2023).text.en).toMatch(/later/)
    expect(pilotApplicationDeadline(2025).to).toBe("2025-03-31")
  })

  it("lists the roster and the platform steps as materials", () => {
    expect(track(run(person()), BASE).materials.map((m) => m.id)).toEqual([
      `${ED}/material/roster`,
      `${ED}/material/platform-account`,
      `${ED}/material/achievement-record`,
      `${ED}/material/initial-determination-application`,
    ])
  })

  it("exports the pilot-unit conditions as reviews, each cited", () => {
    const ctx: C.Context = {
      profile: person(),
      asOf: CivilDate.make("2024-01-01"),
      reference: CivilDate.make("2024-01-01"),
    }
    expect(pilotUnitConditions.length).toBeGreaterThanOrEqual(6)
    for (const c of pilotUnitConditions) expect(C.evaluate(c, ctx).outcome).toBe("review")
    expect(pilotUnitConditions.map((c) => c.citation.article)).toEqual(
      expect.arrayContaining(["第七条(一)", "第七条(二)", "第七条(三)", "第七条(四)", "第十三条"]),
    )
  })
})
