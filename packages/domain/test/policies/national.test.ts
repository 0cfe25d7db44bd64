import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, type Layer, Schema } from "effect"
import fc from "fast-check"
import * as CivilDate from "../../src/CivilDate.ts"
import * as C from "../../src/Condition.ts"
import { NOTICES } from "../../src/calendar/years.ts"
import * as Eligibility from "../../src/Eligibility.ts"
import { Profile } from "../../src/Profile.ts"
import { leaveWindowEnd } from "../../src/policies/internal/routes2020.ts"
import { LEAVE_WINDOW, national2020 } from "../../src/policies/national.ts"
import { makeCalendar, officialCalendar } from "../../src/WorkCalendar.ts"

const ED = "national-2020-13"
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

// A private-enterprise engineer; pieces are overridden per case.
const work = (over: Record<string, unknown> = {}) => ({
  employer: "Acme",
  employerKind: "private-enterprise",
  place: "cn-zhejiang-shaoxing",
  workKind: "engineering-technical",
  from: "2015-07-01",
  to: "present",
  ...over,
})
const person = (over: Record<string, unknown> = {}) => decode({ work: [work()], titles: [], ...over })

const run = (
  profile: Profile,
  asOf: string,
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

describe("national-2020-13: citations", () => {
  it("quotes every citation verbatim from 001", () => {
    const text = squash(readFileSync(SOURCE, "utf8"))
    const cs = national2020.tracks.flatMap((t) => [
      t.citation,
      ...[t.appliesWhen, ...t.requires].flatMap(C.flatten).map((c) => c.citation),
      ...t.judgedAtEvaluation.map((j) => j.citation),
    ])
    for (const c of [...cs, ...national2020.settings.map((s) => s.citation)].filter(
      (c) => c.source !== undefined,
    ))
      expect(text.includes(squash(c.quote)), `${c.article} 「${c.quote}」`).toBe(true)
  })

  it("writes the any-level routes once, at level any, and the postdoc route for associate senior only", () => {
    const anyLevel = [`${ED}/green-channel`, `${ED}/leave-to-start-business`, `${ED}/posted-elsewhere`]
    const r = run(person(), "2024-05-01", "associate-senior")
    expect(r.tracks.map((t) => t.track).sort()).toEqual(
      [...anyLevel, `${ED}/postdoc-direct-recognition`].sort(),
    )
    for (const level of ["junior", "intermediate", "full-senior"] as const)
      expect(
        run(person(), "2024-05-01", level)
          .tracks.map((t) => t.track)
          .sort(),
      ).toEqual(anyLevel)
    expect(
      national2020.tracks
        .filter((t) => t.target.level === "any")
        .map((t) => t.id)
        .sort(),
    ).toEqual(anyLevel)
    expect(national2020.tracks).toHaveLength(4)
  })
})

describe("national-2020-13 一: approved leave to start a business — 3 years, at the original unit", () => {
  const onLeave = (from: string) =>
    person({ status: { leaveToStartBusiness: { from, originalUnit: "某大学" } } })
  const T = `${ED}/leave-to-start-business`
  const W = `${ED}/leave/within-3-years`

  it.each([
    // [clause, leave from, asOf, track status, window outcome]
    ["一 3年内: the first day of leave", "2020-06-01", "2020-06-01", "needs-review", "met"],
    ["一 3年内: the day before the 3rd anniversary", "2020-06-01", "2023-05-31", "needs-review", "met"],
    [
      "一 3年内: the 3rd anniversary itself is still inside (Civil Code arts. 201–202)",
      "2020-06-01",
      "2023-06-01",
      "needs-review",
      "met",
    ],
    [
      "一 3年内: the day after the anniversary is outside",
      "2020-06-01",
      "2023-06-02",
      "not-eligible",
      "unmet",
    ],
    [
      "一 3年内: 29 February start ends on 28 February (art. 202)",
      "2020-02-29",
      "2023-02-28",
      "needs-review",
      "met",
    ],
    ["一 3年内: 29 February start, 1 March is outside", "2020-02-29", "2023-03-01", "not-eligible", "unmet"],
    // Art. 203 on the work calendar (issue #9.4): a last day on a rest day moves to the next working day.
    [
      "一 3年内, art. 203: the anniversary 2025-05-01 falls in the Labour Day holiday (1–5 May): 05-06 is inside",
      "2022-05-01",
      "2025-05-06",
      "needs-review",
      "met",
    ],
    ["一 3年内, art. 203: … and 2025-05-07 is outside", "2022-05-01", "2025-05-07", "not-eligible", "unmet"],
    [
      "一 3年内, art. 203: an anniversary on Saturday 2023-06-03 runs to Monday 06-05",
      "2020-06-03",
      "2023-06-05",
      "needs-review",
      "met",
    ],
    [
      "一 3年内, art. 203: … and Tuesday 06-06 is outside",
      "2020-06-03",
      "2023-06-06",
      "not-eligible",
      "unmet",
    ],
    [
      "一 3年内, art. 203: an anniversary on an adjusted working Saturday (2023-05-06) is not carried",
      "2020-05-06",
      "2023-05-07",
      "not-eligible",
      "unmet",
    ],
  ] as const)("%s", (_clause, from, asOf, status, outcome) => {
    const t = track(run(onLeave(from), asOf), T)
    expect(t.status).toBe(status)
    expect(cond(t, W).outcome).toBe(outcome)
    expect(cond(t, W).metOn).toBeUndefined()
    if (status === "needs-review") expect(t.reviews).toEqual([`${ED}/leave/original-unit-rules`])
  })

  it("stays total at the end of the calendar (2200): a window that cannot have closed is met", () => {
    const t = track(run(onLeave("2199-01-01"), "2200-12-31"), T)
    expect(cond(t, W).outcome).toBe("met")
  })

  it("records the ruling as a setting and computes the last day by the work calendar's periodEnd", () => {
    expect(LEAVE_WINDOW).toEqual({ years: 3, anniversaryIncluded: true, restDayCarriesOver: true })
    expect(national2020.settings.map((s) => s.id)).toContain(`${ED}/settings/leave-window`)
    const end = (from: string, years: number) =>
      Either.getOrThrow(leaveWindowEnd(officialCalendar, CivilDate.make(from), years)).end
    expect(end("2020-06-01", 3)).toBe("2023-06-01")
    expect(end("2020-02-29", 3)).toBe("2023-02-28")
    expect(end("2020-02-29", 4)).toBe("2024-02-29")
    expect(end("2022-05-01", 3)).toBe("2025-05-06")
  })

  it("一 3年内, art. 203: past an anniversary in a year without a State Council notice the answer is unknown, never guessed", () => {
    // Leave from 2024-01-02: the anniversary, Saturday 2027-01-02, is still inside without any notice.
    expect(cond(track(run(onLeave("2024-01-02"), "2027-01-02"), T), W).outcome).toBe("met")
    // The day after: only the 2027 notice can say whether the window was carried (no Monday-to-Friday guess).
    const t = track(run(onLeave("2024-01-02"), "2027-01-03"), T)
    expect(t.status).toBe("incomplete")
    expect(cond(t, W)).toMatchObject({
      outcome: "unknown",
      observed: expect.stringContaining("holiday notice for 2027"),
    })
  })

  it("一 3年内, art. 203: with a 2027 notice loaded by an operator, the same question is answered", () => {
    const withNotice = makeCalendar([
      ...NOTICES,
      {
        year: 2027,
        noticeNo: "测试〔2026〕1号",
        noticeDate: CivilDate.make("2026-11-01"),
        holidays: [],
        adjustedWorkdays: [],
      },
    ])
    const ask = (asOf: string) =>
      cond(
        track(
          Eligibility.evaluate(
            { profile: onLeave("2024-01-02"), asOf: CivilDate.make(asOf), edition: ED },
            [national2020],
            withNotice,
          ),
          T,
        ),
        W,
      ).outcome
    expect(ask("2027-01-04")).toBe("met") // Saturday → Monday
    expect(ask("2027-01-05")).toBe("unmet")
  })

  it.effect("一 3年内, art. 203: the Eligibility service counts on the calendar it is given", () =>
    Effect.gen(function* () {
      const withNotice = makeCalendar([
        ...NOTICES,
        {
          year: 2027,
          noticeNo: "测试〔2026〕1号",
          noticeDate: CivilDate.make("2026-11-01"),
          holidays: [],
          adjustedWorkdays: [],
        },
      ])
      const ask = (layer: Layer.Layer<Eligibility.Eligibility>) =>
        Effect.flatMap(Eligibility.Eligibility, (svc) =>
          svc.evaluate({ profile: onLeave("2024-01-02"), asOf: CivilDate.make("2027-01-04"), edition: ED }),
        ).pipe(
          Effect.map((r) => cond(track(r, T), W).outcome),
          Effect.provide(layer),
        )
      expect(yield* ask(Eligibility.Eligibility.fromEditions([national2020], withNotice))).toBe("met")
      expect(yield* ask(Eligibility.Eligibility.fromEditions([national2020]))).toBe("unknown")
    }),
  )

  it("is not applicable before the leave begins, and says when it will be", () => {
    const t = track(run(onLeave("2024-06-01"), "2024-05-31"), T)
    expect(t.status).toBe("not-applicable")
    expect(t.applicability.metOn).toBe("2024-06-01")
  })

  it("is incomplete when leave is not stated (absent is unknown, never no)", () => {
    const t = track(run(person(), "2024-05-01"), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toContain("status.leaveToStartBusiness")
  })

  it('is not applicable when the profile says "no" leave', () => {
    const t = track(run(person({ status: { leaveToStartBusiness: "no" } }), "2024-05-01"), T)
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${ED}/leave/on-approved-leave`).outcome).toBe("unmet")
    expect(cond(t, W).outcome).toBe("unmet")
  })

  it("counts work during the leave as evidence (judged at evaluation)", () => {
    const t = track(run(onLeave("2022-01-01"), "2024-01-01"), T)
    expect(t.judgedAtEvaluation[0]?.citation.quote).toBe("其创业和兼职期间工作业绩作为职称评审的依据")
  })
})

describe("national-2020-13 一: posted to another place continuously ≥1 year → apply at the posting place", () => {
  const posted = (from: string, over: Record<string, unknown> = {}) =>
    person({ work: [work({ postedTo: { place: "cn-shanxi", from }, ...over })] })
  const T = `${ED}/posted-elsewhere`
  const Y = `${ED}/posting/continuously-one-year`

  it.each([
    [
      "一 一年以上: one day short of a year (metOn = the last day of the first year)",
      "2022-03-01",
      "2023-02-27",
      "not-eligible",
      "unmet",
      "2023-02-28",
    ],
    [
      "一 一年以上: a whole year on the day before the anniversary (以上 includes 1)",
      "2022-03-01",
      "2023-02-28",
      "needs-review",
      "met",
      undefined,
    ],
    [
      "一 一年以上: 29 February posting completes a year on 28 February",
      "2020-02-29",
      "2021-02-28",
      "needs-review",
      "met",
      undefined,
    ],
    [
      "一 一年以上: 29 February posting, 27 February is short",
      "2020-02-29",
      "2021-02-27",
      "not-eligible",
      "unmet",
      "2021-02-28",
    ],
  ] as const)("%s", (_clause, from, asOf, status, outcome, metOn) => {
    const t = track(run(posted(from), asOf), T)
    expect(t.status).toBe(status)
    const c = cond(t, Y)
    expect(c.outcome).toBe(outcome)
    expect(c.metOn).toBe(metOn)
    if (status === "not-eligible") expect(t.earliest?.date).toBe(metOn)
  })

  it("stays total at the end of the calendar: a posting from 2200 is unmet, never an error", () => {
    const c = cond(track(run(posted("2200-03-01"), "2200-06-01"), T), Y)
    expect(c.outcome).toBe("unmet")
  })

  it("is incomplete when the posting is not stated", () => {
    const t = track(run(person(), "2024-05-01"), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["work[].postedTo"])
  })

  it('is not applicable when the work period says "no" posting', () => {
    const t = track(run(person({ work: [work({ postedTo: "no" })] }), "2024-05-01"), T)
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${ED}/posting/posted-elsewhere`).outcome).toBe("unmet")
    expect(cond(t, Y)).toMatchObject({ outcome: "unmet", missing: [] })
  })

  it("applies to freelancers by reference (参照执行) and not to a state enterprise", () => {
    const free = track(run(posted("2020-01-01", { employerKind: "freelance" }), "2024-05-01"), T)
    expect(free.status).toBe("needs-review")
    expect(cond(free, `${ED}/freelance-or-non-public`).outcome).toBe("met")
    expect(
      track(run(posted("2020-01-01", { employerKind: "state-enterprise" }), "2024-05-01"), T).status,
    ).toBe("not-applicable")
  })

  it("does not count a posting that has ended", () => {
    const p = decode({
      work: [
        work({ to: "2023-12-31", postedTo: { place: "cn-shanxi", from: "2020-01-01" } }),
        work({ from: "2024-01-01" }),
      ],
    })
    const t = track(run(p, "2024-05-01"), T)
    expect(t.status).toBe("incomplete")
    expect(cond(t, `${ED}/posting/posted-elsewhere`).missing).toEqual(["work[].postedTo"])
  })
})

describe("national-2020-13 四: green channel", () => {
  const T = `${ED}/green-channel`
  it("always needs a person's review for a private-enterprise professional", () => {
    const t = track(run(person(), "2024-05-01"), T)
    expect(t.status).toBe("needs-review")
    expect(t.reviews).toEqual([`${ED}/green-channel/talent-category`, `${ED}/green-channel/local-rules`])
  })
  it("is not for a government organ", () => {
    const p = person({ work: [work({ employerKind: "government-organ" })] })
    expect(track(run(p, "2024-05-01"), T).status).toBe("not-applicable")
  })
  it("is incomplete when the employer kind is unknown", () => {
    const p = person({ work: [work({ employerKind: undefined })] })
    const t = track(run(p, "2024-05-01"), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["work[].employerKind"])
  })
})

describe("national-2020-13 五: enterprise postdoc → direct recognition of associate senior", () => {
  const T = `${ED}/postdoc-direct-recognition`
  const pd = (over: Record<string, unknown>) =>
    person({
      status: {
        enterprisePostdoc: {
          fundedByPostdocFoundation: true,
          ledProvincialProject: false,
          leftStation: "2023-07-01",
          stayedInEnterprise: true,
          ...over,
        },
      },
    })

  it.each([
    ["五 基金资助 + 出站 + 留企 → eligible", {}, "2024-01-01", "eligible", []],
    [
      "五 主持省部级以上项目 instead of funding → eligible",
      { fundedByPostdocFoundation: false, ledProvincialProject: true },
      "2024-01-01",
      "eligible",
      [],
    ],
    [
      "五 neither funding nor a project → not eligible",
      { fundedByPostdocFoundation: false },
      "2024-01-01",
      "not-eligible",
      [],
    ],
    [
      "五 funding unknown, no project → incomplete",
      { fundedByPostdocFoundation: undefined },
      "2024-01-01",
      "incomplete",
      ["status.enterprisePostdoc.fundedByPostdocFoundation"],
    ],
    [
      "五 left the enterprise → not eligible",
      { stayedInEnterprise: false },
      "2024-01-01",
      "not-eligible",
      [],
    ],
    [
      "五 stay unknown → incomplete",
      { stayedInEnterprise: undefined },
      "2024-01-01",
      "incomplete",
      ["status.enterprisePostdoc.stayedInEnterprise"],
    ],
    [
      "五 leaving date unknown → incomplete",
      { leftStation: undefined },
      "2024-01-01",
      "incomplete",
      ["status.enterprisePostdoc.leftStation"],
    ],
    [
      "五 出站后: on the day of leaving the station",
      { leftStation: "2024-01-01" },
      "2024-01-01",
      "eligible",
      [],
    ],
  ] as const)("%s", (_clause, over, asOf, status, missing) => {
    const t = track(run(pd(over), asOf), T)
    expect(t.status).toBe(status)
    expect(t.missing).toEqual(missing)
    expect(t.target.level).toBe("associate-senior")
    expect(t.route).toBe("recognition")
  })

  it("waits for the station to be left: not eligible until then, with the date", () => {
    const t = track(run(pd({ leftStation: "2024-01-02" }), "2024-01-01"), T)
    expect(t.status).toBe("not-eligible")
    expect(cond(t, `${ED}/postdoc/left-station`).metOn).toBe("2024-01-02")
    expect(t.earliest?.date).toBe("2024-01-02")
  })

  it('is not applicable when the profile says "no" postdoc', () => {
    const t = track(run(person({ status: { enterprisePostdoc: "no" } }), "2024-01-01"), T)
    expect(t.status).toBe("not-applicable")
    expect(cond(t, `${ED}/postdoc/enterprise-postdoc`).outcome).toBe("unmet")
    expect(t.missing).toEqual([])
  })

  it("does not apply without an enterprise postdoc (unknown when not stated)", () => {
    const t = track(run(person(), "2024-01-01"), T)
    expect(t.status).toBe("incomplete")
    expect(t.missing).toEqual(["status.enterprisePostdoc"])
  })
})

describe("national-2020-13: monotonicity", () => {
  const day = fc.integer({
    min: CivilDate.toDayNumber(CivilDate.make("2015-01-01")),
    max: CivilDate.toDayNumber(CivilDate.make("2030-12-31")),
  })

  it("a longer posting never turns eligible-for-review into not eligible", () => {
    fc.assert(
      fc.property(day, fc.nat(2000), fc.nat(2000), (start, a, extra) => {
        const from = CivilDate.fromDayNumber(start)
        const p = person({ work: [work({ postedTo: { place: "cn-shanxi", from } })] })
        const s1 = track(run(p, CivilDate.fromDayNumber(start + a)), `${ED}/posted-elsewhere`).status
        const s2 = track(run(p, CivilDate.fromDayNumber(start + a + extra)), `${ED}/posted-elsewhere`).status
        return s1 !== "needs-review" || s2 === "needs-review"
      }),
    )
  })

  it("more postdoc merit never turns eligible into not eligible", () => {
    const flag = fc.constantFrom(true, false, undefined)
    fc.assert(
      fc.property(flag, flag, flag, (funded, led, stayed) => {
        const mk = (f: boolean | undefined, l: boolean | undefined) =>
          person({
            status: {
              enterprisePostdoc: {
                ...(f !== undefined ? { fundedByPostdocFoundation: f } : {}),
                ...(l !== undefined ? { ledProvincialProject: l } : {}),
                ...(stayed !== undefined ? { stayedInEnterprise: stayed } : {}),
                leftStation: "2023-01-01",
              },
            },
          })
        const before = track(run(mk(funded, led), "2024-01-01"), `${ED}/postdoc-direct-recognition`).status
        const after = track(run(mk(funded, true), "2024-01-01"), `${ED}/postdoc-direct-recognition`).status
        return before !== "eligible" || after === "eligible"
      }),
    )
  })
})
