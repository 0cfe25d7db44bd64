import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import * as CivilDate from "../../src/CivilDate.ts"
import * as C from "../../src/Condition.ts"
import * as Eligibility from "../../src/Eligibility.ts"
import { EducationLevel, Profile } from "../../src/Profile.ts"
import {
  shanxi2020,
  TECHNICAL_SCHOOL_EQUIVALENCE,
  technicalSchoolEquivalent,
} from "../../src/policies/shanxi.ts"

const ED = "shanxi-2020-38"
const SOURCE = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "..",
  "shared",
  "policy-sources",
  "001_fa69ffcda4fe5aee.txt",
)
const squash = (s: string) => s.replace(/\s+/g, "")

const decode = Schema.decodeUnknownSync(Profile)

const work = (over: Record<string, unknown> = {}) => ({
  employer: "晋阳机械",
  employerKind: "private-enterprise",
  place: "cn-shanxi",
  workKind: "engineering-technical",
  labourDispatch: false,
  from: "2018-07-01",
  to: "present",
  ...over,
})
// Known about everything the Shanxi tracks ask, and eligible-for-review by default.
const person = (over: Record<string, unknown> = {}) =>
  decode({
    work: [work()],
    titles: [],
    education: [{ level: "bachelor", fullTime: true }],
    skills: [],
    qualifications: [],
    examPasses: [],
    status: { examInsteadOfEvaluation: false, highLevelTalent: false },
    ...over,
  })

const run = (
  profile: Profile,
  asOf = "2024-05-01",
  level?: "junior" | "intermediate" | "associate-senior" | "full-senior",
) =>
  Eligibility.evaluate({
    profile,
    asOf: CivilDate.make(asOf),
    edition: ED,
    ...(level !== undefined ? { target: { level } } : {}),
  })

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

describe("shanxi-2020-38: citations", () => {
  it("quotes every citation verbatim from 001", () => {
    const text = squash(readFileSync(SOURCE, "utf8"))
    const cs = [
      ...shanxi2020.tracks.flatMap((t) => [
        t.citation,
        ...[t.appliesWhen, ...t.requires].flatMap(C.flatten).map((c) => c.citation),
        ...t.judgedAtEvaluation.map((j) => j.citation),
      ]),
      ...shanxi2020.settings.map((s) => s.citation),
      TECHNICAL_SCHOOL_EQUIVALENCE.citation,
    ]
    for (const c of cs) {
      expect(c.document).toBe(ED)
      expect(text.includes(squash(c.quote)), `${c.article} 「${c.quote}」`).toBe(true)
    }
  })

  it("applies only in Shanxi", () => {
    const p = person({ work: [work({ place: "cn-zhejiang-shaoxing" })] })
    for (const t of run(p).tracks.filter((t) => !t.track.includes("leave-to-start-business")))
      expect(t.status, t.track).toBe("not-applicable")
  })
})

describe("shanxi-2020-38 item 9: technical-school equivalence", () => {
  it.each([
    ["item 9 中级工班 → 中专", "technical-school-intermediate-class", "secondary-vocational"],
    ["item 9 高级工班 → 大专", "technical-school-senior-class", "associate"],
    ["item 9 预备技师（技师）班 → 本科", "technical-school-preparatory-technician-class", "bachelor"],
    ["other levels count as themselves", "master", "master"],
  ] as const)("%s", (_clause, from, to) => {
    expect(technicalSchoolEquivalent(from)).toBe(to)
  })
  it("maps every level to a level that is not a technical-school class", () => {
    for (const l of EducationLevel.literals)
      expect(technicalSchoolEquivalent(l).startsWith("technical-school-")).toBe(false)
  })
})

describe("shanxi-2020-38 items 2–3: channel", () => {
  const T = `${ED}/channel`
  it.each([
    ["item 2 dispatched staff → the dispatch agency", true, "needs-review", `${ED}/channel/dispatch-agency`],
    [
      "item 3 others → the employer at the labour-relation place",
      false,
      "needs-review",
      `${ED}/channel/employer`,
    ],
  ] as const)("%s", (_clause, labourDispatch, status, via) => {
    const t = track(run(person({ work: [work({ labourDispatch })] })), T)
    expect(t.status).toBe(status)
    expect(cond(t, via).outcome).toBe("met")
    expect(cond(t, `${ED}/channel`).outcome).toBe("met")
  })
  it("asks whether the person is dispatched", () => {
    const t = track(run(person({ work: [work({ labourDispatch: undefined })] })), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["work[].labourDispatch"])
  })
})

describe("shanxi-2020-38 item 8: exam-based series", () => {
  const evaluationTracks = [
    `${ED}/channel`,
    `${ED}/skilled-talent`,
    `${ED}/graduate-one-level-up/intermediate`,
    `${ED}/from-government-organ`,
  ]
  it("以考代评: an exam-only series has no evaluation — every evaluation track is not eligible", () => {
    const r = run(
      person({
        status: { examInsteadOfEvaluation: true, movedFromGovernmentOrgan: "2022-01-01" },
        skills: [{ level: "technician", obtained: "2020-01-01" }],
      }),
    )
    for (const id of evaluationTracks) {
      const t = track(r, id)
      expect(t.status, id).toBe("not-eligible")
      expect(cond(t, `${ED}/not-exam-only-series`).outcome).toBe("unmet")
    }
  })
  it("以考代评 unknown → incomplete", () => {
    const t = track(run(person({ status: {} })), `${ED}/channel`)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("status.examInsteadOfEvaluation")
  })
  it.each([
    [
      "考评结合: a pass at the level meets it",
      [{ series: "engineering", level: "intermediate", date: "2023-09-01" }],
      "met",
    ],
    [
      "考评结合: a pass at another level does not — whether the series needs one is a review",
      [{ series: "engineering", level: "junior", date: "2023-09-01" }],
      "review",
    ],
    ["考评结合: no passes — review", [], "review"],
  ] as const)("%s", (_clause, examPasses, outcome) => {
    // The channel track is open at any level: the level asked about (intermediate) decides the pass.
    const t = track(run(person({ examPasses }), "2024-05-01", "intermediate"), `${ED}/channel`)
    expect(cond(t, `${ED}/exam-pass/any/level-sought`).outcome).toBe(outcome)
  })
  it.each([
    [
      "考评结合, no level asked about: a pass on record may be for another level — a person checks",
      [{ series: "engineering", level: "junior", date: "2023-09-01" }],
      "review",
    ],
    ["考评结合, no level asked about: no pass on record is unmet", [], "unmet"],
  ] as const)("%s", (_clause, examPasses, outcome) => {
    const t = track(run(person({ examPasses })), `${ED}/channel`)
    expect(cond(t, `${ED}/exam-pass/any/level-sought/passed`).outcome).toBe(outcome)
    expect(cond(t, `${ED}/exam-pass/any/level-sought`).outcome).toBe("review")
  })
  it("考评结合: passes unknown → review, naming examPasses", () => {
    const t = track(run(person({ examPasses: undefined }), "2024-05-01", "intermediate"), `${ED}/channel`)
    const c = cond(t, `${ED}/exam-pass/any/level-sought`)
    expect(c.outcome).toBe("review")
    expect(c.missing).toEqual(["examPasses"])
  })
  it("one track per item at any level, except item 10's one-level-up (junior assistant to associate senior)", () => {
    expect(shanxi2020.tracks.map((t) => [t.id, t.target.level])).toEqual([
      [`${ED}/channel`, "any"],
      [`${ED}/qualification-recognition`, "any"],
      [`${ED}/skilled-talent`, "any"],
      [`${ED}/graduate-one-level-up/junior`, "junior"],
      [`${ED}/graduate-one-level-up/intermediate`, "intermediate"],
      [`${ED}/graduate-one-level-up/associate-senior`, "associate-senior"],
      [`${ED}/high-level-talent`, "any"],
      [`${ED}/from-government-organ`, "any"],
      [`${ED}/leave-to-start-business`, "any"],
    ])
    const fullSenior = run(person(), "2024-05-01", "full-senior").tracks.map((t) => t.track)
    expect(fullSenior).not.toContain(`${ED}/graduate-one-level-up/associate-senior`)
    expect(fullSenior).toContain(`${ED}/channel`)
  })
  it.each([
    ["direct recognition needs a qualification", [], "not-eligible"],
    [
      "direct recognition by the catalogue is a review",
      [{ name: "一级建造师", obtained: "2021-01-01" }],
      "needs-review",
    ],
  ] as const)("%s", (_clause, qualifications, status) => {
    const t = track(
      run(person({ qualifications, status: { examInsteadOfEvaluation: true } })),
      `${ED}/qualification-recognition`,
    )
    expect(t.status).toBe(status)
  })
  it("direct recognition: qualifications unknown → incomplete", () => {
    const t = track(run(person({ qualifications: undefined })), `${ED}/qualification-recognition`)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["qualifications"])
  })
})

describe("shanxi-2020-38 item 9: skilled workers → engineering titles", () => {
  const T = `${ED}/skilled-talent`
  it.each([
    [
      "item 9 a technician level → review of the standard",
      [{ level: "technician", obtained: "2020-01-01" }],
      "skill-technical",
      "needs-review",
    ],
    [
      "item 9 a senior worker → review",
      [{ level: "senior-worker", obtained: "2020-01-01" }],
      "engineering-technical",
      "needs-review",
    ],
    ["item 9 no skill level → not eligible", [], "skill-technical", "not-eligible"],
    [
      "item 9 management work → not eligible",
      [{ level: "senior-technician", obtained: "2020-01-01" }],
      "management",
      "not-eligible",
    ],
  ] as const)("%s", (_clause, skills, workKind, status) => {
    const t = track(run(person({ skills, work: [work({ workKind })] })), T)
    expect(t.status).toBe(status)
    expect(t.target.series).toBe("engineering")
  })
  it("skills unknown → incomplete", () => {
    const t = track(run(person({ skills: undefined })), T)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${ED}/skilled/skill-level`).missing).toEqual(["skills"])
  })
  it("the standard and the level mapping are reviews", () => {
    const t = track(run(person({ skills: [{ level: "technician", obtained: "2020-01-01" }] })), T)
    expect(t.reviews).toContain(`${ED}/skilled/standard-conditions`)
    expect(t.reviews).toContain(`${ED}/skilled/front-line-post`)
  })
})

describe("shanxi-2020-38 item 10: full-time graduates not initially appointed → one level up", () => {
  const T = `${ED}/graduate-one-level-up/intermediate`
  const F = `${ED}/graduate/full-time-graduate`
  it.each([
    [
      "item 10 full-time bachelor, no title → review of years",
      [{ level: "bachelor", fullTime: true }],
      [],
      "needs-review",
      "met",
    ],
    [
      "item 10 full-time associate (大专) counts",
      [{ level: "associate", fullTime: true }],
      [],
      "needs-review",
      "met",
    ],
    [
      "item 10 part-time bachelor only → not eligible",
      [{ level: "bachelor", fullTime: false }],
      [],
      "not-eligible",
      "unmet",
    ],
    [
      "item 10 中专 is not higher education",
      [{ level: "secondary-vocational", fullTime: true }],
      [],
      "not-eligible",
      "unmet",
    ],
    [
      "item 9→10 高级工班 (counted as 大专) → review whether it counts",
      [{ level: "technical-school-senior-class", fullTime: true }],
      [],
      "needs-review",
      "review",
    ],
    [
      "item 9→10 中级工班 (counted as 中专) → not eligible",
      [{ level: "technical-school-intermediate-class", fullTime: true }],
      [],
      "not-eligible",
      "unmet",
    ],
    [
      "item 10 already holds a title → not eligible (ruling)",
      [{ level: "bachelor", fullTime: true }],
      [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2020-01-01" }],
      "not-eligible",
      "met",
    ],
  ] as const)("%s", (_clause, education, titles, status, fullTime) => {
    const t = track(run(person({ education, titles })), T)
    expect(t.status).toBe(status)
    expect(cond(t, F).outcome).toBe(fullTime)
  })
  it("full-time study unknown → incomplete naming education[].fullTime", () => {
    const t = track(run(person({ education: [{ level: "bachelor" }] })), T)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${ED}/graduate/full-time-higher-education`).missing).toEqual(["education[].fullTime"])
  })
  it("titles unknown → incomplete", () => {
    const t = track(run(person({ titles: undefined })), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["titles"])
  })
  // The same outcomes at the two other levels the route reaches: assistant grade and associate senior.
  it.each([
    ["junior", [{ level: "bachelor", fullTime: true }], [], "needs-review"],
    ["junior", [{ level: "bachelor", fullTime: false }], [], "not-eligible"],
    [
      "junior",
      [{ level: "master", fullTime: true }],
      [{ series: "engineering", level: "junior", grade: "technician", obtained: "2020-01-01" }],
      "not-eligible",
    ],
    ["associate-senior", [{ level: "master", fullTime: true }], [], "needs-review"],
    ["associate-senior", [{ level: "associate", fullTime: false }], [], "not-eligible"],
    [
      "associate-senior",
      [{ level: "bachelor", fullTime: true }],
      [{ series: "engineering", level: "intermediate", obtained: "2019-01-01" }],
      "not-eligible",
    ],
  ] as const)("item 10 one level up to %s: %j, titles %j → %s", (level, education, titles, status) => {
    const t = track(run(person({ education, titles })), `${ED}/graduate-one-level-up/${level}`)
    expect(t.status).toBe(status)
    expect(cond(t, `${ED}/graduate/one-level-up/${level}`).outcome).toBe("review")
  })
  it("covers assistant grade, intermediate and associate senior", () => {
    const ids = shanxi2020.tracks.filter((t) => t.id.includes("graduate-one-level-up")).map((t) => t.target)
    expect(ids.map((t) => `${t.level}${t.grade ? `/${t.grade}` : ""}`)).toEqual([
      "junior/assistant",
      "intermediate",
      "associate-senior",
    ])
  })
})

describe("shanxi-2020-38 item 10: introduced high-level talent", () => {
  const T = `${ED}/high-level-talent`
  it.each([
    ["item 10 high-level talent → committee recognition (review)", true, "needs-review"],
    ["item 10 not high-level talent → not eligible", false, "not-eligible"],
  ] as const)("%s", (_clause, highLevelTalent, status) => {
    expect(track(run(person({ status: { highLevelTalent } })), T).status).toBe(status)
  })
  it("unknown → incomplete", () => {
    const t = track(run(person({ status: {} })), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["status.highLevelTalent"])
  })
})

describe("shanxi-2020-38 item 11: from a government organ", () => {
  const T = `${ED}/from-government-organ`
  const moved = (over: Record<string, unknown> = {}) =>
    person({ status: { examInsteadOfEvaluation: false, movedFromGovernmentOrgan: "2022-03-01" }, ...over })
  it("item 11 first application, professional work → review of the level by years", () => {
    const t = track(run(moved()), T)
    expect(t.status).toBe("needs-review")
    expect(cond(t, `${ED}/from-government-organ/first-application`).outcome).toBe("met")
    expect(t.reviews).toContain(`${ED}/from-government-organ/level-by-years`)
  })
  it.each([
    ["item 11 a title obtained on the day of the move: not a first application", "2022-03-01", "unmet"],
    ["item 11 a title obtained the day before the move: still first after it", "2022-02-28", "met"],
  ] as const)("%s", (_clause, obtained, outcome) => {
    const t = track(run(moved({ titles: [{ series: "engineering", level: "junior", obtained }] })), T)
    expect(cond(t, `${ED}/from-government-organ/first-application`).outcome).toBe(outcome)
  })
  it("item 11 management work is not professional-technical work", () => {
    expect(track(run(moved({ work: [work({ workKind: "management" })] })), T).status).toBe("not-eligible")
  })
  it('item 11 "never" moved from a government organ → not applicable', () => {
    const t = track(
      run(person({ status: { examInsteadOfEvaluation: false, movedFromGovernmentOrgan: "never" } })),
      T,
    )
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${ED}/from-government-organ/moved`).outcome).toBe("unmet")
    expect(cond(t, `${ED}/from-government-organ/first-application`).outcome).toBe("unmet")
  })
  it("move not stated → incomplete", () => {
    const t = track(run(person({ status: { examInsteadOfEvaluation: false } })), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("status.movedFromGovernmentOrgan")
  })
  it("counts achievements in the organ (judged at evaluation)", () => {
    expect(track(run(moved()), T).judgedAtEvaluation[0]?.citation.quote).toBe(
      "在原单位取得的工作业绩与成果视为专业技术业绩",
    )
  })
})

describe("shanxi-2020-38 item 11: leave to start a business — 3 years", () => {
  const T = `${ED}/leave-to-start-business`
  const W = `${ED}/leave/within-3-years`
  const onLeave = (from: string) =>
    person({ status: { examInsteadOfEvaluation: false, leaveToStartBusiness: { from } } })
  it.each([
    ["item 11 3年内: the 3rd anniversary is inside", "2021-09-10", "2024-09-10", "met", "needs-review"],
    ["item 11 3年内: the day after it is outside", "2021-09-10", "2024-09-11", "unmet", "not-eligible"],
    [
      "item 11 3年内, Civil Code art. 203: an anniversary in the Labour Day holiday runs to 2025-05-06",
      "2022-05-01",
      "2025-05-06",
      "met",
      "needs-review",
    ],
    [
      "item 11 3年内, art. 203: … and 2025-05-07 is outside",
      "2022-05-01",
      "2025-05-07",
      "unmet",
      "not-eligible",
    ],
  ] as const)("%s", (_clause, from, asOf, outcome, status) => {
    const t = track(run(onLeave(from), asOf), T)
    expect(cond(t, W).outcome).toBe(outcome)
    expect(t.status).toBe(status)
  })
  it('item 11 "no" leave → not applicable; not stated → incomplete naming the field', () => {
    const no = track(
      run(person({ status: { examInsteadOfEvaluation: false, leaveToStartBusiness: "no" } })),
      T,
    )
    expect(no.status).toBe("not-applicable")
    const unknown = track(run(person({ status: { examInsteadOfEvaluation: false } })), T)
    expect(unknown.status).toBe("incomplete")
    expect(unknown.missing).toContain("status.leaveToStartBusiness")
  })
})

describe("shanxi-2020-38: monotonicity", () => {
  const skill = fc.record({
    level: fc.constantFrom("senior-worker", "technician", "senior-technician"),
    obtained: fc.constantFrom("2019-01-01", "2021-06-30"),
  })
  const qual = fc.record({
    name: fc.constantFrom("一级建造师", "注册电气工程师"),
    obtained: fc.constant("2020-01-01"),
  })
  const pass = fc.record({
    series: fc.constantFrom("engineering", "economics"),
    level: fc.constantFrom("junior", "intermediate", "associate-senior", "full-senior"),
    date: fc.constant("2023-09-01"),
  })
  const rank = (s: Eligibility.Status) => (s === "eligible" ? 2 : s === "needs-review" ? 1 : 0)

  it("adding skills, qualifications or exam passes never lowers a track's standing", () => {
    fc.assert(
      fc.property(
        fc.array(skill, { maxLength: 2 }),
        fc.array(qual, { maxLength: 2 }),
        fc.array(pass, { maxLength: 2 }),
        skill,
        qual,
        pass,
        (skills, qualifications, examPasses, s, q, e) => {
          const before = run(person({ skills, qualifications, examPasses }))
          const after = run(
            person({
              skills: [...skills, s],
              qualifications: [...qualifications, q],
              examPasses: [...examPasses, e],
            }),
          )
          return before.tracks.every((t, i) => {
            const a = after.tracks[i]
            return a !== undefined && a.track === t.track && rank(a.status) >= rank(t.status)
          })
        },
      ),
      { numRuns: 60 },
    )
  })
})
